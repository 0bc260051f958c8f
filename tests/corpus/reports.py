"""Financial statements, press releases and brochures: documents without an offer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.corpus import obligations, phrases, sections, statements
from tests.corpus.context import Context, company_fact, person_facts
from tests.corpus.material import Material
from tests.corpus.offers import cover
from tests.corpus.recipes import Recipe
from tests.corpus.story import Story


def _year_end(recipe: Recipe, year: int) -> dt.date:
    return dt.date(year, recipe.year_end_month, 31 if recipe.year_end_month == 12 else 30)


def build_financial_statement(
    story: Story, ctx: Context, recipe: Recipe, material: Material
) -> str:
    """Cover, directors' report, balance sheet, income statement and notes."""
    issuer, latest = ctx.issuer, material.accounts[0]
    year_end = ctx.date(_year_end(recipe, latest.year), style="long")
    title = f"{ctx.pick(phrases.COVER_TITLES[recipe.kind])} for the year ended {year_end}"
    cover(story, ctx, dataclasses.replace(recipe, cover_page=False), material)
    story.text(title, style="subtitle")
    registration = sections.registration_sentence(ctx)
    if registration:
        story.text(registration[0], facts=[registration[1]])
    location, location_fact = sections.location_sentence(ctx)
    story.text(location, facts=[location_fact])
    if ctx.rng.random() < 0.5:
        story.page_break()
    story.heading(ctx.pick(("Directors' Report", "Report of the Directors", "Management Report")))
    story.text(ctx.fill(ctx.pick(phrases.PRINCIPAL_ACTIVITY)))
    count = issuer.employees
    note = ctx.pick(phrases.EMPLOYEE_NOTES).format(n=count)
    figure = ctx.figure("employees", count, str(count), currency=False)
    story.text(note, facts=[company_fact(employees=count), figure])
    if material.quoted_revenue is not None:
        obligations.revenue_quote(story, ctx.aside(), material)
    if recipe.risk and ctx.rng.random() < 0.4:
        heading = "Principal Risks and Uncertainties"
        sections.risks_section(story, ctx, count=2, bullet=recipe.bullet, heading=heading)
    director = issuer.team[0]
    approved = ctx.date(material.date, style=recipe.date_style)
    approval = ctx.pick(phrases.APPROVALS).format(date=approved, name=director.name)
    story.text(approval, facts=person_facts(director.name, ("director",)))
    _statements(story, ctx, recipe, material, year_end)
    story.page_break()
    story.heading("Notes to the Financial Statements")
    story.heading("1. Accounting policies", level=2)
    sections.filler(story, ctx, "accounts", paragraphs=2)
    return title


def _statements(
    story: Story, ctx: Context, recipe: Recipe, material: Material, year_end: str
) -> None:
    story.page_break()
    balance_title = ctx.pick(phrases.STATEMENT_TITLES["balance"]).format(date=year_end)
    story.heading(balance_title)
    statements.statement(story, ctx, material.accounts, kind="balance", style=recipe.statement)
    if not recipe.statements_same_page:
        story.page_break()
    income_title = ctx.pick(phrases.STATEMENT_TITLES["income"])
    story.heading(f"{income_title} for the year ended {year_end}")
    statements.statement(story, ctx, material.accounts, kind="income", style=recipe.statement)


def build_release(story: Story, ctx: Context, recipe: Recipe, material: Material) -> str:
    """A one-page press release: launch news, a quote, distractor numbers, 'About us'."""
    issuer = ctx.issuer
    story.text("FOR IMMEDIATE RELEASE", style="small")
    headline = f"{issuer.short_name} launches {issuer.sector.product}"
    story.text(headline, style="title", facts=[company_fact(company_name=issuer.name)])
    dateline = (
        f"{issuer.city.name.upper()}, {ctx.date(material.date, style=recipe.cover_date_style)} –"
    )
    story.text(f"{dateline} {issuer.name} today announced a new range of {issuer.sector.product}.")
    sections.filler(story, ctx, "product")
    leader = issuer.team[0]
    quote = ctx.pick(phrases.RELEASE_QUOTES).format(
        name=leader.name, title=leader.title, short=issuer.short_name
    )
    story.text(quote, facts=person_facts(leader.name, leader.roles))
    story.text(
        f"{sections.distractor(ctx, 'product_price')} {sections.distractor(ctx, 'market_size')}"
    )
    story.heading(f"About {issuer.short_name}", level=2)
    founded, founded_fact = sections.founded_sentence(ctx)
    location, location_fact = sections.location_sentence(ctx)
    employees, employee_facts = sections.employees_sentence(ctx)
    story.text(
        f"{location} {founded} {employees}", facts=[location_fact, founded_fact, *employee_facts]
    )
    story.text(f"Media contact: {issuer.phone}, press@{issuer.website.removeprefix('www.')}")
    return headline


def build_brochure(story: Story, ctx: Context, recipe: Recipe, material: Material) -> str:
    """A product brochure: features, a price list (distractors) and contact details."""
    issuer = ctx.issuer
    title = f"{issuer.short_name}: {issuer.sector.product}"
    story.text(issuer.name, style="title", facts=[company_fact(company_name=issuer.name)])
    story.text(title, style="subtitle")
    sections.filler(story, ctx, "summary")
    story.heading(ctx.pick(phrases.HEADINGS["product"]))
    sections.filler(story, ctx, "product", paragraphs=2)
    prices = [["Plan", "Price"], ["Starter", ctx.money(19.0)], ["Team", ctx.money(49.0)]]
    prices.append(["Enterprise", "on request"])
    story.table(prices, width=ctx.width, rules=recipe.funds_rules)
    story.text(sections.distractor(ctx, "growth"))
    sections.market_section(story, ctx, distractors=2)
    location, location_fact = sections.location_sentence(ctx)
    story.text(location, facts=[location_fact])
    sections.contact_section(story, ctx)
    return title
