"""The per-document time budget: a worker process that is stopped when the budget runs out.

The functions the workers run are defined here at module level: a spawned worker imports them
by name.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from flows import budget
from schemas import ParsedPdf, Settings
from schemas.errors import CorruptPdf, NoTextLayer, ParseTimeout

GENEROUS = 120.0  # a fresh worker imports this module (and spaCy) before it runs anything
SAMPLES = Path(__file__).parent.parent / "flows" / "samples"


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
