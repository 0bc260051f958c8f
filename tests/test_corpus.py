"""The generated corpus and the demo samples: deterministic, self-consistent, and truthful."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException
from stdnum.cn import uscc
from stdnum.eu import vat
from stdnum.us import ein

from schemas.disclosure import FIGURE_NAMES, ROLES, UNITLESS_FIGURES
from tests.corpus import money, obligations, phrases, registry
from tests.corpus.audit import Printed, failed_rules
from tests.corpus.bad_inputs import DUPLICATE_NAME, DUPLICATE_SOURCE, NASTY_NAME, USER_PASSWORD
from tests.corpus.defects import RULE_IDS
from tests.corpus.documents import Rendered, write_document
from tests.corpus.generate import TRUTH_FILE, Slot, generate_corpus, plan_corpus, render_slot
from tests.corpus.samples import DEFAULT_OUT_DIR as SAMPLES_DIR
from tests.corpus.samples import build_samples

SEED = 7
N_DOCS = 40
CORPUS_FILES = [slot.plan.file for slot in plan_corpus(N_DOCS, SEED)]
ENGLISH_PLANS = [slot.plan for slot in plan_corpus(N_DOCS, SEED) if not slot.chinese]
# The floors' corpus and another seed, where the defects fall on other documents.
AUDITED_SLOTS = plan_corpus(N_DOCS, SEED) + plan_corpus(N_DOCS, 2)
DEFECT_SLOTS = [slot for slot in AUDITED_SLOTS if slot.plan.defect]


def uscc_valid(number: str) -> bool:
    """stdnum's check character; its format check wants eight digits first, but GB 32100
    heads may be letters (N1 farmers' cooperatives, Y1 other entities)."""
    return len(number) == 18 and number[-1] == uscc.calc_check_digit(number)


STDNUM_CHECKS = {"us_ein": ein.is_valid, "cn_uscc": uscc_valid, "eu_vat": vat.is_valid}
TRUTH_KEYS = {
    "file",
    "doc_kind",
    "language",
    "reject",
    "page_count",
    "layout",
    "has_risk_section",
    "company",
    "people",
    "figures",
    "use_of_funds",
    "deadline",
    "defects",
    "defect_detail",
    "regime",
    "document_date",
    "notes",
}
REGIMES = {"us_reg_cf", "eu_ecsp", "cn_internet_finance", "other"}
CURRENCIES = {"USD", "EUR", "GBP", "CNY", "HKD", "INR"}
BAD_FILES = {
    "empty.pdf": "empty",
    "notes.pdf": "not_pdf",
    "corrupt.pdf": "corrupt",
    "encrypted.pdf": "encrypted",
    "scanned.pdf": "no_text_layer",
}
MONEY_TOLERANCE = 0.5


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate_corpus(out, n_docs=N_DOCS, seed=SEED)
    return out


@pytest.fixture(scope="module")
def truth(corpus_dir: Path) -> dict[str, dict]:
    records = json.loads((corpus_dir / TRUTH_FILE).read_text(encoding="utf-8"))
    return {record["file"]: record for record in records}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def page_texts(page: pdfplumber.page.Page) -> tuple[str, str]:
    """The page as extracted, and read column by column (left half, then right half)."""
    width, height = page.width, page.height
    left = page.crop((0, 0, width / 2, height)).extract_text()
    right = page.crop((width / 2, 0, width, height)).extract_text()
    return squash(page.extract_text()), squash(left + right)


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    generate_corpus(first, n_docs=6, seed=3)
    generate_corpus(second, n_docs=6, seed=3)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert [sha256(first / n) for n in names] == [sha256(second / n) for n in names]


def test_corpus_covers_every_kind_and_bad_input(truth: dict[str, dict]) -> None:
    good = [t for t in truth.values() if t["reject"] is None]
    assert len(good) >= N_DOCS
    assert {t["doc_kind"] for t in good} == {
        "business_plan",
        "offering",
        "financial_statement",
        "other",
    }
    assert {t["language"] for t in good} == {"en", "zh"}
    assert {t["layout"] for t in good} == {"one_column", "two_column"}
    assert {t["reject"] for t in truth.values()} >= set(BAD_FILES.values())
    assert 120 <= sum(t["page_count"] for t in good) <= 230


@pytest.mark.parametrize("file", CORPUS_FILES)
def test_truth_record_is_well_formed(truth: dict[str, dict], file: str) -> None:
    record = truth[file]
    assert set(record) == TRUTH_KEYS
    assert 1 <= record["page_count"] <= 8
    assert {p["role"] for p in record["people"]} <= set(ROLES)
    for figure in record["figures"]:
        assert figure["name"] in FIGURE_NAMES
        assert 1 <= figure["page_no"] <= record["page_count"]
        unitless = figure["name"] in UNITLESS_FIGURES
        assert (figure["currency"] is None) if unitless else figure["currency"] in CURRENCIES
    for line in record["use_of_funds"]:
        assert 1 <= line["page_no"] <= record["page_count"]
    assert record["regime"] in REGIMES
    assert set(record["defects"]) <= set(RULE_IDS) and len(record["defects"]) <= 1
    assert (record["defect_detail"] is None) is (not record["defects"])


@pytest.mark.parametrize("file", [f for f in CORPUS_FILES if f.startswith("fs_")])
def test_balance_sheets_balance_unless_broken_on_purpose(truth: dict[str, dict], file: str) -> None:
    by_year: dict[int, dict[str, float]] = {}
    for figure in truth[file]["figures"]:
        if figure["fiscal_year"] is not None:
            by_year.setdefault(figure["fiscal_year"], {})[figure["name"]] = figure["value"]
    assert len(by_year) >= 2
    off = [
        year
        for year, lines in by_year.items()
        if abs(lines["total_assets"] - lines["total_liabilities"] - lines["total_equity"])
        > MONEY_TOLERANCE
    ]
    assert len(off) == ("balance_sheet_mismatch" in truth[file]["defects"])


@pytest.mark.parametrize("file", [f for f in CORPUS_FILES if f[:3] in ("bp_", "of_", "zh_")])
def test_use_of_funds_adds_up_unless_broken_on_purpose(truth: dict[str, dict], file: str) -> None:
    record = truth[file]
    targets = [f["value"] for f in record["figures"] if f["name"] == "funding_target"]
    if not targets or not record["use_of_funds"]:
        assert record["defects"] == ["missing_required_disclosure"]
        return
    spent = sum(
        line["amount"] if line["amount"] is not None else targets[0] * line["pct"] / 100
        for line in record["use_of_funds"]
    )
    broken = "use_of_funds_sum_mismatch" in record["defects"]
    assert (abs(spent - targets[0]) > MONEY_TOLERANCE) is broken


def unprinted_facts(rendered: Rendered, path: Path) -> list[tuple[str, str, int | None]]:
    """Facts whose printed text is not on the page the truth gives."""
    with pdfplumber.open(path) as pdf:
        pages = [page_texts(page) for page in pdf.pages]
    return [
        (fact.kind, fact.token, fact.page_no)
        for fact in rendered.facts
        if fact.token
        and not any(squash(fact.token) in text for text in pages[(fact.page_no or 1) - 1])
    ]


@pytest.mark.parametrize("plan", ENGLISH_PLANS[::3], ids=lambda plan: plan.file)
def test_every_fact_is_printed_on_its_page(tmp_path: Path, plan) -> None:
    rendered = write_document(plan, tmp_path)
    assert not unprinted_facts(rendered, tmp_path / plan.file)


@pytest.mark.parametrize("slot", AUDITED_SLOTS, ids=lambda slot: f"{slot.plan.seed}")
def test_a_document_fails_exactly_the_rules_its_truth_lists(tmp_path: Path, slot: Slot) -> None:
    """Consistent documents pass every issue-7 rule; a broken one fails only its own."""
    rendered = render_slot(slot, tmp_path)
    truth = rendered.truth
    date = truth["document_date"]
    printed = Printed(
        kind=truth["doc_kind"],
        regime=truth["regime"],
        document_date=dt.date.fromisoformat(date) if date else None,
        facts=rendered.facts,
    )
    assert set(failed_rules(printed)) == set(truth["defects"])
    if date:  # the date the deadline is checked against is printed on the first page
        with pdfplumber.open(tmp_path / slot.plan.file) as pdf:
            first = squash(pdf.pages[0].extract_text())
        day = dt.date.fromisoformat(date)
        assert any(squash(money.format_date(day, style)) in first for style in money.DATE_STYLES)


def page_lines(path: Path) -> tuple[list[str], str]:
    """Every line as printed and as read column by column, and the whole text squashed."""
    lines, whole = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            width, height = page.width, page.height
            for crop in (
                page,
                page.crop((0, 0, width / 2, height)),
                page.crop((width / 2, 0, width, height)),
            ):
                lines += (crop.extract_text() or "").splitlines()
            whole.append(page.extract_text() or "")
    return [line.strip() for line in lines], squash("".join(whole)).lower()


def absent(path: Path, *, headings: tuple[str, ...], said: tuple[str, ...] = ()) -> bool:
    """No line starts with one of `headings` and none of the phrases `said` is printed."""
    lines, whole = page_lines(path)
    starts = [line for line in lines if line.startswith(headings)]
    found = [phrase for phrase in said if squash(phrase).lower() in whole]
    return not starts and not found


EXCESS_PHRASES = tuple(line.split("{a}")[0] for line in obligations.EXCESS_LINES)
DEADLINE_PHRASES = tuple(line.split("{deadline}")[0] for line in phrases.PROSE_DEADLINE)
MISSING_ITEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "no use of funds": (phrases.HEADINGS["funds"], ()),
    "no financial information": (obligations.FINANCIAL_HEADINGS, ()),
    "no management (officers and directors)": (phrases.HEADINGS["team"], ()),
    "no offering deadline": (phrases.TERM_LABELS["deadline"], DEADLINE_PHRASES),
    "no funding target": (phrases.TERM_LABELS["funding_target"], ()),
    "no custodian bank": ((), ("custodian",)),
}


@pytest.mark.parametrize(
    "slot", DEFECT_SLOTS, ids=lambda slot: f"{slot.plan.seed}:{slot.plan.defect}"
)
def test_an_injected_defect_is_printed(tmp_path: Path, slot: Slot) -> None:
    """What makes the rule fail is on the page (or, for an omission, nowhere in the file)."""
    rendered = render_slot(slot, tmp_path)
    truth, path = rendered.truth, tmp_path / slot.plan.file
    assert not unprinted_facts(rendered, path)
    defect, detail = slot.plan.defect, truth["defect_detail"]
    _, whole = page_lines(path)
    if defect == "registration_id_invalid":
        assert squash(truth["company"]["registration_id"]).lower() in whole
    elif defect == "missing_risk_factors":
        assert absent(path, headings=phrases.HEADINGS["risks"]) and not truth["has_risk_section"]
    elif defect == "missing_required_disclosure":
        headings, said = MISSING_ITEMS[detail]
        assert absent(path, headings=headings, said=said)
    elif defect == "oversubscription_use_missing":
        assert absent(path, headings=obligations.EXCESS_HEADINGS, said=EXCESS_PHRASES)
    elif defect == "assurance_level_insufficient":
        assert detail.split()[0] in whole


@pytest.mark.parametrize("file", CORPUS_FILES)
def test_registration_ids_pass_their_check_unless_broken(truth: dict[str, dict], file: str) -> None:
    """Checked with python-stdnum, not with the generator's own check digits."""
    company, defects = truth[file]["company"], truth[file]["defects"]
    checker = STDNUM_CHECKS.get(company["registration_kind"])
    if checker is None:
        assert "registration_id_invalid" not in defects
        return
    assert checker(company["registration_id"]) is ("registration_id_invalid" not in defects)


@pytest.mark.parametrize(("file", "reason"), BAD_FILES.items())
def test_bad_file_fails_as_labelled(
    corpus_dir: Path, truth: dict[str, dict], file: str, reason: str
) -> None:
    path = corpus_dir / file
    assert truth[file]["reject"] == reason
    if reason == "no_text_layer":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth[file]["page_count"]
            assert all(
                page.images and not (page.extract_text() or "").strip() for page in pdf.pages
            )
        return
    with pytest.raises(PdfminerException) as raised, pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_text()
    data = path.read_bytes()
    if reason == "empty":
        assert data == b""
    elif reason == "not_pdf":
        assert data and not data.startswith(b"%PDF")
    elif reason == "corrupt":
        assert data.startswith(b"%PDF") and b"%%EOF" not in data
    else:
        assert isinstance(raised.value.args[0], PDFPasswordIncorrect)


def test_encrypted_file_opens_with_its_password(corpus_dir: Path) -> None:
    with pdfplumber.open(corpus_dir / "encrypted.pdf", password=USER_PASSWORD) as pdf:
        assert "BUSINESS PLAN" in pdf.pages[0].extract_text()


def test_awkward_names_hold_normal_documents(corpus_dir: Path, truth: dict[str, dict]) -> None:
    assert truth[NASTY_NAME]["page_count"] == 1
    with pdfplumber.open(corpus_dir / NASTY_NAME) as pdf:
        assert "Lumière" in pdf.pages[0].extract_text()
    assert sha256(corpus_dir / DUPLICATE_NAME) == sha256(corpus_dir / DUPLICATE_SOURCE)
    duplicate = truth[DUPLICATE_NAME]
    assert duplicate.pop("duplicate_of") == DUPLICATE_SOURCE
    assert duplicate == {**truth[DUPLICATE_SOURCE], "file": DUPLICATE_NAME}


@pytest.mark.parametrize(
    ("value", "currency", "style", "printed"),
    [
        (1_500_000, "USD", "symbol_compact", "$1.5m"),
        (250_000, "USD", "us_symbol", "US$ 250,000"),
        (3_200_000, "CNY", "word_million", "RMB 3.2 million"),
        (1_250_000, "EUR", "european_suffix", "1.250.000 €"),
        (2_400_000, "EUR", "european_compact", "€ 2,4m"),
        (750_000, "GBP", "symbol_compact", "£750k"),
        (557_000, "INR", "indian_symbol", "Rs. 5,57,000.00"),
        (1_512_300, "USD", "symbol_compact", "USD 1,512,300"),
    ],
)
def test_money_is_printed_exactly(value: float, currency: str, style: str, printed: str) -> None:
    assert money.format_money(value, currency, style) == printed


@pytest.mark.parametrize(
    ("number", "check"),
    [
        ("91110000600037341", "L"),  # a published, valid USCC
        ("91330106MA2B1C2D3", registry.uscc_check_char("91330106MA2B1C2D3")),
    ],
)
def test_uscc_check_character(number: str, check: str) -> None:
    assert registry.uscc_check_char(number) == check


@pytest.mark.parametrize(
    ("maker", "valid_example"),
    [
        (registry.mod_11_10_check_digit, "136695976"),  # DE136695976
        (registry.luhn_check_digit, "303265045"),  # SIREN inside FR40303265045
    ],
)
def test_vat_check_digits_match_published_numbers(maker, valid_example: str) -> None:
    assert maker(valid_example[:-1]) == valid_example[-1]


def test_samples_are_committed_and_match_truth() -> None:
    records = json.loads((SAMPLES_DIR / TRUTH_FILE).read_text(encoding="utf-8"))
    pdfs = sorted(p.name for p in SAMPLES_DIR.glob("*.pdf"))
    assert len(pdfs) >= 6
    assert sorted(r["file"] for r in records) == pdfs
    for record in records:
        with pdfplumber.open(SAMPLES_DIR / record["file"]) as pdf:
            assert len(pdf.pages) == record["page_count"]


def test_samples_regenerate_byte_for_byte(tmp_path: Path) -> None:
    build_samples(tmp_path)
    committed = {p.name: sha256(p) for p in SAMPLES_DIR.iterdir()}
    assert {p.name: sha256(p) for p in tmp_path.iterdir()} == committed


def test_chinese_sample_text_survives_extraction() -> None:
    records = json.loads((SAMPLES_DIR / TRUTH_FILE).read_text(encoding="utf-8"))
    record = next(r for r in records if r["language"] == "zh")
    with pdfplumber.open(SAMPLES_DIR / record["file"]) as pdf:
        text = pdf.pages[0].extract_text()
    assert "商业计划书" in text
    assert record["company"]["company_name"] in text
    assert record["company"]["registration_id"] in text
