"""Section builders: each writes one part of a document into a story, with its facts."""

from __future__ import annotations

from tests.corpus import money, phrases
from tests.corpus.context import Context, company_fact, funds_fact, person_facts
from tests.corpus.issuers import CURRENCY_SCALE, FundsItem, Member, Terms
from tests.corpus.names import COMPETITORS
from tests.corpus.story import Fact, Story

EU_CULTURES = ("fr", "de", "nl", "ie")
DISTRACTOR_AMOUNTS = {
    "product_price": (9.99, 19.0, 49.0, 129.0, 349.0, 1250.0),
    "competitor": (8e6, 12e6, 20e6, 35e6, 60e6),
    "previous_round": (50_000.0, 75_000.0, 120_000.0, 180_000.0, 350_000.0),
}
# Not multiples of 5, so never equal to a use-of-funds share.
DISTRACTOR_PCTS = {"market_share": (2.0, 3.0, 4.0, 6.0, 7.0), "growth": (36.0, 48.0, 64.0, 92.0)}
OUTLOOK_PCTS = (32.0, 38.0, 44.0, 57.0)
MARKET_BILLIONS = (1.8, 2.4, 4.2, 7.5, 12.0, 35.0)


def filler(story: Story, ctx: Context, section: str, *, paragraphs: int = 1) -> None:
    """Paragraphs of plain prose from the section's sentence pool (no key figures)."""
    for _ in range(paragraphs):
        pool = [s for s in phrases.FILLER[section] if s not in ctx.used_sentences]
        if len(pool) < 3:
            ctx.used_sentences.difference_update(phrases.FILLER[section])
            pool = list(phrases.FILLER[section])
        chosen = ctx.rng.sample(pool, k=min(len(pool), ctx.rng.randrange(3, 6)))
        ctx.used_sentences.update(chosen)
        story.text(" ".join(ctx.fill(s) for s in chosen))


def cover(story: Story, ctx: Context, *, title: str, date_line: str, own_page: bool) -> None:
    """Title block: company name, document title and the document date."""
    story.text(ctx.issuer.name, style="title", facts=[company_fact(company_name=ctx.issuer.name)])
    story.text(title, style="subtitle")
    story.text(date_line, style="body")
    if own_page:
        story.text(ctx.fill(ctx.pick(phrases.FILLER["summary"])), style="small")
        story.page_break(template="two" if ctx.layout == "two_column" else None)


def location_sentence(ctx: Context) -> tuple[str, Fact]:
    """Where the issuer is, and the company fields that sentence prints."""
    issuer = ctx.issuer
    culture = "eu" if issuer.culture in EU_CULTURES else issuer.culture
    template, prints_region = ctx.pick(phrases.LOCATIONS[culture])
    region = issuer.city.region if prints_region or issuer.city.region == issuer.city.name else None
    fact = company_fact(country=issuer.country.code, region=region, city=issuer.city.name)
    return ctx.fill(template), fact


def registration_sentence(ctx: Context) -> tuple[str, Fact] | None:
    reg = ctx.issuer.registration
    if reg is None:
        return None
    templates = phrases.REGISTRATION[reg.kind]
    native = phrases.VAT_NATIVE.get(ctx.issuer.country.code)
    if reg.kind == "eu_vat" and native:
        templates = (*templates, native)
    fact = company_fact(
        registration_id=reg.value, registration_kind=reg.kind, registration_id_valid=reg.valid
    )
    return ctx.pick(templates).format(id=reg.value), fact


def founded_sentence(ctx: Context) -> tuple[str, Fact]:
    template, detail = ctx.pick(phrases.FOUNDED)
    founded = ctx.issuer.founded
    when = ctx.date(founded, style="long") if detail == "date" else str(founded.year)
    return ctx.fill(template, year=when, date=when), company_fact(founded_year=founded.year)


def employees_sentence(ctx: Context) -> tuple[str, list[Fact]]:
    count = ctx.issuer.employees
    text = ctx.fill(ctx.pick(phrases.EMPLOYEES), n=str(count))
    figure = ctx.figure("employees", count, str(count), currency=False)
    return text, [company_fact(employees=count), figure]


def company_section(story: Story, ctx: Context, *, sheet: bool) -> None:
    """Company facts as prose sentences or as a 'Label: value' fact sheet."""
    story.heading(ctx.pick(phrases.HEADINGS["company"]))
    parts = [location_sentence(ctx), registration_sentence(ctx), founded_sentence(ctx)]
    employees, employee_facts = employees_sentence(ctx)
    if sheet:
        _company_sheet(story, ctx, employee_facts)
    else:
        filler(story, ctx, "company", paragraphs=0 if ctx.brief else 1)
        for part in parts:
            if part is not None:
                story.text(part[0], facts=[part[1]])
        story.text(employees, facts=employee_facts)


def _company_sheet(story: Story, ctx: Context, employee_facts: list[Fact]) -> None:
    issuer = ctx.issuer
    story.label_value("Company name", issuer.name, facts=[company_fact(company_name=issuer.name)])
    address = f"{issuer.street}, {issuer.city.name}"
    region = issuer.city.region if issuer.culture in ("us", "cn", "in") else None
    if region and region != issuer.city.name:
        address += f", {region}"
    address += f", {issuer.country.name}"
    where = company_fact(country=issuer.country.code, region=region, city=issuer.city.name)
    story.label_value("Registered office", address, facts=[where])
    registration = registration_sentence(ctx)
    if registration:
        label, _, value = registration[0].rpartition(" ")
        story.label_value(label.rstrip(":"), value, facts=[registration[1]])
    story.label_value(
        "Date of incorporation",
        ctx.date(issuer.founded, style="long"),
        facts=[company_fact(founded_year=issuer.founded.year)],
    )
    story.label_value("Employees", str(issuer.employees), facts=employee_facts)


def team_section(story: Story, ctx: Context, *, style: str, directors_line: bool) -> None:
    """The people, one of TEAM_LINES styles or a Name | Role table, plus optional board line."""
    story.heading(ctx.pick(phrases.HEADINGS["team"]))
    team = ctx.issuer.team
    if style == "table":
        rows = [["Name", "Role"], *[[m.name, m.title] for m in team]]
        facts = [f for m in team for f in person_facts(m.name, m.roles)]
        rules = ctx.pick((None, "grid", "rules"))
        story.table(rows, width=ctx.width, rules=rules, facts=facts)
    else:
        for member in team:
            _team_member(story, ctx, member, style)
    if directors_line and len(team) >= 2:
        board = team[: ctx.rng.randrange(2, len(team) + 1)]
        listed = ", ".join(m.name for m in board[:-1]) + f" and {board[-1].name}"
        facts = [f for m in board for f in person_facts(m.name, ("director",))]
        story.text(ctx.pick(phrases.DIRECTORS_LINES).format(names=listed), facts=facts)
    if not ctx.brief and ctx.rng.random() < 0.4:
        advisor = (
            f"{ctx.pick(('Dr.', 'Prof.'))} {ctx.pick(('Hans Becker', 'Ruth Adler', 'Omar Haddad'))}"
        )
        line = ctx.pick(phrases.ADVISORS).format(name=advisor, bio=ctx.pick(phrases.BIOS))
        name = advisor.split(" ", 1)[1]  # the title is not part of the name
        story.text(line, facts=person_facts(name, ("other",)))


def _team_member(story: Story, ctx: Context, member: Member, style: str) -> None:
    bio = ctx.pick(phrases.BIOS)
    line = phrases.TEAM_LINES[style].format(
        name=member.name, title=member.title, title_lc=_lower_title(member.title), bio=bio
    )
    facts = person_facts(member.name, member.roles)
    if style == "prose":
        story.text(line, facts=facts)
        return
    story.text(line, style="h2" if not ctx.brief else "body", facts=facts)
    if not ctx.brief:
        first = member.name.split()[-1 if ctx.issuer.culture == "cn" else 0]
        story.text(f"{first} {bio}.")


def _lower_title(title: str) -> str:
    words = title.split()
    return " ".join(w if w.isupper() else w.lower() for w in words)


def distractor(ctx: Context, kind: str) -> str:
    """A sentence with a number that must not become a key figure (nor equal one)."""
    template = ctx.pick(phrases.DISTRACTORS[kind])
    if kind in DISTRACTOR_PCTS:
        pcts = [p for p in DISTRACTOR_PCTS[kind] if p not in ctx.printed_values]
        return ctx.fill(template, pct=ctx.pct(ctx.pick(pcts)))
    if kind == "market_size":
        size = money.format_billions(ctx.pick(MARKET_BILLIONS), ctx.currency, ctx.money_styles[0])
        return ctx.fill(template, amount=size)
    scale = 1 if kind == "product_price" else CURRENCY_SCALE[ctx.currency]
    options = [v * scale for v in DISTRACTOR_AMOUNTS[kind] if v * scale not in ctx.printed_values]
    return ctx.fill(
        template,
        amount=ctx.money(ctx.pick(options)),
        year=str(ctx.rng.randrange(2019, 2024)),
        competitor=ctx.pick(COMPETITORS),
        item=ctx.issuer.sector.unit_price_item,
    )


def terms_section(
    story: Story, ctx: Context, terms: Terms, *, style: str, rules: str | None
) -> None:
    """The offering terms as a ruled/unruled table, a 'Key: value' list or prose."""
    story.heading(ctx.pick(phrases.HEADINGS["offer"]))
    rows = term_rows(ctx, terms)
    if style == "prose":
        _terms_prose(story, ctx, terms)
    elif style == "keyvalue":
        for label, value, facts in rows:
            story.label_value(label, value, facts=facts)
    else:
        cells = [["Term", "Details"], *[[label, value] for label, value, _ in rows]]
        facts = [f for _, _, row_facts in rows for f in row_facts]
        story.table(cells, width=ctx.width, rules=rules, facts=facts)


def term_rows(ctx: Context, terms: Terms) -> list[tuple[str, str, list[Fact]]]:
    """(label, printed value, facts) for each term this offer states, plus a few extras."""
    rows: list[tuple[str, str, list[Fact]]] = []
    money_terms = (
        ("funding_target", terms.funding_target),
        ("maximum_target", terms.maximum_target),
        ("pre_money_valuation", terms.pre_money),
        ("price_per_share", terms.price_per_share),
        ("minimum_investment", terms.minimum_investment),
    )
    for name, value in money_terms:
        if value is not None:
            text = ctx.money(value)
            rows.append(
                (ctx.pick(phrases.TERM_LABELS[name]), text, [ctx.figure(name, value, text)])
            )
    if terms.equity_pct is not None:
        text = ctx.pct(terms.equity_pct)
        fact = ctx.figure("equity_offered_pct", terms.equity_pct, text, currency=False)
        rows.insert(1, (ctx.pick(phrases.TERM_LABELS["equity_offered_pct"]), text, [fact]))
    if terms.deadline is not None:
        text = ctx.date(terms.deadline)
        fact = Fact("deadline", {"deadline": terms.deadline.isoformat()}, text)
        rows.append((ctx.pick(phrases.TERM_LABELS["deadline"]), text, [fact]))
    label, value = ctx.pick(phrases.TERM_EXTRAS)
    rows.insert(ctx.rng.randrange(1, len(rows) + 1), (label, value.format(fee="1.5%"), []))
    return rows


def _terms_prose(story: Story, ctx: Context, terms: Terms) -> None:
    if terms.funding_target is None:
        raise AssertionError("prose terms open with the target: print them as a table")
    target = ctx.money(terms.funding_target)
    facts = [ctx.figure("funding_target", terms.funding_target, target)]
    sentence = ctx.fill(ctx.pick(phrases.PROSE_TARGET), target=target)
    if terms.equity_pct is not None:
        equity = ctx.pct(terms.equity_pct)
        facts.append(ctx.figure("equity_offered_pct", terms.equity_pct, equity, currency=False))
        sentence += ctx.pick(phrases.PROSE_EQUITY).format(equity=equity)
    if terms.pre_money is not None:
        pre = ctx.money(terms.pre_money)
        facts.append(ctx.figure("pre_money_valuation", terms.pre_money, pre))
        sentence += ctx.pick(phrases.PROSE_PRE_MONEY).format(pre=pre)
    else:
        sentence += "."
    story.text(sentence, facts=facts)
    optional = (
        ("maximum_target", terms.maximum_target, phrases.PROSE_MAXIMUM, "max"),
        ("price_per_share", terms.price_per_share, phrases.PROSE_PRICE, "price"),
        ("minimum_investment", terms.minimum_investment, phrases.PROSE_MINIMUM, "min"),
    )
    for name, value, templates, slot in optional:
        if value is not None:
            text = ctx.money(value)
            story.text(
                ctx.pick(templates).format(**{slot: text}), facts=[ctx.figure(name, value, text)]
            )
    if terms.deadline is not None:
        text = ctx.date(terms.deadline)
        fact = Fact("deadline", {"deadline": terms.deadline.isoformat()}, text)
        story.text(ctx.pick(phrases.PROSE_DEADLINE).format(deadline=text), facts=[fact])


def funds_section(
    story: Story,
    ctx: Context,
    items: list[FundsItem],
    *,
    style: str,
    rules: str | None = None,
    prose: str = "both",
    bullet: str = "dot",
) -> None:
    """Use of proceeds as a table, a prose sentence or a bullet list."""
    story.heading(ctx.pick(phrases.HEADINGS["funds"]))
    if style == "table":
        _funds_table(story, ctx, items, rules)
    elif style == "prose":
        _funds_prose(story, ctx, items, prose)
    else:
        lines = []
        template = ctx.pick(phrases.FUNDS_BULLETS)
        for item in items:
            amount, pct = ctx.money(item.amount), ctx.pct(item.pct)
            text = template.format(
                category=item.category, category_lc=item.category.lower(), amount=amount, pct=pct
            )
            lines.append(
                (text, [funds_fact(item.category, item.amount, ctx.currency, item.pct, amount)])
            )
        story.bullets(lines, bullet=bullet)


def _funds_table(story: Story, ctx: Context, items: list[FundsItem], rules: str | None) -> None:
    header = [h.format(code=ctx.currency) for h in ctx.pick(phrases.FUNDS_TABLE_HEADERS)]
    bare = ctx.currency in header[1]
    rows, facts = [header], []
    for item in items:
        amount = _bare_amount(ctx, item.amount) if bare else ctx.money(item.amount)
        rows.append([item.category, amount, ctx.pct(item.pct)])
        facts.append(funds_fact(item.category, item.amount, ctx.currency, item.pct, amount))
    total = sum(item.amount for item in items)
    total_text = _bare_amount(ctx, total) if bare else ctx.money(total)
    rows.append(["Total", total_text, ctx.pct(sum(item.pct for item in items))])
    bold = frozenset({0, len(rows) - 1})
    story.table(rows, width=ctx.width, rules=rules, facts=facts, bold_rows=bold)


def _bare_amount(ctx: Context, value: float) -> str:
    return money.format_bare(value, ctx.currency, ctx.money_styles[0])


def _funds_prose(story: Story, ctx: Context, items: list[FundsItem], prose: str) -> None:
    parts, facts = [], []
    for index, item in enumerate(items):
        mode = prose if prose != "mixed" else ("both" if index == 0 else "pct")
        amount, pct = ctx.money(item.amount), ctx.pct(item.pct)
        template = phrases.FUNDS_PROSE_ITEMS[mode]
        parts.append(template.format(amount=amount, pct=pct, category=item.category.lower()))
        facts.append(
            funds_fact(
                item.category,
                item.amount if mode != "pct" else None,
                ctx.currency,
                item.pct if mode != "amount" else None,
                amount if mode != "pct" else pct,
            )
        )
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}"
    story.text(ctx.pick(phrases.FUNDS_PROSE).format(items=listed), facts=facts)


def risks_section(
    story: Story, ctx: Context, *, count: int, bullet: str | None = None, heading: str = ""
) -> None:
    """A risk-factors section under one of the heading variants."""
    story.heading(heading or ctx.pick(phrases.HEADINGS["risks"]))
    intro = ctx.pick(phrases.RISK_INTROS)
    story.text(intro or ctx.pick(phrases.RISK_INTROS[:2]), facts=[Fact("risk", {})])
    for title, text in ctx.rng.sample(phrases.RISKS, k=count):
        if bullet:
            story.bullets([(f"{title}: {ctx.fill(text)}", [])], bullet=bullet)
        else:
            story.heading(title, level=2)
            story.text(ctx.fill(text))


def market_section(story: Story, ctx: Context, *, distractors: int) -> None:
    """Market prose with numbers that are not key figures."""
    story.heading(ctx.pick(phrases.HEADINGS["market"]))
    filler(story, ctx, "market")
    kinds = ctx.rng.sample(list(phrases.DISTRACTORS), k=distractors)
    story.text(" ".join(distractor(ctx, kind) for kind in kinds))


def contact_section(story: Story, ctx: Context) -> None:
    """Address, phone and website: numbers that are not figures."""
    issuer = ctx.issuer
    story.heading(ctx.pick(phrases.HEADINGS["contact"]))
    story.text(f"{issuer.name}, {issuer.street}, {issuer.city.name}")
    story.text(f"Telephone: {issuer.phone}   Web: {issuer.website}")
