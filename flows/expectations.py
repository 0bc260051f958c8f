"""The Great Expectations stage: a run's loaded documents checked in batch, once per run.

    warehouse.read_batches ──► GX suites (pandas datasource) ──► findings per document
        ──► warehouse.store_expectation_findings ──► Data Docs beside the published file

It runs in the flow's thread after the stores, never in a parser worker nor per page. GX is
imported on first use (~3 s) and its ephemeral context, holding every suite and its validation
definition, is built once per process (`gx_validations`): by `prepare_validations` in a
background thread as soon as a run knows it has documents to process, so the import overlaps
their parsing instead of delaying the run's end. A run that stores no document never imports it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

import warehouse
from flows.datadocs import datadocs_folder, publish_datadocs
from schemas import Finding, Settings
from schemas.expectations import (
    ExpectationReport,
    Suite,
    findings_from_results,
    suite_parameters,
    suites,
)
from warehouse.batches import ROW_NO

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.core import ExpectationSuiteValidationResult, ValidationDefinition
    from great_expectations.data_context import AbstractDataContext

DATASOURCE = "warehouse"
BATCH_DEFINITION = "run"
RESULT_FORMAT = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["file_name", ROW_NO],
}
"""Every unexpected row, named by its document's file (the Data Docs show it) and row_no."""

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Validations:
    """The process's GX context and a validation definition per suite."""

    context: AbstractDataContext
    suites: dict[str, Suite]
    definitions: dict[str, ValidationDefinition]


GX_LOCK = threading.RLock()


@functools.cache
def gx_validations() -> Validations:
    """Build, once per process, the ephemeral GX context with every suite (hold `GX_LOCK`)."""
    # Imported here: GX takes ~3 s to import, and only this stage needs it.
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    from schemas.expectations.build import expectation_suite

    # Every ephemeral context logs, at INFO, the temporary folder of a docs site it never uses.
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # no tqdm on stderr
    source = context.data_sources.add_pandas(DATASOURCE)
    definitions = {}
    for suite in suites():
        batch = source.add_dataframe_asset(suite.name).add_batch_definition_whole_dataframe(
            BATCH_DEFINITION
        )
        built = context.suites.add(expectation_suite(suite))
        definitions[suite.name] = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite.name, data=batch, suite=built)
        )
    return Validations(context, {suite.name: suite for suite in suites()}, definitions)


def prepare_validations() -> threading.Thread:
    """Build the process's GX context in a background thread (a no-op once built); the
    validation waits for it on `GX_LOCK`."""

    def build() -> None:
        with GX_LOCK:
            gx_validations()

    thread = threading.Thread(target=build, name="gx-prepare", daemon=True)
    thread.start()
    return thread


def run_suites(
    batches: Mapping[str, pd.DataFrame], *, settings: Settings, run_time: dt.datetime
) -> dict[str, ExpectationSuiteValidationResult]:
    """Each suite's GX result over its batch, stored in the context under `run_time`."""
    from great_expectations.core.run_identifier import RunIdentifier

    validations = gx_validations()
    documents = batches["documents"]
    run_id = RunIdentifier(run_name=f"{len(documents)}-documents", run_time=run_time)
    parameters = suite_parameters(balance_tolerance=settings.balance_tolerance)
    return {
        name: definition.run(
            batch_parameters={"dataframe": batches[name]},
            expectation_parameters=parameters,
            result_format=RESULT_FORMAT,
            run_id=run_id,
        )
        for name, definition in validations.definitions.items()
    }


def validate_documents(
    work: Path, doc_ids: Sequence[str], *, settings: Settings, datadocs: bool = True
) -> ExpectationReport:
    """Check the loaded documents among `doc_ids` with every suite; replace their expectation
    findings in the working database `work`; build the Data Docs beside `settings.db`."""
    with warehouse.connect(work) as con:
        batches = warehouse.read_batches(con, doc_ids)
    loaded = batches["documents"]["doc_id"].tolist()
    if not loaded:
        return ExpectationReport()
    with GX_LOCK:  # one GX context per process: runs in two threads take turns
        validations = gx_validations()
        run_time = dt.datetime.now(dt.UTC)
        results = run_suites(batches, settings=settings, run_time=run_time)
        kept = take_results(validations.context, run_time=run_time)
        index = None
        if datadocs:
            folder = datadocs_folder(settings.db)
            index = publish_datadocs(
                validations.context, kept, folder, keep_runs=settings.datadocs_runs
            )
    findings = findings_from_results(
        (validations.suites[name], result.to_json_dict(), batches[name])
        for name, result in results.items()
    )
    with warehouse.connect(work) as con:
        changed = warehouse.store_expectation_findings(con, loaded, findings)
    return _report(loaded, results, findings, changed=changed, index=index)


def take_results(context: AbstractDataContext, *, run_time: dt.datetime) -> dict[Any, Any]:
    """Remove the results of the run at `run_time` from the context's in-memory store (a
    long-lived process would keep every run's otherwise), keyed by their identifiers."""
    from great_expectations.data_context.types.resource_identifiers import (
        ValidationResultIdentifier,
    )

    store = context.validation_results_store
    keys = [
        key
        for key in store.list_keys()
        if isinstance(key, ValidationResultIdentifier) and key.run_id.run_time == run_time
    ]
    results = {key: store.get(key) for key in keys}
    for key in keys:
        store.remove_key(key)
    return results


@task(name="expectations", cache_policy=NO_CACHE)
def validate_batch(work: Path, doc_ids: list[str], *, settings: Settings) -> ExpectationReport:
    """The Great Expectations suites over this run's loaded documents, with their Data Docs."""
    report = validate_documents(work, doc_ids, settings=settings)
    get_run_logger().info(
        "Great Expectations: %d document(s), %d failed finding(s) in %d document(s); Data Docs: %s",
        report.documents,
        report.failed_findings,
        report.failed_documents,
        report.datadocs or "not built",
    )
    return report


def _report(
    loaded: Sequence[str],
    results: Mapping[str, ExpectationSuiteValidationResult],
    findings: Mapping[str, Sequence[Finding]],
    *,
    changed: Sequence[str],
    index: Path | None,
) -> ExpectationReport:
    statistics = [result.statistics for result in results.values()]
    failed = [finding for rows in findings.values() for finding in rows if finding.passed is False]
    return ExpectationReport(
        documents=len(loaded),
        expectations=sum(int(s["evaluated_expectations"]) for s in statistics),
        failed_expectations=sum(int(s["unsuccessful_expectations"]) for s in statistics),
        failed_documents=len(
            {
                doc_id
                for doc_id, rows in findings.items()
                if any(finding.passed is False for finding in rows)
            }
        ),
        findings=sum(len(rows) for rows in findings.values()),
        failed_findings=len(failed),
        changed_documents=len(changed),
        datadocs=None if index is None else str(index),
        failed_rules={
            doc_id: rules
            for doc_id, rows in findings.items()
            if (rules := sorted({finding.rule_id for finding in rows if finding.passed is False}))
        },
    )
