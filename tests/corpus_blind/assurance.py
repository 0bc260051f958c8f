"""How a Form C says who stands behind its financial statements: an independent auditor's
opinion, an independent accountant's review report, the principal executive officer's
certification, or nothing at all ('unaudited, prepared by management'); and whether this is
the issuer's first Regulation Crowdfunding offering, which decides what a review is good for."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import regimes as R
from tests.corpus_blind.layout import KV, Block, Heading, Para
from tests.corpus_blind.model import Person

FIRMS = ["Fairway Assurance Group LLP", "Northstar Accounting Partners LLC", "Mercer & Doyle CPAs",
         "Bluestone CPA Group, P.C.", "Harborview Audit & Tax LLP"]  # fmt: skip
HEADINGS = {
    "audited": ["Independent Auditor's Report", "Report of Independent Auditors"],
    "reviewed": ["Independent Accountant's Review Report", "Accountant's Review Report"],
    "certified": ["Certification of Financial Statements", "Principal Executive Officer's "
                  "Certification"],
}  # fmt: skip


def choose(amount: float, rng: random.Random, *, defect: bool) -> tuple[str, bool | None]:
    """(level, first Regulation CF offering?) for a raise of `amount`; below what the amount
    needs when `defect`. None when the document does not say whether it raised before."""
    first = rng.choice([True, False, None])
    tier3 = R.REVIEWED_UP_TO < amount <= R.FIRST_RAISE_REVIEWED_UP_TO
    if tier3 and first is None:
        first = rng.random() < 0.5  # a review is only enough here if the form says which it is
    needed = R.assurance_needed(amount, first_raise=bool(first))
    if defect:
        below = [lv for lv in R.LEVELS if not R.enough(lv, needed)]
        if tier3 and needed == "reviewed":  # it had raised before: the review falls short
            first, below = False, [*below, "reviewed"]
        return rng.choice(below), first
    above = [lv for lv in R.LEVELS if R.enough(lv, needed)]
    return (needed if rng.random() < 0.7 else rng.choice(above)), first


def statement(
    level: str, co: str, fy: int, officer: Person | None, rng: random.Random
) -> list[Block]:
    """The assurance in one of its printed forms: a sentence, a report, a certification."""
    firm = rng.choice(FIRMS)
    years = f"December 31, {fy} and {fy - 1}"
    if level == "unaudited":
        return [Para(text=rng.choice([
            "The financial statements included in this Form C are unaudited and have been "
            "prepared by management.",
            f"Financial statements for {fy} and {fy - 1} (unaudited, prepared internally) are "
            "attached as Exhibit B.",
        ]))]  # fmt: skip
    if level == "certified":
        return _certified(co, fy, officer, rng)
    report = rng.random() < 0.5
    if level == "reviewed" and report:
        return [Heading(text=rng.choice(HEADINGS["reviewed"]), level=3), Para(text=(
            f"To the Board of Directors of {co}: We have reviewed the accompanying financial "
            f"statements of {co}, which comprise the balance sheets as of {years}. A review is "
            "substantially less in scope than an audit, the objective of which is an opinion on "
            "the financial statements as a whole; accordingly, we do not express such an "
            "opinion. Based on our review, we are not aware of any material modifications that "
            f"should be made to the financial statements. {firm}"))]  # fmt: skip
    if level == "reviewed":
        return [Para(text=rng.choice([
            f"The financial statements have been reviewed by {firm}, an independent certified "
            "public accountant; they have not been audited.",
            f"Reviewed financial statements for the years ended {years} are attached as "
            f"Exhibit B (independent accountant: {firm}).",
        ]))]  # fmt: skip
    if report:
        return [Heading(text=rng.choice(HEADINGS["audited"]), level=3), Para(text=(
            f"To the Shareholders of {co}: We have audited the accompanying financial statements "
            f"of {co}, which comprise the balance sheets as of {years}, and the related "
            "statements of operations, changes in stockholders' equity and cash flows. In our "
            "opinion, the financial statements present fairly, in all material respects, the "
            f"financial position of {co}. {firm}"))]  # fmt: skip
    return [Para(text=rng.choice([
        f"The Company's financial statements for the fiscal years ended {years} have been "
        f"audited by {firm}, independent auditors, and are attached as Exhibit B.",
        f"Audited financial statements ({firm}) accompany this Form C as Exhibit B.",
    ]))]  # fmt: skip


def _certified(co: str, fy: int, officer: Person | None, rng: random.Random) -> list[Block]:
    if officer is None or rng.random() < 0.4:
        return [Para(text=rng.choice([
            "The financial statements included in this Form C are certified by the Company's "
            "principal executive officer; they have not been reviewed or audited by an "
            "independent accountant.",
            f"Financial statements ({fy} and {fy - 1}): certified by the principal executive "
            "officer, not reviewed or audited.",
        ]))]  # fmt: skip
    text = (
        f"I, {officer.name}, certify that the financial statements of {co} included in this Form "
        f"are true and complete in all material respects, and that the Company's {fy} tax return "
        "information has been reported accurately."
    )
    return [
        Heading(text=rng.choice(HEADINGS["certified"]), level=3),
        Para(text=text, with_next=True),  # the signature stays with what it signs
        KV(
            pairs=[("Signature", f"/s/ {officer.name}"), ("Title", officer.title)],
            style="colon",
            bold_keys=False,
        ),
    ]


def history(first: bool | None, doc_year: int, st: M.Style, rng: random.Random) -> list[Block]:
    """Whether the issuer has offered under Regulation Crowdfunding before, when it says."""
    if first is None:
        return []
    if first:
        return [Para(text=rng.choice([
            "This is the Company's first offering under Regulation Crowdfunding.",
            "The Company has not previously sold securities in reliance on Regulation "
            "Crowdfunding.",
        ]))]  # fmt: skip
    raised = st.m(rng.choice([85_000, 140_000, 210_000, 320_000]))
    year = doc_year - rng.randint(2, 4)  # long before the 12 months the limits count
    return [Para(text=rng.choice([
        f"The Company previously raised {raised} in a Regulation Crowdfunding offering that "
        f"closed in {year}.",
        f"Prior Regulation CF offering: {raised}, completed {year}.",
    ]))]  # fmt: skip
