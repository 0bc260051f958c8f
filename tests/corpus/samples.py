"""The bundled demo documents: seven small PDFs in flows/samples/ with their truth.json.

    python -m tests.corpus.samples [OUT_DIR]

Each sample fixes the choices that make it a distinct case (layout, currency, table rules,
how the terms and the use of funds are printed); everything else is drawn from its own seed,
so regenerating gives identical bytes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.corpus import issuers, registry
from tests.corpus.chinese import write_chinese_plan
from tests.corpus.documents import DocPlan, write_document
from tests.corpus.recipes import pick_recipe
from tests.corpus.statements import StatementStyle

DEFAULT_OUT_DIR = Path(__file__).resolve().parents[2] / "flows" / "samples"
TRUTH_FILE = "truth.json"
MAX_SAMPLE_PAGES = 4
MAX_SAMPLE_BYTES = 60_000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sample:
    """One demo document: who wrote it and the choices that make it its own case."""

    file: str
    kind: str
    word: str
    country: str
    sector: str
    choices: dict[str, Any] = field(default_factory=dict)
    variant: str = ""
    uscc_head: str | None = None


BUSINESS_PLAN = {"cover_page": False, "size": "medium", "risk": True}
SAMPLES = (
    Sample(
        "northwind_solar_business_plan.pdf",
        "business_plan",
        "Northwind",
        "US",
        "energy",
        {
            **BUSINESS_PLAN,
            "layout": "one_column",
            "money_styles": ("symbol", "symbol_compact"),
            "funds_style": "table",
            "funds_rules": "grid",
            "terms_style": "keyvalue",
            "team_style": "comma",
            "history": "table",
        },
    ),
    Sample(
        "kestrel_mobility_business_plan.pdf",
        "business_plan",
        "Kestrel",
        "DE",
        "mobility",
        {
            **BUSINESS_PLAN,
            "layout": "two_column",
            "money_styles": ("european_suffix", "european_code"),
            "date_style": "dots",
            "funds_style": "bullets",
            "bullet": "dot",
            "terms_style": "prose",
            "team_style": "prose",
            "history": None,
        },
    ),
    Sample(
        "harbour_lane_brewing_offer.pdf",
        "offering",
        "Harbour Lane",
        "GB",
        "brewing",
        {
            "layout": "one_column",
            "size": "short",
            "cover_page": False,
            "money_styles": ("symbol", "code_million"),
            "terms_style": "table",
            "terms_rules": "grid",
            "funds_style": "table",
            "funds_rules": "rules",
            "team_style": "table",
            "risk": True,
        },
    ),
    Sample(
        "guangzhou_lingxi_offering_memorandum.pdf",
        "offering",
        "Lingxi",
        "CN",
        "robotics",
        {
            "layout": "one_column",
            "size": "short",
            "cover_page": False,
            "money_styles": ("word_million", "code"),
            "terms_style": "keyvalue",
            "funds_style": "prose",
            "funds_prose": "both",
            "team_style": "colon",
            "company_sheet": True,
            "risk": True,
        },
        uscc_head="Y1",
    ),
    Sample(
        "bluefin_software_financial_statements_2023.pdf",
        "financial_statement",
        "Bluefin",
        "US",
        "software",
        {
            "statement": StatementStyle(
                rules=None, scale="thousands", negative="paren", year_label="FY{year}"
            ),
            "years": 2,
            "statements_same_page": True,
            "year_end_month": 12,
            "risk": False,
        },
    ),
    Sample(
        "meridian_water_annual_accounts_2023.pdf",
        "financial_statement",
        "Meridian",
        "NL",
        "water",
        {
            "statement": StatementStyle(
                rules="grid", scale="full", negative="minus", year_label="{year}", european=True
            ),
            "years": 2,
            "statements_same_page": True,
            "year_end_month": 12,
            "risk": False,
        },
    ),
    Sample(
        "xingchen_energy_business_plan_zh.pdf",
        "business_plan",
        "Xingchen",
        "CN",
        "energy",
        variant="zh",
    ),
)


def _issuer(sample: Sample, rng: random.Random) -> issuers.Issuer:
    issuer = issuers.make_issuer(
        rng, word=sample.word, country_code=sample.country, valid_id=True, sector_key=sample.sector
    )
    if sample.uscc_head:
        reg = registry.uscc(rng, valid=True, division=issuer.city.division, head=sample.uscc_head)
        issuer = dataclasses.replace(issuer, registration=reg)
    return issuer


def write_sample(sample: Sample, out_dir: Path) -> dict[str, Any]:
    """Write one sample and return its truth record."""
    seed = f"sample:{sample.word}:{sample.kind}"
    if sample.variant == "zh":
        return write_chinese_plan(
            sample.file, out_dir, seed=seed, word=sample.word, sector_key=sample.sector
        )
    rng = random.Random(seed)
    issuer = _issuer(sample, rng)
    recipe = pick_recipe(rng, sample.kind, issuer)
    recipe = dataclasses.replace(recipe, **sample.choices)
    plan = DocPlan(sample.file, sample.kind, seed, sample.word, country=sample.country)
    return write_document(plan, out_dir, recipe=recipe, issuer=issuer).truth


def build_samples(out_dir: Path = DEFAULT_OUT_DIR) -> list[dict[str, Any]]:
    """Write every sample and truth.json into `out_dir`; each stays small and short."""
    out_dir.mkdir(parents=True, exist_ok=True)
    truth = [write_sample(sample, out_dir) for sample in SAMPLES]
    for record in truth:
        size = (out_dir / record["file"]).stat().st_size
        if record["page_count"] > MAX_SAMPLE_PAGES or size > MAX_SAMPLE_BYTES:
            raise AssertionError(f"{record['file']}: {record['page_count']} pages, {size} bytes")
    text = json.dumps(truth, indent=1, ensure_ascii=False)
    (out_dir / TRUTH_FILE).write_text(text + "\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT_DIR)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    truth = build_samples(args.out_dir)
    log.info("%d samples written to %s", len(truth), args.out_dir)


if __name__ == "__main__":
    main()
