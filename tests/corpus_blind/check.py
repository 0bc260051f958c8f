"""Self-check of a generated corpus: truth.json against what the PDFs really print.

    python -m tests.corpus_blind.check DIR

For every readable PDF: the page count matches, every truth number appears on its page as a whole
number (not inside a longer one) in one of the textual forms this generator prints, the deadline,
the document's date and the custodian bank are printed, labels/categories/names appear,
registration ids have the validity claimed (an EIN's prefix included), terms are plausible (a
minimum ticket buys a share, no use exceeds the raise, existing shares x price = pre-money), and
consistent documents pass every rule of the issue-7 set while each injected defect is really
there (check_rules). Bad inputs are checked to be what they claim. Exit status 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from stdnum.cn import uscc as std_uscc
from stdnum.eu import vat as std_vat
from stdnum.us import ein as std_ein

from tests.corpus_blind.check_rules import figures, rule_problems
from tests.corpus_blind.money import DATE_STYLES, cn_numeral, date_en, date_zh
from tests.corpus_blind.registry import USCC_ALPHABET, uscc_check

ZH_DATES = ("dot", "iso", "slash", "zh")
SCALES = (0.01, 1.0, 1e3, 1e4, 1e6, 1e8, 1e9)
SUPERSCRIPT = str.maketrans("¹²³", "^^^")  # footnote marks on a cell are not digits of it
CJK_NUMERAL = re.compile(r"[零一二三四五六七八九十百千万]")
SHARES_BEFORE = re.compile(r"(?:Shares in issue before the offer|Existing shares):?\s*([\d.,]+\d)")


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text.translate(SUPERSCRIPT)))


def spaced(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text.translate(SUPERSCRIPT)))


def candidates(value: float) -> set[str]:
    """Every way this generator may print |value| (any unit scale, grouping, decimals).

    Scale 0.01 is pence or cents ('85p' for 0.85), only for amounts below 100."""
    v, out = abs(value), set()
    if v == 0:
        return {"—", "-", "–", "0", "0.0", "0.00", "0,0", "0,00"}
    for scale in SCALES:
        x = v / scale
        if x < 0.01 or (scale < 1 and v >= 100):
            continue
        for d in range(5):
            if abs(round(x, d) - x) <= 1e-9 * max(1.0, x):
                for dd in range(d, 5):
                    s = f"{x:,.{dd}f}"
                    cont = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
                    out |= {s, s.replace(",", ""), cont, s.replace(",", " ")}
                break
        if scale == 1e4 and x == int(x) and 1 <= x < 1e4:
            out.add(cn_numeral(int(x) * 10_000))
    return out


def _bounded(text: str, start: int, end: int) -> bool:
    """The match is a whole number: no digit (or digit group) runs on either side."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if before[-1:].isdigit() or after[:1].isdigit():
        return False
    if before[-1:] in (".", ",") and before[:1].isdigit():
        return False
    return not (after[:1] in (".", ",") and after[1:2].isdigit())


def printed(value: float, text: str, loose: bool = False) -> bool:
    """`value` appears in `text` (whitespace collapsed) as a whole number in some printed form.

    loose (Chinese text): a number may also run across a line break, digits either side."""
    if loose and any(norm(c) in norm(text) for c in candidates(value)):
        return True
    for c in candidates(value):
        if CJK_NUMERAL.match(c):
            continue
        for m in re.finditer(re.escape(c), text):
            if _bounded(text, m.start(), m.end()):
                return True
    return False


def printed_forms(value: float, text: str) -> list[str]:
    """The textual forms of |value| that `text` contains as whole numbers."""
    return [
        c
        for c in candidates(value)
        if not CJK_NUMERAL.match(c)
        and any(_bounded(text, m.start(), m.end()) for m in re.finditer(re.escape(c), text))
    ]


def date_forms(d: dt.date) -> set[str]:
    return {norm(date_en(d, s)) for s in DATE_STYLES} | {norm(date_zh(d, s)) for s in ZH_DATES}


def page_texts(doc: pdfium.PdfDocument) -> list[str]:
    return [spaced(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]


class Checker:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []

    def fail(self, rec: dict[str, Any], msg: str) -> None:
        self.problems.append(f"{rec['file']}: {msg}")

    def on_page(
        self, rec: dict[str, Any], pages: list[str], page_no: int, value: float, what: str
    ) -> None:
        if not 1 <= page_no <= len(pages):
            self.fail(rec, f"{what}: page {page_no} out of range")
        elif not printed(value, pages[page_no - 1], loose=rec["language"] == "zh"):
            self.fail(rec, f"{what}: {value} not printed on page {page_no}")

    def text_on(
        self, rec: dict[str, Any], pages: list[str], page_no: int, text: str, what: str
    ) -> None:
        if norm(text) not in norm(pages[page_no - 1]):
            self.fail(rec, f"{what}: {text!r} not on page {page_no}")

    def readable(self, rec: dict[str, Any]) -> None:
        doc = pdfium.PdfDocument(self.folder / rec["file"])
        pages = page_texts(doc)
        every = norm("".join(pages))
        if len(pages) != rec["page_count"]:
            self.fail(rec, f"page_count {rec['page_count']} but PDF has {len(pages)}")
        keys = Counter((f["name"], f["fiscal_year"]) for f in rec["figures"])
        for k, n in keys.items():
            if n > 1:
                self.fail(rec, f"figure {k} appears {n} times")
        for f in rec["figures"]:
            self.on_page(
                rec, pages, f["page_no"], f["value"], f"figure {f['name']}/{f['fiscal_year']}"
            )
        for s in rec["statement_lines"]:
            what = f"{s['statement']} {s['label']!r} {s['fiscal_year']}"
            self.on_page(rec, pages, s["page_no"], s["value"], what)
            self.text_on(rec, pages, s["page_no"], s["label"], what)
        for u in rec["use_of_funds"]:
            self.text_on(rec, pages, u["page_no"], u["category"], "use of funds")
            for key in ("amount", "pct"):
                if u[key] is not None:
                    self.on_page(rec, pages, u["page_no"], u[key], f"use {u['category']} {key}")
        for p in rec["projections"]:
            self.on_page(
                rec, pages, p["page_no"], p["value"], f"projection {p['name']} {p['year']}"
            )
        c = rec["company"]
        for key in ("company_name", "registration_id"):
            if c[key] and norm(c[key]) not in every:
                self.fail(rec, f"{key} {c[key]!r} not printed")
        for person in rec["people"]:
            names = {norm(person["name"]), norm(person["name"].upper())}
            if not any(n in every for n in names):
                self.fail(rec, f"person {person['name']!r} not printed")
        deadline = rec["deadline"] and dt.date.fromisoformat(rec["deadline"])
        if deadline and not any(f in every for f in date_forms(deadline)):
            self.fail(rec, f"deadline {rec['deadline']} not printed")
        dated = rec["document_date"] and dt.date.fromisoformat(rec["document_date"])
        if dated and not any(f in every for f in date_forms(dated)):
            self.fail(rec, f"document date {rec['document_date']} not printed")
        if rec["custodian_bank"] and norm(rec["custodian_bank"]) not in every:
            self.fail(rec, f"custodian {rec['custodian_bank']!r} not printed")
        self.registration(rec)
        self.consistency(rec, pages)
        doc.close()

    def registration(self, rec: dict[str, Any]) -> None:
        c = rec["company"]
        rid, kind, valid = c["registration_id"], c["registration_kind"], c["registration_id_valid"]
        if rid is None:
            return
        if kind == "eu_vat":
            ok = std_vat.is_valid(rid)
        elif kind == "cn_uscc":
            ok = (
                len(rid) == 18
                and all(ch in USCC_ALPHABET for ch in rid)
                and uscc_check(rid[:17]) == rid[17]
            )
            if rid[0].isdigit() and ok != std_uscc.is_valid(rid):
                self.fail(rec, f"USCC {rid}: own check and python-stdnum disagree")
        elif kind == "us_ein":
            ok = std_ein.is_valid(rid)  # the format and a prefix the IRS assigns
        else:
            ok = re.fullmatch(r"(\d{8}|[A-Z]{2}\d{6})", rid) is not None
        if ok != valid:
            self.fail(rec, f"registration {rid} ({kind}) claimed valid={valid}, is {ok}")
        if ("registration_id_invalid" in rec["defects"]) == bool(valid):
            self.fail(rec, "registration defect flag and validity disagree")

    def consistency(self, rec: dict[str, Any], pages: list[str]) -> None:
        d = set(rec["defects"])
        fig = figures(rec)
        target = fig.get(("funding_target", None))
        amounts = [u["amount"] for u in rec["use_of_funds"]]
        pcts = [u["pct"] for u in rec["use_of_funds"]]
        if target and amounts and None not in amounts:
            bad = abs(sum(amounts) - target) > 0.005 * target
            if bad != ("use_of_funds_sum_mismatch" in d):
                self.fail(rec, f"use of funds sum {sum(amounts)} vs target {target}")
        elif pcts and None not in pcts and abs(sum(pcts) - 100) > 0.5:
            self.fail(rec, f"use-of-funds percentages sum to {sum(pcts)}")
        pct, pre = fig.get(("equity_offered_pct", None)), fig.get(("pre_money_valuation", None))
        if pct is not None and ((pct <= 0 or pct > 100) != ("equity_pct_out_of_range" in d)):
            self.fail(rec, f"equity pct {pct} vs defect flags {sorted(d)}")
        if target and pct and pre and 0 < pct <= 100:
            implied = 100 * target / (pre + target)
            if (abs(implied - pct) > 0.005 * pct) != ("valuation_inconsistent" in d):
                self.fail(rec, f"valuation: implied {implied:.3f}% vs printed {pct}%")
        self.shares_before(rec, fig, pages)
        self.plausible(rec, fig)
        if "valuation_inconsistent" in d and not (target and pct and pre):
            self.fail(rec, "valuation defect but not all three terms printed")
        sheets: dict[tuple[int, bool], dict[str, float]] = {}
        for s in rec["statement_lines"]:
            if s["statement"] == "balance_sheet" and s["line_item"]:
                sheets.setdefault((s["fiscal_year"], s["consolidated"]), {})[s["line_item"]] = s[
                    "value"
                ]
        mismatch = False
        for items in sheets.values():
            if {"total_assets", "total_liabilities", "total_equity"} <= items.keys():
                gap = items["total_assets"] - items["total_liabilities"] - items["total_equity"]
                mismatch |= abs(gap) > 0.01 * max(1.0, abs(items["total_assets"])) * 0.001
        if mismatch != ("balance_sheet_mismatch" in d):
            self.fail(rec, "balance sheet balance and defect flag disagree")
        if "revenue_contradiction" in d and not rec["statement_lines"]:
            self.fail(rec, "revenue contradiction without an income statement")
        for problem in rule_problems(rec, pages, printed_forms):
            self.fail(rec, problem)

    def shares_before(self, rec: dict[str, Any], fig: dict[tuple[str, Any], float],
                      pages: list[str]) -> None:  # fmt: skip
        """Where a count of existing shares follows its label, price x count = pre-money."""
        price, pre = fig.get(("price_per_share", None)), fig.get(("pre_money_valuation", None))
        if not (price and pre) or "valuation_inconsistent" in rec["defects"]:
            return
        for m in SHARES_BEFORE.finditer(" ".join(pages)):
            count = float(re.sub(r"[.,\s]", "", m.group(1)))
            if abs(count * price - pre) > max(price, 0.001 * pre):
                self.fail(rec, f"{count:.0f} shares at {price} do not make pre-money {pre}")

    def plausible(self, rec: dict[str, Any], fig: dict[tuple[str, Any], float]) -> None:
        """Terms a real offer could have: a ticket buys a share, no use of funds is more than
        the whole raise, a person is named once per role."""
        price, low = fig.get(("price_per_share", None)), fig.get(("minimum_investment", None))
        if price and low and 0 < low < price:
            self.fail(rec, f"minimum investment {low} buys no share at {price}")
        for u in rec["use_of_funds"]:
            if u["pct"] is not None and not 0 < u["pct"] <= 100:
                self.fail(rec, f"use {u['category']!r} is {u['pct']}% of the raise")
        for key in ("revenue", "employees"):
            for (name, _), v in fig.items():
                if name == key and v < 0:
                    self.fail(rec, f"{name} is negative")
        roles = Counter((p["name"], p["role"]) for p in rec["people"])
        if any(n > 1 for n in roles.values()):
            self.fail(rec, "a person is listed twice with the same role")

    def rejected(self, rec: dict[str, Any]) -> None:
        path = self.folder / rec["file"]
        data = path.read_bytes()
        reason = rec["reject"]
        if reason == "empty":
            ok = data == b""
        elif reason == "not_pdf":
            ok = bool(data) and not data.startswith(b"%PDF")
        elif reason in ("corrupt", "encrypted"):
            try:
                pdfium.PdfDocument(data)
                ok = False
            except pdfium.PdfiumError:
                ok = True
            if reason == "encrypted" and ok:
                password = (rec["notes"] or "").rsplit(" ", 1)[-1]
                n = len(pdfium.PdfDocument(data, password=password))
                ok = n == rec["page_count"]
        else:
            doc = pdfium.PdfDocument(data)
            texts = page_texts(doc)
            ok = len(texts) == rec["page_count"] and not any(norm(t) for t in texts)
        if not ok:
            self.fail(rec, f"is not a valid example of {reason}")

    def run(self) -> int:
        records = json.loads((self.folder / "truth.json").read_text(encoding="utf-8"))
        files = {p.name for p in self.folder.glob("*.pdf")}
        if files != {r["file"] for r in records}:
            self.problems.append("truth.json and the folder list different files")
        for rec in records:
            try:
                (self.rejected if rec["reject"] else self.readable)(rec)
            except Exception as exc:  # noqa: BLE001 - report and keep checking the rest
                self.fail(rec, f"check crashed: {exc!r}")
        for p in self.problems:
            print(p)
        print(f"{len(records)} files checked, {len(self.problems)} problems")
        return 1 if self.problems else 0


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    return Checker(Path(args[0])).run()


if __name__ == "__main__":
    raise SystemExit(main())
