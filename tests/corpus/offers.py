"""Business plans and offering documents: the documents that invite investment."""

from __future__ import annotations

from tests.corpus import obligations, phrases, sections, statements
from tests.corpus.context import Context
from tests.corpus.material import Material
from tests.corpus.recipes import Recipe
from tests.corpus.story import Story

PARAGRAPHS = {"short": (0, 2), "medium": (1, 2), "long": (2, 4)}
BUSINESS_PLAN_EXTRAS = ("business_model", "customers", "milestones")
EXTRA_HEADINGS = {
    "business_model": ("Business Model", "How we make money", "Revenue Model"),
    "customers": ("Customers", "Traction", "Our Customers"),
    "milestones": ("Milestones", "Progress to date", "Our Journey"),
}


def _paragraphs(ctx: Context, recipe: Recipe) -> int:
    """Filler paragraphs per section: sizes 'short', 'medium' (no page breaks) and 'long'."""
    return ctx.rng.randrange(*PARAGRAPHS[recipe.size])


def cover(story: Story, ctx: Context, recipe: Recipe, material: Material) -> str:
    title = ctx.pick(phrases.COVER_TITLES[recipe.kind]).format(year=material.date.year)
    date_text = ctx.date(material.date, style=recipe.cover_date_style)
    date_line = ctx.pick(phrases.DATE_LINES).format(date=date_text)
    sections.cover(story, ctx, title=title, date_line=date_line, own_page=recipe.cover_page)
    return title


def _maybe_break(story: Story, ctx: Context, recipe: Recipe, chance: float) -> None:
    if recipe.size == "long" and ctx.rng.random() < chance:
        story.page_break()


def build_business_plan(story: Story, ctx: Context, recipe: Recipe, material: Material) -> str:
    """Summary, company, product, market, team, offer, use of funds, history, risks, contact."""
    title = cover(story, ctx, recipe, material)
    paragraphs = _paragraphs(ctx, recipe)
    story.heading(ctx.pick(phrases.HEADINGS["summary"]))
    sections.filler(story, ctx, "summary", paragraphs=max(1, paragraphs))
    if recipe.summary_repeat and material.terms.funding_target is not None:
        target = ctx.money(material.terms.funding_target, alternate=True)
        story.text(ctx.pick(phrases.SUMMARY_TARGET).format(target=target))
    sections.company_section(story, ctx, sheet=recipe.company_sheet)
    if recipe.size != "short":
        _business_plan_body(story, ctx, recipe, paragraphs)
    _maybe_break(story, ctx, recipe, 0.5)
    sections.team_section(story, ctx, style=recipe.team_style, directors_line=recipe.directors_line)
    _maybe_break(story, ctx, recipe, 0.6)
    _offer(story, ctx, recipe, material)
    if recipe.history:
        statements.history_section(story, ctx, material.history, as_table=recipe.history == "table")
        growth = ctx.pct(ctx.pick(sections.OUTLOOK_PCTS))
        story.text(ctx.fill(ctx.pick(phrases.OUTLOOK), pct=growth, months="18"))
    if recipe.risk:
        _maybe_break(story, ctx, recipe, 0.4)
        short = recipe.size == "short"
        bullet = recipe.bullet if short else None
        sections.risks_section(story, ctx, count=2 if short else 6, bullet=bullet)
    if recipe.size != "short":
        sections.contact_section(story, ctx)
    _regime_extras(story, ctx, material)
    return title


def _business_plan_body(story: Story, ctx: Context, recipe: Recipe, paragraphs: int) -> None:
    """Product, business model, market, customers, strategy and milestones."""
    _maybe_break(story, ctx, recipe, 0.4)
    story.heading(ctx.pick(phrases.HEADINGS["product"]))
    sections.filler(story, ctx, "product", paragraphs=paragraphs + 1)
    story.text(sections.distractor(ctx, "product_price"))
    for extra in BUSINESS_PLAN_EXTRAS:
        if paragraphs > 0 and ctx.rng.random() < 0.6:
            story.heading(ctx.pick(EXTRA_HEADINGS[extra]))
            sections.filler(story, ctx, extra, paragraphs=paragraphs)
    sections.market_section(story, ctx, distractors=ctx.rng.randrange(2, 4))
    sections.filler(story, ctx, "market", paragraphs=paragraphs - 1)
    if paragraphs > 0:
        story.heading(ctx.pick(("Strategy", "Go-to-market", "Growth Strategy")))
        sections.filler(story, ctx, "strategy", paragraphs=paragraphs)


def _omitted(material: Material) -> str | None:
    return material.compliance.omitted if material.compliance else None


def _offer(story: Story, ctx: Context, recipe: Recipe, material: Material) -> None:
    """The terms and the use of funds."""
    sections.terms_section(
        story, ctx, material.terms, style=recipe.terms_style, rules=recipe.terms_rules
    )
    if _omitted(material) == "use_of_funds":
        return
    sections.funds_section(
        story,
        ctx,
        material.funds,
        style=recipe.funds_style,
        rules=recipe.funds_rules,
        prose=recipe.funds_prose,
        bullet=recipe.bullet,
    )


def build_offering(story: Story, ctx: Context, recipe: Recipe, material: Material) -> str:
    """Notice, company, terms, use of funds, team, risks, how to invest; then an annex with what
    the regime asks for (custodian bank, overfunding, financial information)."""
    title = cover(story, ctx, recipe, material)
    story.heading(ctx.pick(phrases.HEADINGS["notice"]))
    sections.filler(story, ctx, "notice")
    story.heading(ctx.pick(phrases.HEADINGS["summary"]))
    sections.filler(story, ctx, "summary", paragraphs=_paragraphs(ctx, recipe))
    sections.company_section(story, ctx, sheet=recipe.company_sheet)
    story.text(sections.distractor(ctx, "previous_round"))
    _business_plan_body(story, ctx, recipe, _paragraphs(ctx, recipe) - 1)
    _maybe_break(story, ctx, recipe, 0.5)
    _offer(story, ctx, recipe, material)
    if _omitted(material) != "management":
        team_style, directors = recipe.team_style, recipe.directors_line
        sections.team_section(story, ctx, style=team_style, directors_line=directors)
    if recipe.risk:
        sections.risks_section(story, ctx, count=ctx.rng.randrange(4, 7), bullet=recipe.bullet)
    story.heading(ctx.pick(phrases.HEADINGS["subscribe"]))
    sections.filler(story, ctx, "subscribe")
    compliance = material.compliance
    if compliance and (
        compliance.custodian or compliance.excess_use or compliance.financial_information
    ):
        # On a page of their own, as an annex: beside the offer's terms in the next column
        # they would be read as part of them.
        story.page_break()
    _regime_extras(story, ctx, material)
    return title


def _regime_extras(story: Story, ctx: Context, material: Material) -> None:
    """What issue 7's regimes add, at the end so that the rest keeps its place on the page:
    the custodian bank, the use of any excess, the financial information."""
    compliance = material.compliance
    if compliance is None:
        return
    if compliance.custodian:
        obligations.custodian(story, ctx.aside(), compliance.custodian)
    if compliance.excess_use:
        obligations.excess_use(story, ctx.aside(), compliance.excess_use)
    if compliance.financial_information:
        obligations.financial_information(story, ctx.aside(), material)
