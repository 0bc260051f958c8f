"""Whole documents: what to write, a builder per kind, and writing it to PDF with its truth."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus import issuers, offers, regimes, reports
from tests.corpus.context import Context
from tests.corpus.injection import inject
from tests.corpus.material import Material, make_material, material_values, under_regime
from tests.corpus.recipes import Recipe, pick_recipe
from tests.corpus.story import Fact, Story, column_width, render
from tests.corpus.truth import disclosure_fields, document_record


@dataclass(frozen=True)
class DocPlan:
    """What to write: the file, its kind, the seed of its facts and its injected defect, if any.

    With `regime_rules` the document prints what its issuer's regime requires (issue 7) and its
    truth records the regime, the document's own date and its defects; the demo samples predate
    that and stay as they are.
    """

    file: str
    kind: str
    seed: str
    word: str
    variant: str = ""
    country: str | None = None
    valid_id: bool | None = None
    defect: str | None = None
    regime_rules: bool = False


@dataclass
class Rendered:
    """A written document: its truth record and the facts with their pages and printed text."""

    truth: dict[str, Any]
    facts: list[Fact]


SIDE_STREAM = "regime"
Builder = Callable[[Story, Context, Recipe, Material], str]
BUILDERS: dict[tuple[str, str], Builder] = {
    ("business_plan", ""): offers.build_business_plan,
    ("business_plan", "short"): offers.build_business_plan,
    ("offering", ""): offers.build_offering,
    ("financial_statement", ""): reports.build_financial_statement,
    ("other", "release"): reports.build_release,
    ("other", "brochure"): reports.build_brochure,
}


def _under_rules(
    plan: DocPlan,
    issuer: issuers.Issuer,
    recipe: Recipe,
    material: Material,
    side: random.Random,
) -> tuple[Recipe, Material, str | None]:
    """The document as its regime wants it, then with its defect injected."""
    if plan.kind == "offering":
        recipe = dataclasses.replace(recipe, risk=True)  # an offer must disclose its risks
    regime = regimes.regime_of(issuer.country.code)
    material = under_regime(material, side, regime=regime, kind=plan.kind)
    if plan.defect is None:
        return recipe, material, None
    material, recipe, detail = inject(material, recipe, defect=plan.defect, rng=side, issuer=issuer)
    return recipe, material, detail


def _disclosure_truth(
    plan: DocPlan, issuer: issuers.Issuer, material: Material, detail: str | None
) -> dict[str, Any]:
    # A brochure prints no date of its own; every other kind prints material.date.
    printed_date = None if plan.variant == "brochure" else material.date
    return disclosure_fields(
        regime=regimes.regime_of(issuer.country.code),
        document_date=printed_date,
        defect=plan.defect,
        detail=detail,
    )


def write_document(
    plan: DocPlan,
    out_dir: Path,
    *,
    recipe: Recipe | None = None,
    issuer: issuers.Issuer | None = None,
) -> Rendered:
    """Write `plan` as a PDF in `out_dir`; a recipe or issuer given by hand overrides the draw."""
    rng = random.Random(plan.seed)
    issuer = issuer or issuers.make_issuer(
        rng, word=plan.word, country_code=plan.country, valid_id=plan.valid_id
    )
    recipe = recipe or pick_recipe(rng, plan.kind, issuer, variant=plan.variant)
    material = make_material(rng, issuer, recipe)
    # Issue 7's additions draw from their own stream, so the rest prints as it did before.
    side = random.Random(f"{plan.seed}:{SIDE_STREAM}")
    detail = None
    if plan.regime_rules:
        recipe, material, detail = _under_rules(plan, issuer, recipe, material, side)
    ctx = Context(
        rng=rng,
        issuer=issuer,
        money_styles=recipe.money_styles,
        pct_style=recipe.pct_style,
        date_style=recipe.date_style,
        layout=recipe.layout,
        width=column_width(recipe.look, recipe.layout),
        brief=recipe.size == "short",
        # Table cells show a negative amount in parentheses, as statements do; text a minus.
        negative="paren" if recipe.terms_style == "table" else "minus",
        side_rng=side,
    )
    ctx.printed_values.update(material_values(material))
    story = Story(recipe.look)
    title = BUILDERS[(plan.kind, plan.variant)](story, ctx, recipe, material)
    first = "two" if recipe.layout == "two_column" and not story.switches_template else "one"
    page_count = render(story, out_dir / plan.file, first_template=first, title=title)
    truth = document_record(
        file=plan.file,
        kind=plan.kind,
        language="en",
        layout=recipe.layout,
        page_count=page_count,
        facts=story.facts,
        notes=f"deliberate: {plan.defect}" if plan.defect else None,
        disclosure=_disclosure_truth(plan, issuer, material, detail) if plan.regime_rules else None,
    )
    return Rendered(truth, story.facts)
