"""People and their roles as real documents list them: team sections, company-information
blocks, officers tables, SEC signature pages, Chinese team lists; and what is no person."""

from __future__ import annotations

import pytest

from extractors import load_nlp
from extractors.people import people_from
from extractors.person_names import DocumentWords, person_name
from extractors.roles import title_roles
from extractors.team import listed_people
from schemas import Page, Person, Table


def people(*pages: str, tables: list[list[list[str | None]]] | None = None) -> set[tuple]:
    """(name, role) of everyone the pipeline finds on pages of plain text."""
    nlp = load_nlp("zh" if any("\u4e00" <= c <= "\u9fff" for c in "".join(pages)) else "en")
    parsed = [
        Page(
            page_no=number,
            width=595,
            height=842,
            text=text,
            tables=[
                Table(page_no=number, rows=rows, bbox=(0, 0, 595, 842), ruled=True)
                for rows in (tables or [])
            ]
            if number == 1
            else [],
        )
        for number, text in enumerate(pages, start=1)
    ]
    docs = list(nlp.pipe(page.text for page in parsed))
    for doc, page in zip(docs, parsed, strict=True):
        doc.user_data["page_no"] = page.page_no
    return {(person.name, person.role) for person in people_from(docs, parsed)}


def listed(text: str) -> set[tuple]:
    """(name, role) of every person the lines of a text list, before the schema's role filter."""
    return {
        (entry.name, role)
        for entry in listed_people(text, words=DocumentWords())
        for role in entry.roles
    }


def test_directors_block_lists_names_below_the_label() -> None:
    text = "\n".join(
        [
            "Company information",
            "Directors  Liam Schmidt (President and CEO)",
            "Emma Brennan",
            "Rosa Lindqvist (Chair of the Board)",
            "Company secretary  Leah Murphy",
            "Registered office  Unit 28",
            "Leopoldstraße 7",
        ]
    )
    assert people(text) == {
        ("Liam Schmidt", "president"),
        ("Liam Schmidt", "ceo"),
        ("Liam Schmidt", "director"),
        ("Emma Brennan", "director"),
        ("Rosa Lindqvist", "chair"),
        ("Rosa Lindqvist", "director"),
        ("Leah Murphy", "secretary"),
    }


def test_a_list_wrapped_over_lines_keeps_each_name_whole() -> None:
    text = "\n".join(
        [
            "Responsible persons  Priya Moreau (CEO); Emma Byrne (Independent Director); Maria",
            "Keane (Chief Financial Officer); Ruairi Weber",
            "(Director)",
            "The board meets monthly and reviews cash.",
        ]
    )
    assert people(text) == {
        ("Priya Moreau", "ceo"),
        ("Emma Byrne", "director"),
        ("Maria Keane", "cfo"),
        ("Ruairi Weber", "director"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Founder and Chief Executive: Ingrid Thornton",
            {("Ingrid Thornton", "founder"), ("Ingrid Thornton", "ceo")},
        ),
        ("Finance Director: Amara Fitzgerald", {("Amara Fitzgerald", "cfo")}),
        ("Chair of the Board: Sofia Doe", {("Sofia Doe", "chair")}),
        ("CTO: Markus", {("Markus", "cto")}),
        ("Helen Novak (President and CEO)", {("Helen Novak", "president"), ("Helen Novak", "ceo")}),
        ("SIPENG WU (Group Leader)", {("Sipeng Wu", "other")}),
        ("Jane Doe – Vice President, Sales", {("Jane Doe", "officer")}),
        (
            "The board: Anna Berg, Tomás Ruiz and Li Wei",
            {("Anna Berg", "director"), ("Tomás Ruiz", "director"), ("Li Wei", "director")},
        ),
        (
            "• Rushil Daya, South Africa, Master’s in AI, Frontend Lead Developer.",
            {("Rushil Daya", "other")},
        ),
    ],
)
def test_one_line_names_a_person_and_a_title(line: str, expected: set[tuple]) -> None:
    assert listed(line) == expected


def test_a_people_table_reads_name_and_title_columns_not_the_year() -> None:
    text = "\n".join(
        ["Officers and Directors", "Name  Role  Since", "Owen Novak  Chief Executive  2021"]
    )
    table = [
        ["Name", "Role", "Since"],
        ["Owen Novak", "Chief Executive", "2021"],
        ["Lucas Nguyen", "Non-Executive Director", "2024"],
    ]
    assert people(text, tables=[table]) == {("Owen Novak", "ceo"), ("Lucas Nguyen", "director")}


def test_an_officers_table_title_wrapped_to_the_next_line() -> None:
    text = "\n".join(
        [
            "Name  Age  Present Position  Year Elected  Other Positions Held",
            "Michael F. Roman  61 Chairman of the Board, President and  2019 Chief Executive"
            " Officer, 2018-2019",
            "Chief Executive Officer  Chief Operating Officer and Executive Vice President, 2017",
            "Monish Patolawala  51 Senior Vice President and Chief  2020 Chief Financial Officer",
            "Financial Officer  Electric, 2019-2020",
        ]
    )
    assert listed(text) == {
        ("Michael F. Roman", "chair"),
        ("Michael F. Roman", "president"),
        ("Michael F. Roman", "ceo"),
        ("Monish Patolawala", "officer"),
        ("Monish Patolawala", "cfo"),
    }


def test_sec_signatures_take_the_title_above_beside_or_below() -> None:
    text = "\n".join(
        [
            "Date: October 28, 2021  Apple Inc.",
            "By:  /s/ Luca Maestri",
            "Luca Maestri",
            "Senior Vice President, Chief Financial Officer",
            "Name  Title  Date",
            "Chief Executive Officer and Director  October 28, 2021",
            "/s/ Timothy D. Cook  (Principal Executive Officer)",
            "TIMOTHY D. COOK",
            "October 28, 2021 /s/ Arthur D. Levinson  Director and Chair of the Board",
            "ARTHUR D. LEVINSON",
            "By:  /s/ Pierre M. Omidyar  By:  /s/ Thomas J. Tierney",
            "Pierre M. Omidyar  Thomas J. Tierney",
            "Founder and Director  Chairman of the Board and Director",
        ]
    )
    assert listed(text) == {
        ("Luca Maestri", "officer"),
        ("Luca Maestri", "cfo"),
        ("Timothy D. Cook", "ceo"),
        ("Timothy D. Cook", "director"),
        ("Arthur D. Levinson", "director"),
        ("Arthur D. Levinson", "chair"),
        ("Pierre M. Omidyar", "founder"),
        ("Pierre M. Omidyar", "director"),
        ("Thomas J. Tierney", "chair"),
        ("Thomas J. Tierney", "director"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("唐霞，首席执行官", {("唐霞", "ceo")}),
        ("张桂泽（创始人兼CEO）", {("张桂泽", "founder"), ("张桂泽", "ceo")}),
        ("总经理 朱洋桂", {("朱洋桂", "ceo")}),
        ("唐磊女士，现任公司创始人兼CEO，毕业于浙江大学。", {("唐磊", "founder"), ("唐磊", "ceo")}),
        (
            "主要管理人员：总经理：孙敏；董事长：朱勇伟；联合创始人：罗刚秀 截至2023年12月31日，"
            "公司在职员工共计236人。",
            {("孙敏", "ceo"), ("朱勇伟", "chair"), ("罗刚秀", "co_founder")},
        ),
        ("董事会秘书 王泽", {("王泽", "secretary")}),
        (
            "法定代表人： 苏江华  主管会计工作负责人： 肖寻  会计机构负责人： 钱扣明",
            {("苏江华", "officer"), ("肖寻", "cfo"), ("钱扣明", "other")},
        ),
        ("法定代表人：（签章） 主管会计工作负责人：（签章）", set()),
        # A wrapped line left a space inside the last name of the list.
        (
            "主要管理人员：董事：唐浩；董事会秘书：宋秀；联合创始人：郑 晓国",
            {("唐浩", "director"), ("宋秀", "secretary"), ("郑晓国", "co_founder")},
        ),
    ],
)
def test_chinese_team_lines(line: str, expected: set[tuple]) -> None:
    assert listed(line) == expected


def test_sentences_tie_a_name_to_its_title_only_through_link_words() -> None:
    text = (
        "Our founder & CEO, Wang Wei, previously ran a design studio. "
        "Felix Haddad (CTO) brings a decade of experience. "
        "Fiona Romano is our chairwoman. "
        "The board of directors comprises Wang Wei, Felix Haddad and Emma Hoffmann. "
        "Our customers include Acme Corp, whose CEO praised the product."
    )
    assert people(text) == {
        ("Wang Wei", "founder"),
        ("Wang Wei", "ceo"),
        ("Wang Wei", "director"),
        ("Felix Haddad", "cto"),
        ("Felix Haddad", "director"),
        ("Fiona Romano", "chair"),
        ("Emma Hoffmann", "director"),
    }


def test_headings_contents_lines_and_companies_are_not_people() -> None:
    text = "\n".join(
        [
            "ITEM 13 Certain Relationships and Related Transactions, and Director Independence 141",
            "ITEM 10 Directors, Executive Officers and Corporate Governance 140",
            "Board Committees",
            "Chief Executive Officer",
            "Risk Factors",
            "Director",
            "This document has been prepared by the directors of Willow Outdoor AG for investors.",
            "On March 2, 2021, the U.S. Secretary of State designated the Russian Federal Service.",
            "Managing Director, DACH Region, 2016-2017",
            "The related transactions were approved. Related transactions are reviewed yearly.",
        ]
    )
    assert people(text) == set()


@pytest.mark.parametrize(
    ("title", "roles"),
    [
        ("Senior Vice President, Chief Financial Officer", ["officer", "cfo"]),
        ("Executive Vice President", ["officer"]),
        ("Sales Director", ["other"]),
        ("Independent Non-Executive Director", ["director"]),
        ("Geschäftsführer", ["ceo"]),
        ("Chief Finance Officer", ["cfo"]),  # not a generic officer
        ("Chief Operations Officer", ["coo"]),
        ("Directors' report", None),
        ("our CFO said", None),
    ],
)
def test_titles_map_to_the_schema_roles(title: str, roles: list[str] | None) -> None:
    assert title_roles(title) == roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Anna Berg", "Anna Berg"),
        ("SIPENG WU", "Sipeng Wu"),
        ("Gregory R. Page", "Gregory R. Page"),
        ("Sanne de Vries", "Sanne de Vries"),
        ("New Jersey", None),
        ("Related Transactions", None),
        ("Award Agreement", None),
        ("The Company", None),
        ("DACH Region", None),
    ],
)
def test_what_reads_as_a_name(text: str, name: str | None) -> None:
    words = DocumentWords(common=frozenset({"related", "transactions", "award", "agreement"}))
    assert person_name(text, words=words) == name


def test_every_role_the_vocabulary_gives_is_a_schema_role_or_waits_for_one() -> None:
    from extractors.roles import role_vocabulary
    from schemas import ROLES

    waiting = {"treasurer", "other", "none"}
    assert set(role_vocabulary().titles.values()) <= set(ROLES) | waiting
    assert Person.model_fields["role"].annotation is str


def test_groups_introduced_by_a_sentence_and_cards_side_by_side() -> None:
    text = "\n".join(
        [
            "The directors who held office during the year were as follows:",
            "Anna Berg",
            "Tomás Ruiz",
            "Team: Jane Doe (CEO), John Roe (CTO) and Ann Lee (Chief Financial Officer)",
            "Maria Lopez  Peter Brandt",
            "Founder & CEO  Chief Technology Officer",
        ]
    )
    assert listed(text) == {
        ("Anna Berg", "director"),
        ("Tomás Ruiz", "director"),
        ("Jane Doe", "ceo"),
        ("John Roe", "cto"),
        ("Ann Lee", "cfo"),
        ("Maria Lopez", "founder"),
        ("Maria Lopez", "ceo"),
        ("Peter Brandt", "cto"),
    }
    sentence = "The directors who served during the year were: Anna Berg and Tomás Ruiz."
    assert people(sentence) == {("Anna Berg", "director"), ("Tomás Ruiz", "director")}


def test_two_title_name_pairs_run_together_on_one_line() -> None:
    line = "Founder and Chief Executive: Tomás Haddad Secretary: Mateo Murphy"
    expected = {
        ("Tomás Haddad", "founder"),
        ("Tomás Haddad", "ceo"),
        ("Mateo Murphy", "secretary"),
    }
    assert listed(line) == expected
    assert people(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "公司管理团队由王芳（创始人兼首席执行官）、赵磊（董事）和李伟（首席技术官）组成。",
            {("王芳", "founder"), ("王芳", "ceo"), ("赵磊", "director"), ("李伟", "cto")},
        ),
        (
            "公司核心团队成员包括：孙婷（董事长）、周强（技术总监）和陈杰（首席运营官）。",
            {("孙婷", "chair"), ("周强", "cto"), ("陈杰", "coo")},
        ),
        # The parentheses hold no title, or the words before them are no name.
        ("公司管理团队由创始人（王芳）和技术团队组成。", set()),
        ("华为公司（董事）、研发中心（技术总监）与高校合作。", set()),
    ],
)
def test_a_chinese_sentence_naming_the_whole_team(line: str, expected: set[tuple]) -> None:
    assert listed(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "唐平，女，1989年出生，中国国籍，无境外永久居留权，EMBA学历。2013年至2017年"
            "任职于某上市公司，担任项目经理；现任公司首席技术官。",
            {("唐平", "cto")},
        ),
        # A résumé wrapped over lines, a wrap's space inside its title.
        (
            "何勇，男，1984年出生，博士研究生学历。2008年至2011年任职于某\n"
            "知名互联网企业，担任首席财务官；现任公司董事 长兼总经理。\n"
            "赵磊（技术总监）：毕业于浙江大学。",
            {("何勇", "chair"), ("何勇", "ceo"), ("赵磊", "cto")},
        ),
        # Only an earlier job: no role in this company.
        ("张伟，男，1980年出生，2010年至2015年任职于某公司，担任首席财务官。", set()),
    ],
)
def test_a_chinese_resume_gives_the_role_held_now(text: str, expected: set[tuple]) -> None:
    assert listed(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("李伟（董事长）：毕业于浙江大学。", {("李伟", "chair")}),
        ("陈杰（创始人），曾任职于国内知名科技企业。", {("陈杰", "founder")}),
        ("李伟（原首席财务官）：现已退休。", set()),  # a former title is none
    ],
)
def test_a_chinese_name_with_its_title_then_a_bio(line: str, expected: set[tuple]) -> None:
    assert listed(line) == expected


def test_a_chinese_team_table_read_as_text_with_a_row_number() -> None:
    text = "\n".join(
        ["序号  姓名  职位", "1  孙敏  总经理", "2  朱勇  技术总监", "3  华为公司  董事"]
    )
    assert listed(text) == {("孙敏", "ceo"), ("朱勇", "cto")}
    table = [["序号", "姓名", "职位"], ["1", "孙敏", "总经理"], ["2", "朱勇", "技术总监"]]
    assert people("五、核心团队", tables=[table]) == {("孙敏", "ceo"), ("朱勇", "cto")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "主要管理人员：创始人兼CEO：徐建怡，联合创始人：胡涵勇，首席财务官：郑明，董事：\n"
            "郑泽\n截至2023年12月31日，公司在职员工共计295人。",
            {
                ("徐建怡", "founder"),
                ("徐建怡", "ceo"),
                ("胡涵勇", "co_founder"),
                ("郑明", "cfo"),
                ("郑泽", "director"),
            },
        ),
        (
            "主要管理人员：孙秀子（创始人兼首席执行官）、吴浩（运营总监）、王思（财务负责人）"
            " 截至2023年12月31日，公司在职员工共计314人。",
            {("孙秀子", "founder"), ("孙秀子", "ceo"), ("吴浩", "coo"), ("王思", "cfo")},
        ),
        (
            "创始人兼CEO：林平杰；董事会秘书：林子",
            {("林平杰", "founder"), ("林平杰", "ceo"), ("林子", "secretary")},
        ),
        ("主要管理人员：董事：（空缺），总经理：待定", set()),  # a title without a name
    ],
)
def test_chinese_management_lists_read_every_person(text: str, expected: set[tuple]) -> None:
    assert listed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name wrapped to the next line after its label, whole or cut.
        ("Chief Executive Officer: Wei\nZhou", {("Wei Zhou", "ceo")}),
        (
            "Management  Founder, CEO: Hans-Peter\nCaldwell",
            {("Hans-Peter Caldwell", "founder"), ("Hans-Peter Caldwell", "ceo")},
        ),
        (
            "Rotterdam, the Netherlands Management  Chief Executive and Co-Founder:\n"
            "Aisha von Stein",
            {("Aisha von Stein", "ceo"), ("Aisha von Stein", "co_founder")},
        ),
        # The next `Role:` label starts a new pair, its name on the next line.
        (
            "Chairperson: Giulia Hoffmann CFO & Company Secretary:\nEthan Whitfield",
            {
                ("Giulia Hoffmann", "chair"),
                ("Ethan Whitfield", "cfo"),
                ("Ethan Whitfield", "secretary"),
            },
        ),
        # The line below is no end of a name: a heading, a sentence.
        ("CTO: Markus\nOverview", {("Markus", "cto")}),
        ("Chief Executive Officer: Wei Zhou\nWei founded the company.", {("Wei Zhou", "ceo")}),
    ],
)
def test_a_name_wrapped_after_its_label(text: str, expected: set[tuple]) -> None:
    assert listed(text) == expected


def test_names_over_titles_under_a_heading() -> None:
    text = "\n".join(
        [
            "Management team",
            "Sara Smith-Jones",
            "Founder, CEO",
            "Giulia Keane",
            "Chief Technology Officer (CTO)",
            "Emma d'Amico",
            "Company President",
            "Chief Operations Officer | Sipeng Wu",
            "Directors  Henrik Vance (Chief Exec)",
            "Budiman",
            "Company secretary  Sutrisno",
        ]
    )
    assert listed(text) == {
        ("Sara Smith-Jones", "founder"),
        ("Sara Smith-Jones", "ceo"),
        ("Giulia Keane", "cto"),
        ("Emma d'Amico", "president"),
        ("Sipeng Wu", "coo"),
        ("Henrik Vance", "ceo"),
        ("Henrik Vance", "director"),
        ("Budiman", "director"),
        ("Sutrisno", "secretary"),  # a label with its name, not the title of Budiman's line
    }


def test_a_title_goes_to_the_name_it_links_not_one_with_its_own() -> None:
    text = (
        "The company is led by Xiaoming Lin, its chief executive, together with Chloe Sullivan, "
        "who serves as group finance director, Henrik Doe (Director) and Amara Silva (Chair). "
        "As Co-founder / CTO, Sofia Larsen is responsible for operations. "
        "Non-Executive Director: Kavya Nair Kavya previously ran a design studio."
    )
    assert people(text) == {
        ("Xiaoming Lin", "ceo"),
        ("Chloe Sullivan", "cfo"),
        ("Henrik Doe", "director"),
        ("Amara Silva", "chair"),
        ("Sofia Larsen", "co_founder"),
        ("Sofia Larsen", "cto"),
        ("Kavya Nair", "director"),
    }


def test_a_signature_block_of_name_and_title_fields() -> None:
    text = "\n".join(
        [
            "By: /s/ Ethan Marsh",
            "Name: Ethan Marsh",
            "Title: Chief Executive",
            "By: /s/ Liam Garcia",
            "Name: Liam Garcia",
            "Title: Adviser",
            "Name: Harbor Holdings Ltd",  # a company signs, no person
            "Title: Director",
            "Name: Owen Brook",
            "Date: March 3, 2024",  # no title field under the name
        ]
    )
    assert listed(text) == {("Ethan Marsh", "ceo"), ("Liam Garcia", "other")}


def test_lists_and_sentences_cut_or_run_on() -> None:
    text = "\n".join(
        [
            "Management: Sutrisno (Founder, CEO); Patrick Okafor (Chair); Daniel Thornton (CTO)"
            " Our customers are mainly SMEs.",
            "The management team is Mingyu Lin (Founder), Hannah Okafor (Chief",
            "Operations Officer) and Zara W. Laurent",
            "(Co-founder).",
            "The company is led by Rahul Novak, who serves as chair of the board, Rosa Fitzgerald,"
            " who serves as CTO.",
            "Our CEO, Jane Doe, who founded the company in 2019, leads sales.",
        ]
    )
    assert people(text) == {
        ("Sutrisno", "founder"),
        ("Sutrisno", "ceo"),
        ("Patrick Okafor", "chair"),
        ("Daniel Thornton", "cto"),
        ("Mingyu Lin", "founder"),
        ("Hannah Okafor", "coo"),
        ("Zara W. Laurent", "co_founder"),
        ("Rahul Novak", "chair"),
        ("Rosa Fitzgerald", "cto"),
        ("Jane Doe", "ceo"),
    }


def test_name_title_chains_on_one_line_stop_at_the_next_name() -> None:
    text = "\n".join(
        [
            "Managing directors: TOBIAS ROMANO, Founder and Chief Executive",
            "NADIA THORNTON, Chairman of the Board JEAN-LUC FITZGERALD, Chief Technology Officer",
            "MARIA GREAVES, Chief Financial Officer (CFO) LUCAS D'AMICO, Chief Operations Officer",
            "Chief Executive Officer (CEO) — Samuel",
            "Dekker",
            "Jane Doe, Head of Research Operations",
        ]
    )
    assert listed(text) == {
        ("Tobias Romano", "founder"),  # "Managing directors" gives no role of its own
        ("Tobias Romano", "ceo"),
        ("Nadia Thornton", "chair"),  # not the CTO that follows the next name
        ("Maria Greaves", "cfo"),
        ("Samuel Dekker", "ceo"),
        ("Jane Doe", "other"),
    }
