"""The per-document time budget: a worker process that is stopped when the budget runs out.

The functions the workers run are defined here at module level: a spawned worker imports them
by name.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import budget
from schemas import ParsedPdf, Settings
from schemas.errors import CorruptPdf, NoTextLayer, ParseTimeout

GENEROUS = 120.0  # a fresh worker imports this module (and spaCy) before it runs anything
ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "flows" / "samples"
PROCESS_TIMEOUT = 600
EXTRACT_IN_A_WORKER = """
import sys
from flows import budget
from schemas import Page, ParsedPdf, Settings
page = Page(page_no=1, width=595.0, height=842.0, text="Harbour Example Ltd is raising £250,000.")
pdf = ParsedPdf(doc_id="0" * 64, file_name="plan.pdf", page_count=1, pages=[page])
disclosure = budget.extract_within_budget(pdf, settings=Settings(workers=1))
print(disclosure.offering.funding_target, "spacy" in sys.modules)
"""


def add(a: int, b: int) -> int:
    return a + b


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def raise_no_text_layer(file_name: str) -> None:
    raise NoTextLayer("0 characters of text", file_name=file_name)


def raise_bug() -> None:
    raise KeyError("a bug in the parser")


def die(code: int) -> None:
    os._exit(code)


@pytest.fixture
def warm():
    """Wait until a worker has imported this module, so its import is not timed."""
    assert (
        budget.call_within_budget(
            add, budget=GENEROUS, file_name="warm-up", kwargs={"a": 1, "b": 1}
        )
        == 2
    )


def test_a_call_within_budget_returns_its_value(warm):
    result = budget.call_within_budget(add, budget=GENEROUS, file_name="x", kwargs={"a": 2, "b": 3})
    assert result == 5


@pytest.mark.slow
def test_over_budget_is_a_timeout_naming_the_file_and_the_pool_goes_on(warm):
    started = time.monotonic()
    with pytest.raises(ParseTimeout, match=r"slow plan\.pdf: .*0\.5 s budget") as raised:
        budget.call_within_budget(
            sleep_for, budget=0.5, file_name="slow plan.pdf", kwargs={"seconds": 60}
        )
    assert time.monotonic() - started < 30
    assert raised.value.reason == "timeout"
    assert raised.value.file_name == "slow plan.pdf"
    # The stopped worker is replaced: the pool still answers.
    assert (
        budget.call_within_budget(add, budget=GENEROUS, file_name="x", kwargs={"a": 1, "b": 2}) == 3
    )


def test_bad_input_in_the_worker_re_raises_as_itself(warm):
    with pytest.raises(NoTextLayer) as raised:
        budget.call_within_budget(
            raise_no_text_layer,
            budget=GENEROUS,
            file_name="scan.pdf",
            kwargs={"file_name": "scan 1.pdf"},
        )
    assert raised.value.reason == "no_text_layer"
    assert raised.value.file_name == "scan 1.pdf"
    assert str(raised.value) == "scan 1.pdf: 0 characters of text"


def test_any_other_exception_in_the_worker_is_a_bug_and_propagates(warm):
    with pytest.raises(KeyError, match="a bug in the parser"):
        budget.call_within_budget(raise_bug, budget=GENEROUS, file_name="x")


@pytest.mark.slow
def test_a_worker_that_dies_is_a_corrupt_pdf_with_its_exit_code(warm):
    with pytest.raises(CorruptPdf, match=r"crash\.pdf: .*exit code 3"):
        budget.call_within_budget(die, budget=GENEROUS, file_name="crash.pdf", kwargs={"code": 3})
    assert (
        budget.call_within_budget(add, budget=GENEROUS, file_name="x", kwargs={"a": 2, "b": 2}) == 4
    )


def test_read_pdf_within_budget_parses_a_real_pdf():
    sample = min(SAMPLES.glob("*.pdf"))
    data = sample.read_bytes()
    settings = Settings(timeout_seconds=GENEROUS)
    pdf = budget.read_pdf_within_budget(
        data, doc_id="0" * 64, file_name=sample.name, settings=settings
    )
    assert isinstance(pdf, ParsedPdf)
    assert pdf.file_name == sample.name
    assert pdf.page_count >= 1


def test_a_pool_starts_its_workers_when_it_is_created():
    # pebble starts them on the first task: a one-file ingest's parse waited for spaCy to load
    budget.shutdown()
    before = len(multiprocessing.active_children())
    try:
        budget.pool(workers=1)
        assert len(multiprocessing.active_children()) == before + 1
    finally:
        budget.shutdown()


@pytest.mark.slow
def test_the_flows_process_has_a_worker_extract_without_importing_spacy():
    # The flow's process only pickles a reference to what the worker runs: naming
    # `extractors.extract_disclosure` imported spaCy and every extractor there (~3 s).
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT_IN_A_WORKER],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=PROCESS_TIMEOUT,
    )
    assert done.stdout.split() == ["250000.0", "False"]
