"""Turns statement rows into a printed table, and records every printed line as truth."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus_blind import money as M
from tests.corpus_blind.finance import Year
from tests.corpus_blind.layout import Block, Heading, Para, Table
from tests.corpus_blind.model import Fact, figure, stmt_line
from tests.corpus_blind.stmt_rows import Row

MONTH3 = [m[:3] for m in M.MONTHS]
KEY_ITEMS = {
    "income_statement": ("revenue", "net_income"),
    "balance_sheet": ("total_assets", "total_liabilities", "total_equity", "cash"),
    "cash_flow": (),
}


@dataclass
class StmtStyle:
    gaap: str  # us | ifrs | uk
    currency: str
    scale: float
    decimals: int
    unit_note: str
    unit_header: str
    header_form: str
    notes_col: bool
    neg: str
    dollar: bool
    consolidated: bool
    latest_first: bool
    subtitle: bool

    @property
    def tick(self) -> float:
        return self.scale / 10**self.decimals


def make_style(
    rng: random.Random, cur: str, gaap: str, scale: float, consolidated: bool
) -> StmtStyle:
    sym = M.SYMBOL[cur]
    notes = {
        1.0: [f"(Expressed in {cur})", f"All amounts in {cur}", f"Amounts in {sym}", ""],
        1e3: [
            "(in thousands)",
            f"(In thousands of {cur})",
            f"{cur} in thousands",
            f"Amounts in {sym} thousand",
            f"({cur} '000)",
        ],
        1e6: ["(In millions, except per share data)", f"{cur} million", f"(in {sym} millions)"],
    }[scale]
    unit_header = ""
    if scale == 1e3 and rng.random() < 0.35:
        unit_header = rng.choice([f"{sym}'000", f"{sym}000", f"{cur}k"])
    elif scale == 1e6 and rng.random() < 0.3:
        unit_header = f"{sym}m"
    forms = ["year", "yearA", "fy", "mdy", "dot", "dmy", "ended"]
    return StmtStyle(
        gaap=gaap,
        currency=cur,
        scale=scale,
        decimals=2 if scale == 1.0 and rng.random() < 0.25 else 0,
        unit_note="" if unit_header else rng.choice(notes),
        unit_header=unit_header,
        header_form=rng.choice(forms),
        notes_col=rng.random() < 0.35,
        neg=rng.choice(["paren", "paren", "minus", "hyphen"]),
        dollar=gaap == "us" and rng.random() < 0.6,
        consolidated=consolidated,
        latest_first=rng.random() < 0.8,
        subtitle=rng.random() < 0.75,
    )


def col_header(y: Year, form: str, kind: str) -> tuple[str, bool]:
    """Header text for a year column, and whether it states the period-end date."""
    e = y.end
    if form == "yearA":
        return f"{y.fy}A", False
    if form == "fy":
        return f"FY{y.fy}", False
    if form == "mdy":
        return f"{MONTH3[e.month - 1]} {e.day}, {e.year}", True
    if form == "dot":
        return f"{e.day:02d}.{e.month:02d}.{e.year}", True
    if form == "dmy":
        return f"{e.day} {M.MONTHS[e.month - 1]} {e.year}", True
    if form == "ended":
        if kind == "balance_sheet":
            return f"{e.day} {M.MONTHS[e.month - 1]} {e.year}", True
        return f"Year ended {e.day} {M.MONTHS[e.month - 1]} {e.year}", True
    return str(y.fy), False


TITLES = {
    ("balance_sheet", "us"): ["Balance Sheets", "Balance Sheet"],
    ("balance_sheet", "ifrs"): ["Statement of financial position", "Balance sheet"],
    ("balance_sheet", "uk"): ["Balance sheet", "Balance Sheet"],
    ("income_statement", "us"): ["Statements of Operations", "Income Statements"],
    ("income_statement", "ifrs"): [
        "Statement of comprehensive income",
        "Income statement",
        "Statement of profit or loss",
    ],
    ("income_statement", "uk"): ["Profit and loss account", "Statement of comprehensive income"],
    ("cash_flow", "us"): ["Statements of Cash Flows"],
    ("cash_flow", "ifrs"): ["Statement of cash flows", "Cash flow statement"],
    ("cash_flow", "uk"): ["Statement of cash flows", "Cash flow statement"],
}


def _fmt(v: float, st: StmtStyle, raw: bool, rng: random.Random) -> str:
    if v == 0:
        return rng.choice(["—", "-", "–"])
    if raw:
        return M.signed(M.num(v, 2), v < 0, st.neg)
    return M.signed(M.num(v / 10**st.decimals, st.decimals), v < 0, st.neg)


def statement(
    kind: str,
    ys: list[Year],
    st: StmtStyle,
    rows: list[Row],
    rng: random.Random,
    *,
    key_figures: bool = True,
) -> list[Block]:
    """Heading, subtitle, unit note and the table; facts sit on the table block."""
    title = rng.choice(TITLES[(kind, st.gaap)])
    if st.consolidated:
        title_case = sum(w[0].isupper() for w in title.split()) > 1
        title = f"Consolidated {title if title_case else title[0].lower() + title[1:]}"
    order = list(reversed(ys)) if st.latest_first else list(ys)
    heads = [col_header(y, st.header_form, kind) for y in order]
    e = ys[-1].end
    when = f"{e.day} {M.MONTHS[e.month - 1]} {e.year}"
    if st.gaap == "us":
        when = f"{M.MONTHS[e.month - 1]} {e.day}, {e.year}"
    blocks: list[Block] = [Heading(text=title, level=1)]
    if st.subtitle:
        sub = f"As at {when}" if kind == "balance_sheet" else f"For the year ended {when}"
        if st.gaap == "us" and len(ys) > 1:
            yrs = " and ".join(str(y.fy) for y in reversed(ys[-2:]))
            sub = (
                f"As of {M.MONTHS[e.month - 1]} {e.day}, {yrs}"
                if kind == "balance_sheet"
                else f"For the years ended {M.MONTHS[e.month - 1]} {e.day}, {yrs}"
            )
        blocks.append(Para(text=sub, italic=True, with_next=True))
    if st.unit_note:
        blocks.append(Para(text=st.unit_note, size=8.5, with_next=True))
    header = ["", *(["Notes"] if st.notes_col else [])]
    header += [f"{h}\n{st.unit_header}" if st.unit_header else h for h, _ in heads]
    table: list[list[str]] = [header]
    facts: list[Fact] = []
    seen: set[str] = set()
    mark_row = rng.randrange(len(rows)) if rng.random() < 0.3 else -1
    mark_cell = rng.randrange(len(rows)) if rng.random() < 0.25 else -1
    cell_mark = rng.choice(["*", " (a)", "(a)", "²"])
    note_no = rng.randint(3, 6)
    bold: set[int] = set()
    first_value_row = True
    for ri, r in enumerate(rows):
        label = r.label + ("¹" if ri == mark_row and r.vals else "")
        line = [label]
        if st.notes_col:
            line.append(str(note_no) if r.item and r.vals else "")
            note_no += 1 if r.item and r.vals else 0
        if r.vals is None:
            table.append(line + [""] * len(order))
            continue
        vals = list(reversed(r.vals)) if st.latest_first else list(r.vals)
        cells = [_fmt(v, st, r.raw, rng) for v in vals]
        if st.dollar and (first_value_row or r.bold) and not r.raw:
            cells = [f"$ {c}" if rng.random() < 0.5 else f"${c}" for c in cells]
        first_value_row = False
        if ri == mark_cell:
            cells[0] += cell_mark
        if r.bold:
            bold.add(len(table))
        table.append(line + cells)
        for y, v, (_, d) in zip(order, vals, heads, strict=True):
            full = v if r.raw else round(v * st.tick, 2)
            end = y.end if (d or st.subtitle) else None
            facts.append(
                stmt_line(kind, label, r.item, y.fy, end, st.consolidated, full, st.currency)
            )
            if key_figures and r.item in KEY_ITEMS[kind] and r.item not in seen:
                facts.append(figure(r.item, full, st.currency, y.fy, prio=3))
        if r.item in KEY_ITEMS[kind]:
            seen.add(r.item)
    ncol = len(header)
    lab = 0.44 if not st.notes_col else 0.4
    widths = [
        lab,
        *([0.07] if st.notes_col else []),
        *[(1 - lab - (0.07 if st.notes_col else 0)) / len(order)] * len(order),
    ]
    align = ["l", *(["c"] if st.notes_col else []), *["r"] * len(order)]
    assert len(widths) == ncol
    blocks.append(
        Table(
            rows=table,
            widths=widths,
            align=align,
            facts=facts,
            bold_rows=frozenset(bold),
            rule=rng.choice(["lines", "lines", "none", "header"]),
            size=8.5,
        )
    )
    marks = []
    if mark_row >= 0 and rows[mark_row].vals:
        marks.append("¹ See the accounting policies in the notes.")
    if mark_cell >= 0 and rows[mark_cell].vals:
        marks.append(f"{cell_mark.strip()} Restated to reflect a change in presentation.")
    if marks:
        blocks.append(Para(text="  ".join(marks), size=7.5, italic=True))
    return blocks
