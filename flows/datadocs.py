"""Great Expectations Data Docs beside the published warehouse, readable offline.

    <folder>/disclosure.duckdb
    <folder>/disclosure.duckdb.datadocs/index.html          open this: every kept run
    <folder>/disclosure.duckdb.datadocs/results/            each run's GX results (JSON)
    <folder>/disclosure.duckdb.datadocs/static/vendor/      Bootstrap, jQuery, Vega, ... (local)

GX's pages load their styles and scripts from CDNs, so offline they open unstyled with empty
tables. The site therefore gets the copies vendored in `flows/vendor/` (`datadocs.json` maps
each CDN address to its file), and every page GX writes is rewritten to load them. Each run's
results are kept as JSON in the site, so the index lists the last `keep_runs` runs of every
process that wrote to this warehouse; older runs' results and pages are removed.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from great_expectations.data_context import AbstractDataContext
    from great_expectations.data_context.store import ValidationResultsStore
    from great_expectations.data_context.types.resource_identifiers import (
        ValidationResultIdentifier,
    )

DATADOCS_SUFFIX = ".datadocs"
RESULTS = "results"
VENDOR = "vendor"
MANIFEST = "datadocs.json"
DEFAULT_KEEP_RUNS = 30
# Subresource integrity hashes name the CDN's bytes and `crossorigin` makes a file:// page
# fetch its scripts with CORS, which browsers refuse for local files: both go with the CDN.
CDN_ONLY_ATTRIBUTE = re.compile(r'\s(?:integrity|crossorigin)="[^"]*"')
# GX's favicon link on a validation page climbs one folder too few (GX 1.24 counts 3 levels,
# its pages are 4 deep): every link into the site's static/ folder is made relative again.
STATIC_LINK = re.compile(r'(?P<attribute>(?:src|href)=")(?:\.{1,2}/)*static/(?P<path>[^"]*)"')
REMOTE_LOAD = re.compile(
    r"""<(?:script|link|img)\b[^>]*?\s(?:src|href)=["']?(https?:)?//|url\(\s*["']?(https?:)?//"""
)
"""A page loading anything from the network: a script, stylesheet, image or CSS url()."""

logger = logging.getLogger(__name__)


def datadocs_folder(db: Path) -> Path:
    """Where the Data Docs of the warehouse published as `db` live."""
    return db.with_name(f"{db.name}{DATADOCS_SUFFIX}")


def publish_datadocs(
    context: AbstractDataContext,
    results: Mapping[ValidationResultIdentifier, Any],
    folder: Path,
    *,
    keep_runs: int = DEFAULT_KEEP_RUNS,
) -> Path:
    """Keep `results` (one run's) in the site at `folder`, drop runs beyond the newest
    `keep_runs`, and build the site's pages for offline reading; returns its index page."""
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
    )

    folder.mkdir(parents=True, exist_ok=True)
    store = _results_store(context, folder)
    for key, result in results.items():
        store.set(key, result)
    _prune(store, folder, keep_runs=keep_runs)
    site = _site(context, folder)
    suites = {key.expectation_suite_identifier.name for key in results}
    # GX builds a mixed list (its type hint says otherwise): the run's pages and its suites'.
    built: list[Any] = [*results, *(ExpectationSuiteIdentifier(name=name) for name in suites)]
    context.build_data_docs(site_names=[site], resource_identifiers=built)
    copy_vendor(folder / "static" / VENDOR)
    index = folder / "index.html"
    written = [index, *(folder / "expectations" / f"{name}.html" for name in suites)]
    for page in [*written, *(validation_page(folder, key) for key in results)]:
        localise(page, folder)
    return index


def validation_page(folder: Path, key: ValidationResultIdentifier) -> Path:
    """The page of one suite's result in a run: validations/SUITE/RUN/TIME/BATCH.html."""
    *parts, batch = key.to_tuple()
    return folder.joinpath("validations", *parts, f"{batch}.html")


def localise(page: Path, site: Path) -> None:
    """Rewrite a page of the site at `site` to load the vendored copies, not the CDNs'."""
    text = page.read_text(encoding="utf-8")
    for url, local in cdn_files().items():
        if url in text:
            text = text.replace(url, Path(os.path.relpath(site / local, page.parent)).as_posix())
    text = CDN_ONLY_ATTRIBUTE.sub("", text)
    static = Path(os.path.relpath(site / "static", page.parent)).as_posix()
    text = STATIC_LINK.sub(rf'\g<attribute>{static}/\g<path>"', text)
    page.write_text(text, encoding="utf-8")
    if REMOTE_LOAD.search(text):
        logger.warning("%s still loads from the network: a CDN missing in %s", page, MANIFEST)


def remote_loads(text: str) -> list[str]:
    """What a page would fetch from the network (empty for a page that opens offline)."""
    return [match.group(0) for match in REMOTE_LOAD.finditer(text)]


@functools.cache
def cdn_files() -> Mapping[str, str]:
    """Each CDN address the GX templates load, and the site file that replaces it."""
    manifest = json.loads(_vendored().joinpath(MANIFEST).read_text(encoding="utf-8"))
    return MappingProxyType(dict(manifest["urls"]))


def copy_vendor(target: Path) -> None:
    """Copy the vendored files to `target` (in the site), skipping those already there."""
    source = Path(str(_vendored()))
    for path in source.rglob("*"):
        if not path.is_file() or path.name == MANIFEST:
            continue
        copy = target / path.relative_to(source)
        if copy.exists() and copy.stat().st_size == path.stat().st_size:
            continue
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)


def _vendored() -> Any:
    return resources.files("flows").joinpath(VENDOR)


def _results_store(context: AbstractDataContext, folder: Path) -> ValidationResultsStore:
    """The store of the results kept in the site at `folder`; added once per process."""
    name = _name("results", folder)
    if name not in context.stores:
        context.add_store(
            name,
            {
                "class_name": "ValidationResultsStore",
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(folder / RESULTS),
                },
            },
        )
    store: ValidationResultsStore = context.stores[name]
    return store


def _site(context: AbstractDataContext, folder: Path) -> str:
    """The Data Docs site written to `folder`, reading the results kept there."""
    # The index page shows the site's name: the warehouse's file name, made unique per folder.
    db_name = folder.name.removesuffix(DATADOCS_SUFFIX)
    name = f"{db_name} ({_name('site', folder)[-8:]})"
    if name not in (context.variables.data_docs_sites or {}):
        # More keys than GX's TypedDict declares, all of which its SiteBuilder takes.
        config: Any = {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(folder),
            },
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "site_section_builders": {
                "validations": {"source_store_name": _name("results", folder)},
                "profiling": {"source_store_name": _name("results", folder)},
            },
        }
        context.add_data_docs_site(name, config)
    return name


def _prune(store: ValidationResultsStore, folder: Path, *, keep_runs: int) -> None:
    """Remove the results and pages of every run but the newest `keep_runs`."""
    from great_expectations.data_context.types.resource_identifiers import (
        ValidationResultIdentifier,
    )

    keys = [key for key in store.list_keys() if isinstance(key, ValidationResultIdentifier)]
    runs = sorted({_run_time(key) for key in keys}, reverse=True)
    dropped = set(runs[keep_runs:])
    for key in keys:
        if _run_time(key) not in dropped:
            continue
        store.remove_key(key)
        page = validation_page(folder, key)
        page.unlink(missing_ok=True)
        _remove_empty(page.parent, stop=folder)


def _run_time(key: ValidationResultIdentifier) -> dt.datetime:
    run_time: dt.datetime = key.run_id.run_time
    return run_time


def _remove_empty(folder: Path, *, stop: Path) -> None:
    """Remove `folder` and its parents up to `stop` while they are empty."""
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _name(kind: str, folder: Path) -> str:
    """A GX store or site name for `folder`, unique per folder."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{kind}_{digest}"
