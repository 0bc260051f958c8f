"""Whole documents: what to write, a builder per kind, and writing it to PDF with its truth."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus import issuers, offers, reports
from tests.corpus.context import Context
from tests.corpus.material import Material, make_material, material_values
from tests.corpus.recipes import Recipe, pick_recipe
from tests.corpus.story import Fact, Story, column_width, render
from tests.corpus.truth import document_record


@dataclass(frozen=True)
class DocPlan:
    """What to write: the file, its kind, the seed of its facts and any deliberate faults."""

    file: str
    kind: str
    seed: str
    word: str
    variant: str = ""
    country: str | None = None
    valid_id: bool | None = None
    deliberate: tuple[str, ...] = ()


@dataclass
class Rendered:
    """A written document: its truth record and the facts with their pages and printed text."""

    truth: dict[str, Any]
    facts: list[Fact]


Builder = Callable[[Story, Context, Recipe, Material], str]
BUILDERS: dict[tuple[str, str], Builder] = {
    ("business_plan", ""): offers.build_business_plan,
    ("business_plan", "short"): offers.build_business_plan,
    ("offering", ""): offers.build_offering,
    ("financial_statement", ""): reports.build_financial_statement,
    ("other", "release"): reports.build_release,
    ("other", "brochure"): reports.build_brochure,
}


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
    if "use_of_funds_sum_mismatch" in plan.deliberate:
        recipe = dataclasses.replace(recipe, funds_style="table")
    material = make_material(rng, issuer, recipe, plan.deliberate)
    ctx = Context(
        rng=rng,
        issuer=issuer,
        money_styles=recipe.money_styles,
        pct_style=recipe.pct_style,
        date_style=recipe.date_style,
        layout=recipe.layout,
        width=column_width(recipe.look, recipe.layout),
        brief=recipe.size == "short",
    )
    ctx.printed_values.update(material_values(material))
    story = Story(recipe.look)
    title = BUILDERS[(plan.kind, plan.variant)](story, ctx, recipe, material)
    first = "two" if recipe.layout == "two_column" and not story.switches_template else "one"
    page_count = render(story, out_dir / plan.file, first_template=first, title=title)
    notes = f"deliberate: {', '.join(plan.deliberate)}" if plan.deliberate else None
    truth = document_record(
        file=plan.file,
        kind=plan.kind,
        language="en",
        layout=recipe.layout,
        page_count=page_count,
        facts=story.facts,
        notes=notes,
    )
    return Rendered(truth, story.facts)
