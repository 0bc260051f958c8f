"""Check the hand-written ground truth in tests/realdocs/expected/*.json against the real PDFs.

Run from the repository root:

    # pypdfium2 text, pdfplumber as a second opinion:
    python tests/realdocs/verify_expected.py
    python tests/realdocs/verify_expected.py --backend pdfplumber

It does not use the project's extractors: it only re-reads the text layer of the page each
expected value points to and asserts that

* every line's ``printed`` string is on its ``page_no`` (1-based PDF page index), right after
  its ``label`` together with the other year columns of the same row, in column order
  (latest period first), whitespace-insensitively and allowing a ``$`` before each number;
* ``value`` equals ``printed`` parsed (parentheses / leading minus = negative, Indian or
  Western digit grouping) times the file's ``unit_multiplier``;
* ``fiscal_year`` is the year of ``period_end`` and (line_item, period_end, consolidated)
  is unique;
* ``page_no`` is one of the statement's ``pages`` and each statement title is on its first page;
* total assets = total liabilities + total equity (+ mezzanine lines where recorded) when a
  total-liabilities line is recorded;
* every distractor / trap / quarterly-table value is printed on the page given.

A check passes if it holds in the text of at least one backend (pypdfium2 first, then
pdfplumber). With ``--backend pdfplumber`` alone, 5 checks are expected to fail: pdfplumber
puts a wrapped row's values between the halves of its label (zh_financial pp.17, 20, 21) and
reads Corning's balance-sheet title as 'hCeoentssolidated Balance Sheets' (hidden overlapping text).

Skips (exit 0) with a message when the PDFs (default /work/shared/realdocs, or $REALDOCS_DIR)
or both PDF libraries are missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
REALDOCS = Path(os.environ.get("REALDOCS_DIR", "/work/shared/realdocs"))
FOLDERS = {
    "annual_reports_us.json": "annual_reports_us",
    "zh_financial.json": "zh_financial",
    "sme_statements.json": "sme_statements_zoho",
}
MEZZANINE = ("redeemable_nci", "redeemable_preferred")


# ----------------------------------------------------------------------------- text access
def _pdfium_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def _plumber_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


BACKENDS = {"pypdfium2": _pdfium_pages, "pdfplumber": _plumber_pages}


def available_backends() -> list[str]:
    names = []
    for name in BACKENDS:
        try:
            __import__(name)
            names.append(name)
        except ImportError:
            pass
    return names


@cache
def page_texts(path: str, backend: str) -> tuple[str, ...]:
    return tuple(BACKENDS[backend](Path(path)))


# ----------------------------------------------------------------------------- matching helpers
_NUM_END = r"(?![0-9]|[.,][0-9])"
_NUM_START = r"(?<![0-9.,])"


def _flex(text: str) -> str:
    """Regex for a label: any whitespace (incl. none) allowed between its characters."""
    chars = [c for c in text if not c.isspace()]
    return r"\s*".join(re.escape(c) for c in chars)


def row_regex(label: str, printed: list[str]) -> re.Pattern:
    sep = r"\s*(?:\$\s*)?"
    vals = sep.join(re.escape(p) for p in printed)
    return re.compile(_flex(label) + sep + _NUM_START + vals + _NUM_END)


def has_number(text: str, printed: str) -> bool:
    return re.search(_NUM_START + re.escape(printed) + _NUM_END, text) is not None


def has_label(text: str, label: str) -> bool:
    return re.search(_flex(label), text) is not None


def parse_printed(printed: str) -> Decimal:
    s = printed.replace("₹", "").replace("$", "").replace(",", "").strip()
    neg = False
    if s.startswith("(") and s.endswith(")"):
        neg, s = True, s[1:-1]
    if s.startswith("-"):
        neg, s = True, s[1:]
    v = Decimal(s)
    return -v if neg else v


# ----------------------------------------------------------------------------- checks
class Checker:
    def __init__(self, backends: list[str]):
        self.backends = backends
        self.errors: list[str] = []
        self.n_checks = 0
        self.fallback_used: list[str] = []

    def fail(self, msg: str) -> None:
        self.errors.append(msg)

    def on_page(self, pdf: Path, page_no: int, pred, what: str) -> None:
        """pred(text) must hold on page_no for at least one backend (first backend preferred)."""
        self.n_checks += 1
        for i, be in enumerate(self.backends):
            pages = page_texts(str(pdf), be)
            if not 1 <= page_no <= len(pages):
                self.fail(
                    f"{pdf.name}: page_no {page_no} out of range (1..{len(pages)}) for {what}"
                )
                return
            if pred(pages[page_no - 1]):
                if i > 0:
                    self.fallback_used.append(f"{pdf.name} p{page_no}: {what} (only via {be})")
                return
        self.fail(f"{pdf.name} p{page_no}: {what} NOT found")

    @staticmethod
    def _unit_page(doc: dict) -> int:
        """The unit line is checked on the first statement page (last page for the Zoho footer)."""
        st = doc.get("statements") or {}
        first = next(iter(st.values()), {"pages": [1]})
        return (
            first["pages"][-1]
            if doc.get("unit_declared", "").startswith("**")
            else first["pages"][0]
        )

    def check_file(self, pdf: Path, doc: dict) -> None:
        mult = Decimal(str(doc.get("unit_multiplier", 1)))
        lines = doc.get("lines", [])
        statements = doc.get("statements", {})
        parent_statements = doc.get("statements_parent", {})

        def stmt_block(line):
            if line.get("consolidated") is False:
                return parent_statements.get(line["statement"])
            return statements.get(line["statement"])

        # statement titles on their first page;
        # printed page label (footer) somewhere on the statement's pages
        for block in (statements, parent_statements):
            for st, info in block.items():
                title, pages = info.get("title"), info.get("pages") or []
                if title and pages:
                    squeezed = re.sub(r"\s+", "", title)
                    self.on_page(
                        pdf,
                        pages[0],
                        lambda t, s=squeezed: s in re.sub(r"\s+", "", t),
                        f"{st} title {title!r}",
                    )
                unit = info.get("unit_declared")
                if unit and pages:
                    self.on_page(
                        pdf, pages[0], lambda t, u=unit: has_label(t, u), f"{st} unit {unit!r}"
                    )
                label = info.get("printed_page_label")
                if label and pages:
                    tok = label.split("-")[0] if re.fullmatch(r"\d+-\d+", label) else label
                    rx = re.compile(r"(?<![\w,.$-])" + re.escape(tok) + r"(?![\w,.])")
                    self.n_checks += 1
                    if not any(
                        rx.search(page_texts(str(pdf), be)[p - 1])
                        for be in self.backends
                        for p in pages
                    ):
                        self.fail(
                            f"{pdf.name}: printed page label {label!r} not on {st} pages {pages}"
                        )

        seen = set()
        rows: dict[tuple, list[dict]] = {}
        for ln in lines:
            key = (ln["line_item"], ln["period_end"], ln.get("consolidated", True))
            if key in seen:
                self.fail(f"{pdf.name}: duplicate line {key}")
            seen.add(key)
            if ln["fiscal_year"] != int(ln["period_end"][:4]):
                self.fail(
                    f"{pdf.name}: fiscal_year {ln['fiscal_year']} != year of {ln['period_end']}"
                )
            want = parse_printed(ln["printed"]) * mult
            if Decimal(repr(ln["value"])) != want:
                self.fail(
                    f"{pdf.name}: {ln['line_item']} {ln['period_end']} "
                    f"value {ln['value']} != parsed {ln['printed']!r} x {mult}"
                )
            block = stmt_block(ln)
            if block is None:
                self.fail(
                    f"{pdf.name}: no statements entry for {ln['statement']} "
                    f"(consolidated={ln.get('consolidated', True)})"
                )
            elif ln["page_no"] not in block["pages"]:
                self.fail(
                    f"{pdf.name}: {ln['line_item']} page {ln['page_no']} "
                    f"not in {ln['statement']} pages {block['pages']}"
                )
            self.on_page(
                pdf,
                ln["page_no"],
                lambda t, p=ln["printed"]: has_number(t, p),
                f"printed {ln['printed']!r} ({ln['line_item']} {ln['period_end']})",
            )
            rk = (
                ln.get("consolidated", True),
                ln["statement"],
                ln["page_no"],
                ln["label"],
                ln["line_item"],
            )
            rows.setdefault(rk, []).append(ln)

        # label followed by the row's values in column order (latest period first)
        for (_cons, _st, page, label, _item), group in rows.items():
            group = sorted(group, key=lambda x: x["period_end"], reverse=True)
            printed = [g["printed"] for g in group]
            rx = row_regex(label, printed)
            self.on_page(
                pdf,
                page,
                lambda t, r=rx: r.search(t) is not None,
                f"row {label!r} -> {' '.join(printed)}",
            )

        # balance identity
        by_period: dict[tuple, dict[str, Decimal]] = {}
        for ln in lines:
            if ln["statement"] == "balance_sheet":
                by_period.setdefault((ln.get("consolidated", True), ln["period_end"]), {})[
                    ln["line_item"]
                ] = parse_printed(ln["printed"])
        for (cons, pe), v in by_period.items():
            if "total_assets" in v and "total_liabilities" in v and "total_equity" in v:
                self.n_checks += 1
                rhs = (
                    v["total_liabilities"]
                    + v["total_equity"]
                    + sum(v.get(m, Decimal(0)) for m in MEZZANINE)
                )
                if rhs != v["total_assets"]:
                    self.fail(
                        f"{pdf.name}: identity fails at {pe} (consolidated={cons}): "
                        f"{v['total_assets']} != {rhs}"
                    )

        # distractors, traps, quarterly tables
        for d in doc.get("distractors", []):
            want = parse_printed(d["printed"]) * mult
            if Decimal(repr(d["value"])) != want:
                self.fail(f"{pdf.name}: distractor value {d['value']} != {d['printed']!r}")
            item_pages = {ln["page_no"] for ln in lines if ln["line_item"] == d["line_item"]}
            if d["page_no"] in item_pages:
                self.fail(
                    f"{pdf.name}: distractor for {d['line_item']} on p{d['page_no']}, "
                    "a page where that item is recorded"
                )
            self.on_page(
                pdf,
                d["page_no"],
                lambda t, p=d["printed"]: has_number(t, p),
                f"distractor {d['printed']!r}",
            )
            self.on_page(
                pdf,
                d["page_no"],
                lambda t, lbl=d["label"]: has_label(t, lbl),
                f"distractor label {d['label']!r}",
            )
        for d in doc.get("traps", []):
            self.on_page(
                pdf,
                d["page_no"],
                lambda t, p=d["printed"]: has_number(t, p),
                f"trap {d['printed']!r}",
            )
            self.on_page(
                pdf,
                d["page_no"],
                lambda t, lbl=d["label"]: has_label(t, lbl),
                f"trap label {d['label']!r}",
            )
        for q in doc.get("quarterly_tables", []):
            self.on_page(
                pdf,
                q["page_no"],
                lambda t, p=q["q4_revenue_printed"]: has_number(t, p),
                f"quarterly table Q4 revenue {q['q4_revenue_printed']!r}",
            )
        for key in ("as_of_printed", "period_printed", "unit_declared", "company_name"):
            val = doc.get(key)
            if val and not (key == "company_name" and pdf.parent.name == "annual_reports_us"):
                self.on_page(
                    pdf,
                    1 if key != "unit_declared" else self._unit_page(doc),
                    lambda t, v=val: has_label(t, v.lstrip("*")),
                    f"{key} {val!r}",
                )
        for tot in doc.get("printed_totals", []):
            page = tot.get("page_no", 1)
            for key in ("printed", "debit", "credit", "taxable_amount", "tax_amount"):
                vals = tot.get(key)
                for p in [vals] if isinstance(vals, str) else vals or []:
                    self.on_page(pdf, page, lambda t, p=p: p in t, f"printed total {p!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", choices=sorted(BACKENDS), help="use only this text backend")
    args = ap.parse_args(argv)

    if not REALDOCS.is_dir():
        print(
            f"SKIP: {REALDOCS} not found "
            "(set REALDOCS_DIR to the folder holding annual_reports_us/ etc.)"
        )
        return 0
    backends = available_backends()
    if args.backend:
        backends = [args.backend] if args.backend in backends else []
    if not backends:
        print("SKIP: neither pypdfium2 nor pdfplumber is importable")
        return 0

    checker = Checker(backends)
    n_lines = 0
    for json_name, folder in FOLDERS.items():
        path = EXPECTED / json_name
        if not path.exists():
            checker.fail(f"missing {path}")
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for file_name, doc in data.items():
            pdf = REALDOCS / folder / file_name
            if not pdf.exists():
                print(f"SKIP {folder}/{file_name}: PDF not found")
                continue
            before = len(checker.errors)
            checker.check_file(pdf, doc)
            n = len(doc.get("lines", []))
            n_lines += n
            status = (
                "ok"
                if len(checker.errors) == before
                else f"{len(checker.errors) - before} error(s)"
            )
            print(f"{folder}/{file_name}: {n} lines, {status}")

    for note in checker.fallback_used:
        print("note:", note)
    if checker.errors:
        print(f"\nFAILED: {len(checker.errors)} of {checker.n_checks} checks")
        for e in checker.errors:
            print("  -", e)
        return 1
    print(
        f"\nOK: {n_lines} expected lines, {checker.n_checks} checks passed "
        f"(backends: {', '.join(backends)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
