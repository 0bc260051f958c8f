"""What a document is: its language (any script, mixed pages) and its kind (in several languages,
from what it calls itself before what it mentions)."""

from __future__ import annotations

import re

import pytest

from extractors.classify import classify_kind, detect_language

DUTCH_PLAN_ENGLISH_TABLES = """Ondernemingsplan 2025
Warmtebron B.V.
Samenvatting
Warmtebron B.V. installeert warmtepompen in bestaande rijtjeshuizen in de regio Zwolle.
Wij verwachten dat de omzet in 2026 verdubbelt omdat gemeenten hun subsidies verhogen.
Use of funds
Product development  € 450.000
Marketing  € 200.000
Working capital  € 150.000
Total  € 800.000
Financial overview  2025  2026
Revenue  1.200.000  2.400.000
EBITDA  (150.000)  320.000
Net income  (210.000)  180.000
Gross margin  38%  41%
Headcount  12  19
Het team bestaat uit twaalf medewerkers en de oprichters kennen de installatiebranche goed."""

CHINESE_PLAN_ENGLISH_NAMES = """商业计划书
杭州云帆数据科技有限公司 (Hangzhou Yunfan Data Technology Co., Ltd.)
公司与 Microsoft Azure、Amazon Web Services 和 Snowflake 建立了合作关系。
主要产品为 DataSail Cloud Platform 与 EdgeSync Gateway，客户包括 Unilever China。
CEO: Chen Jing (MBA, INSEAD)  CTO: Wang Lei (PhD, Zhejiang University)
2024年营业收入为人民币4,100万元。"""

JAPANESE_PAGE = """事業計画書
株式会社ミドリフードテック
当社は2020年に福岡市で創業し、植物由来の代替肉を外食チェーン向けに製造しています。
2024年度の売上高は8億円、従業員数は42名です。調達した資金は新工場の建設に充てます。"""

KOREAN_PAGE = """사업계획서
주식회사 바다로지스는 2019년 부산에서 설립된 물류 스타트업으로, 냉장 화물 중개 플랫폼을
운영하고 있습니다. 2024년 매출은 32억 원이며, 이번 투자금은 전국 거점 확대에 사용됩니다."""

POLISH_PAGE = """Biznesplan
Firma Piekarnia Złoty Kłos sp. z o.o. z siedzibą w Poznaniu prowadzi sieć sześciu piekarni.
W ubiegłym roku sprzedaż wzrosła o jedną piątą, a pozyskane środki przeznaczymy na nowy piec."""

PORTUGUESE_PAGE = """Plano de negócios
A Mar Azul Conservas, S.A., com sede no Porto, produz conservas de peixe para exportação.
No último exercício, as vendas cresceram dezoito por cento e a empresa contratou mais pessoas."""

GERMAN_PAGE = """Geschäftsplan
Die Holzbau Wagner GmbH aus Regensburg fertigt vorgefertigte Wandelemente für Wohnhäuser.
Im vergangenen Geschäftsjahr ist der Umsatz deutlich gestiegen, und wir stellen weitere
Zimmerleute ein, um die Nachfrage aus Bayern und Österreich zu bedienen."""

ITALIAN_PAGE = """Prospetto informativo
La società Oleificio Colli Sereni S.r.l., con sede a Perugia, produce olio extravergine.
Nell'ultimo esercizio i ricavi sono cresciuti e il capitale raccolto servirà per un frantoio."""

ENGLISH_FOREIGN_NAMES = """Our founders, Amélie Dubois and Jürgen Schäfer, met at the École
hôtelière de Lausanne. Café Lumière Ltd is a Paris-inspired bakery in Dublin; we are raising
€250,000 to open a second shop in Galway and to hire four bakers from Boulangerie Poilâne and
Konditorei Schmidt."""

ENGLISH_TABLE = """Balance sheet as at 31 December 2024
Cash and cash equivalents  1,234  987
Trade receivables  456  398
Total assets  1,900  1,575
Retained earnings  1,250  980"""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (DUTCH_PLAN_ENGLISH_TABLES, "nl"),
        (CHINESE_PLAN_ENGLISH_NAMES, "zh"),
        (JAPANESE_PAGE, "ja"),
        (KOREAN_PAGE, "ko"),
        (POLISH_PAGE, "pl"),
        (PORTUGUESE_PAGE, "pt"),
        (GERMAN_PAGE, "de"),
        (ITALIAN_PAGE, "it"),
        (ENGLISH_FOREIGN_NAMES, "en"),
        (ENGLISH_TABLE, "en"),
        ("Total  1,234  5,678\n2023  2024", "en"),
        ("", "en"),
    ],
    ids=[
        "dutch-plan-english-tables",
        "chinese-english-names",
        "japanese",
        "korean",
        "polish",
        "portuguese",
        "german",
        "italian",
        "english-foreign-names",
        "english-table",
        "numbers-only",
        "empty",
    ],
)
def test_language_of_a_document(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "佢哋話今日好忙，唔得閒去飲茶。" * 3,  # Cantonese: the model's label is `yue`
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
        "Mi estas lernanto de la internacia lingvo kaj mi ŝatas legi librojn.",  # Esperanto
    ],
)
def test_language_is_a_living_two_letter_code(text: str) -> None:
    language = detect_language(text)
    assert re.fullmatch(r"[a-z]{2}", language)
    assert language not in {"la", "eo", "vo"}


EIGHT_K = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 8-K
CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
Item 2.02 Results of Operations and Financial Condition.
Item 9.01 Financial Statements and Exhibits. The press release and the condensed consolidated
balance sheet and statement of operations are attached. Our business model, market analysis,
competition and go-to-market plans are described in our annual report."""

RESULTS_DECK = """Q3 2024 Results
Investor presentation, 24 October 2024
Highlights
Subscription revenue up 18% year on year; subscriptions reached 1.2 million.
Annual recurring revenue: €410m. Net revenue retention 112%.
Outlook: we raise the full-year guidance.
Disclaimer: this presentation does not constitute an offer or invitation to subscribe for or
purchase any securities, and nothing in it forms the basis of any subscription agreement."""

ITALIAN_PROSPECTUS = """Cantina Valpolicella Nuova S.p.A.
Prospetto informativo
relativo all'offerta pubblica di sottoscrizione di azioni ordinarie
Periodo di offerta: dal 3 al 28 marzo 2025. Sottoscrizione minima: 500 euro.
Le informazioni finanziarie e il bilancio d'esercizio sono riportati nella Sezione 7."""

FORM_C = """FORM C  Financial Information
OFFERING STATEMENT  The following table summarises the issuer's financial statements,
which are attached as an exhibit."""

FORM_C_AR = """Form C-AR
Annual Report of Harbor Grain LLC under Regulation Crowdfunding for fiscal year 2024"""

SAAS_PLAN = """Growth strategy
We sell monthly subscriptions to dental practices. Subscription revenue grew 40% last year and
churn fell below 2%. Competition comes from two incumbents; our business model keeps the
target market's switching costs low."""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (EIGHT_K, "other"),
        (RESULTS_DECK, "financial_statement"),
        (ITALIAN_PROSPECTUS, "offering"),
        (FORM_C, "offering"),
        (FORM_C_AR, "financial_statement"),
        (SAAS_PLAN, "business_plan"),
        (
            "Jahresabschluss zum 31. Dezember 2024\nBilanz\nGewinn- und Verlustrechnung",
            "financial_statement",
        ),
        ("Plan d'affaires 2025\nLa société et son marché", "business_plan"),
        ("Wertpapier-Informationsblatt\nnach § 4 WpPG", "offering"),
        ("투자설명서\n주식회사 한빛에너지", "offering"),
        ("事業計画書\n株式会社ミドリフードテック", "business_plan"),
        ("Comunicato stampa\nLa società annuncia un nuovo stabilimento", "other"),
    ],
    ids=[
        "sec-8-k",
        "results-deck",
        "italian-prospetto",
        "form-c-mentions-statements",
        "form-c-ar",
        "subscriptions-are-no-offer",
        "german-annual-accounts",
        "french-plan",
        "german-wib",
        "korean-prospectus",
        "japanese-plan",
        "italian-press-release",
    ],
)
def test_kind_is_what_the_document_calls_itself(text: str, kind: str) -> None:
    assert classify_kind(text) == kind


def test_metadata_title_names_the_kind() -> None:
    assert classify_kind("Cover page\nAcme Ltd", title="Form 10-K 2021") == "financial_statement"


def test_a_form_name_is_matched_as_whole_words() -> None:
    text = "Plan de negocio\nIn the form described below, see the form 8-knot diagram."
    assert classify_kind(text) == "business_plan"


def test_a_plan_that_prints_its_statements_stays_a_plan() -> None:
    text = (
        "Acme Robotics Ltd\nMarch 2025\n" + "Our robots pick and pack orders for grocers. " * 5
    ) + (
        "\nExecutive summary\nMarket analysis\nCompetition\nBalance sheet\nIncome statement\n"
        "Statement of cash flows\nNotes to the financial statements"
    )
    assert classify_kind(text) == "business_plan"
    assert classify_kind(text.replace("Executive summary", "Overview")) == "financial_statement"
