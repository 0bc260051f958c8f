"""Use of proceeds: tables (amount, percent, reversed, with a timing column), lists (bulleted,
numbered, value-first), key/value lines, and prose enumerations; then, sometimes, a fee line
that is not a use. Percent-only forms record pct with amount None."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Fact, Truth, excess_use, use_line

Line = tuple[str, float, float]  # category, amount, pct
AMOUNT_FORMS = ["table", "table", "table_amt", "table_rev", "table_timing", "bullets", "numbered",
                "value_first", "lines", "prose", "prose_value_first", "inline"]  # fmt: skip
PCT_FORMS = ["pct_only", "prose_pct"]
TIMING = ["Q1–Q2", "Months 1–6", "Year 1", "Q3 onwards", "Months 6–18", "Ongoing", "Year 2"]


def use_of_funds(
    lines: list[Line],
    target: float,
    st: M.Style,
    truth: Truth,
    rng: random.Random,
    *,
    defect: bool = False,
    amounts: bool = False,
    maximum: float | None = None,
) -> list[Block]:
    """Use-of-proceeds lines in one of many forms; a defect needs printed amounts (so does
    `amounts`). With `maximum`, a table gains a column of the amounts if the maximum is raised."""
    del truth  # the facts ride on the blocks; kept for the callers' uniform signature
    forms = AMOUNT_FORMS + ([] if defect or amounts else PCT_FORMS * 2)
    form = rng.choice(forms if maximum is None else ["table", "table_amt"])
    if form.startswith("prose") and len(lines) > 4:
        form = "numbered" if form != "prose_pct" else "pct_only"
    style = rng.choice(["sym", "code", "k", "short", "after", None])
    with_amt = form not in PCT_FORMS
    with_pct = form in PCT_FORMS or (
        form in ("table", "table_rev", "table_timing", "bullets", "numbered", "lines")
        and rng.random() < 0.8
    )

    def m(v: float) -> str:
        return st.m(v, style=style)

    def p(v: float) -> str:
        text = st.p(v)
        return (
            text
            if form.startswith("prose")
            else text.replace(" per cent", "%").replace(" percent", "%")
        )

    facts = [use_line(c, a if with_amt else None, st.cur, pc if with_pct else None)
             for c, a, pc in lines]  # fmt: skip
    heading = Heading(text=rng.choice(W.UOF_HEADINGS), level=2)
    if maximum is not None:
        facts.append(excess_use("column", maximum - target, st.cur, [c for c, _, _ in lines]))
    scale = None if maximum is None else maximum / target
    body = _render(form, lines, target, m, p, with_amt, with_pct, facts, rng, (defect, scale))
    blocks = [heading, *body]
    if rng.random() < 0.35:
        note = _fee_note(lines, st, rng)
        if note:
            blocks.append(Para(text=note, italic=rng.random() < 0.5))
    return blocks


def _intro(rng: random.Random, with_amt: bool) -> Para:
    intro = Para(
        text=rng.choice(
            [
                "The funds raised will be allocated as follows"
                + ("" if with_amt else " (as a share of the raise)")
                + ":",
                "We plan to use the money like this:",
                "Breakdown of planned spending:",
                "If the target is reached, the proceeds will be spent as follows:",
                "Planned allocation at the target amount:",
            ]
        )
    )
    intro.with_next = True
    return intro


def _render(
    form: str,
    lines: list[Line],
    target: float,
    m,
    p,
    with_amt: bool,
    with_pct: bool,
    facts: list[Fact],
    rng: random.Random,
    options: tuple[bool, float | None],
) -> list[Block]:
    if form.startswith("table") or (form == "pct_only" and rng.random() < 0.5):
        return [_intro(rng, with_amt), _table(form, lines, target, m, p, with_amt, with_pct,
                                              facts, rng, options)]  # fmt: skip
    if form.startswith("prose"):
        for f in facts:
            f["category"] = W.lower_first(str(f["category"]))
        return [Para(text=_prose(form, lines, m, p, rng), facts=facts, keep=True)]
    if form == "inline":
        sep = rng.choice(["; ", " · ", " | "])
        text = sep.join(f"{c} {m(a)}" for c, a, _ in lines)
        return [_intro(rng, True), Para(text=text, facts=facts, keep=True)]
    if form == "lines":
        pairs = [(c, m(a) + (f" ({p(pc)})" if with_pct else "")) for c, a, pc in lines]
        return [_intro(rng, True), KV(pairs=pairs, style="colon", bold_keys=False, facts=facts)]
    return [_intro(rng, with_amt), _list(form, lines, m, p, with_amt, with_pct, facts, rng)]


def _list(
    form: str,
    lines: list[Line],
    m,
    p,
    with_amt: bool,
    with_pct: bool,
    facts: list[Fact],
    rng: random.Random,
) -> Bullets:
    dash = rng.choice([": ", " – ", " - ", " — "])
    items = []
    for i, (c, a, pc) in enumerate(lines, start=1):
        if form == "numbered":
            money = f" ({m(a)})" if with_amt else ""
            items.append(f"{i}) {c}{dash}{p(pc)}{money}" if with_pct else f"{i}) {c}{dash}{m(a)}")
        elif form == "value_first":
            items.append(f"{m(a)}{dash}{c}")
        else:
            txt = c + (dash + m(a) if with_amt else "")
            if with_pct:
                txt += f" ({p(pc)})" if with_amt else f" {p(pc)}"
            items.append(txt)
    marker = "" if form == "numbered" else rng.choice(["•", "-", "–", "1."])
    return Bullets(items=items, facts=facts, marker=marker)


def _table(
    form: str,
    lines: list[Line],
    target: float,
    m,
    p,
    with_amt: bool,
    with_pct: bool,
    facts: list[Fact],
    rng: random.Random,
    options: tuple[bool, float | None],
) -> Table:
    defect, scale = options
    cat = rng.choice(["Category", "Use", "Item", "Purpose", "Area"])
    amt = rng.choice(["Amount", "Budget", "Allocation"])
    pct = rng.choice(["%", "Share", "% of raise"])
    at_max = ""
    if scale is not None:  # Form C style: the same uses at the target and at the maximum
        amt = rng.choice(["If target raised", "At target", "Target offering amount sold"])
        at_max = rng.choice(["If maximum raised", "At maximum", "Maximum offering amount sold"])
    cols = [(cat, lambda ln: ln[0])]
    if with_amt:
        cols.append((amt, lambda ln: m(ln[1])))
    if with_pct:
        cols.append((pct, lambda ln: p(ln[2])))
    if scale is not None:
        cols.append((at_max, lambda ln: m(ln[1] * scale)))
    if form == "table_rev":
        cols = cols[1:] + cols[:1]
    if form == "table_timing":
        cols.append((rng.choice(["Timing", "When"]), lambda ln: rng.choice(TIMING)))
    rows = [[get(ln) for _, get in cols] for ln in lines]
    bold: frozenset[int] = frozenset()
    if not defect and with_amt and rng.random() < 0.6:
        total = {cat: rng.choice(["Total", "TOTAL", "Total raise"]), amt: m(target), pct: "100%"}
        if scale is not None:
            total[at_max] = m(target * scale)
        rows.append([total.get(name, "") for name, _ in cols])
        bold = frozenset({len(rows)})
    head = [name for name, _ in cols]
    align = ["l" if name in (cat, "Timing", "When") else "r" for name in head]
    widths = [(0.4 if scale else 0.5) if name == cat else 0.2 for name in head]
    return Table(rows=[head, *rows], widths=widths, align=align, facts=facts,
                 rule=rng.choice(["lines", "grid", "none", "header"]), bold_rows=bold)  # fmt: skip


def _prose(form: str, lines: list[Line], m, p, rng: random.Random) -> str:
    def join(parts: list[str]) -> str:
        return ", ".join(parts[:-1]) + f" and {parts[-1]}"

    if form == "prose_pct":
        parts = [f"{p(pc)} to {W.lower_first(c)}" for c, _, pc in lines]
        if rng.random() < 0.5:
            parts[-1] = f"the remaining {parts[-1]}"
        lead = rng.choice(["We will put", "Of the money raised we will allocate",
                           "The plan allocates"])  # fmt: skip
        return f"{lead} {join(parts)}."
    if form == "prose_value_first":
        parts = [f"{m(a)} for {W.lower_first(c)}" for c, a, _ in lines]
        lead = rng.choice(["The money breaks down as", "In short:", "Our budget is"])
        return f"{lead} {join(parts)}."
    parts = [f"{m(a)} on {W.lower_first(c)}" for c, a, _ in lines]
    lead = rng.choice(["We will spend", "The proceeds will fund", "We intend to put"])
    if lead == "The proceeds will fund":
        parts = [f"{W.lower_first(c)} ({m(a)})" for c, a, _ in lines]
    return f"{lead} {join(parts)}."


def _fee_note(lines: list[Line], st: M.Style, rng: random.Random) -> str | None:
    taken = {pc for _, _, pc in lines}
    options = [f for f in (5.0, 6.0, 7.0, 7.5, 8.0) if f not in taken]
    if not options:
        return None
    return rng.choice(W.FEE_NOTES).format(pct=st.p(rng.choice(options)))
