"""Each package's front door: a few verbs in `__all__`, guarded so they change on purpose."""

from __future__ import annotations

import importlib

import pytest

FRONT_DOORS = {
    "flows": ["find_candidates", "process_file", "run_ingest"],
    "extractors": ["check_bytes", "count_pages", "extract_disclosure", "load_nlp", "read_pdf"],
    "warehouse": [
        "check_copies",
        "connect",
        "copy_report",
        "find_copies",
        "find_documents",
        "known_documents",
        "mark_unpublished",
        "query",
        "read_batches",
        "recheck_copies",
        "record_duplicate",
        "record_rejection",
        "record_repeat",
        "request_retry",
        "retry_requested",
        "store_expectation_findings",
        "stored_receipts",
        "upsert_disclosure",
        "writer",
    ],
}


@pytest.mark.parametrize(("package", "exported"), FRONT_DOORS.items())
def test_front_door_exports_exactly_these(package: str, exported: list[str]) -> None:
    module = importlib.import_module(package)
    assert sorted(module.__all__) == exported
    assert all(callable(getattr(module, name)) for name in exported)


def test_schemas_export_models_not_behaviour() -> None:
    import schemas

    assert {"Disclosure", "Figure", "ParsedPdf", "Settings", "BadInputError"} <= set(
        schemas.__all__
    )
    assert all(hasattr(schemas, name) for name in schemas.__all__)
