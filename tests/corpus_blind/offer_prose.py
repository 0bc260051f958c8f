"""The offer told in running English: one opening sentence, then clauses for whatever terms are
left, with several amounts per sentence and values written before their cues ('£0.85 a share')."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus_blind import money as M
from tests.corpus_blind.terms import Terms

TZ = {"us": ["11:59 p.m. ET", "11:59 pm Eastern Time"], "uk": ["midnight UK time", "5pm GMT"],
      "eu": ["23:59 CET", "midnight CET"]}  # fmt: skip


@dataclass
class Shown:
    """Which optional terms the document prints."""

    pre: bool
    post: bool
    price: bool
    shares: bool
    deadline: bool


def _values(t: Terms, st: M.Style, co: str, date: str) -> dict[str, str]:
    v = {"T": st.m(t.target), "P": st.p(t.pct), "MIN": st.m(t.min_inv), "co": co, "D": date}
    if t.maximum:
        v["MAX"] = st.m(t.maximum)
    if t.pre_money is not None:
        v["PRE"] = st.m(t.pre_money)
    if t.post_money is not None:
        v["POST"] = st.m(t.post_money)
    if t.price is not None:
        v["PR"] = st.price(t.price)
    if t.shares:
        v["N"] = st.n(t.shares)
    return v


# (template, terms it prints besides target and percent)
OPENINGS: list[tuple[str, frozenset[str]]] = [
    ("We are raising {T} in exchange for {P} of the company", frozenset()),
    ("{co} is seeking {T} for a {P} equity stake", frozenset()),
    ("We are offering {P} of our share capital to raise {T}", frozenset()),
    ("{P} equity is on offer for {T}", frozenset()),
    ("Our funding target is {T}; {P} of the shares are available to investors", frozenset()),
    ("The company wants to raise {T} and is prepared to release {P} of its equity", frozenset()),
    ("Investors are invited to subscribe {T} for new shares representing {P} of the enlarged "
     "share capital", frozenset()),
    ("This round targets {T}, with overfunding up to {MAX}, for {P} of the company",
     frozenset({"MAX"})),
    ("We aim to raise between {T} and {MAX}, offering {P} of the company at the target",
     frozenset({"MAX"})),
    ("{T} target, {MAX} hard cap, {P} equity", frozenset({"MAX"})),
    ("The target is {T} ({P} equity) at a {PRE} pre-money valuation", frozenset({"PRE"})),
    ("We are raising {T} at a pre-money valuation of {PRE}, so investors receive {P} of the "
     "company", frozenset({"PRE"})),
    ("At {PR} a share, {N} new shares ({P} of the company) will raise {T}",
     frozenset({"PR", "N"})),
]  # fmt: skip
CLAUSES: dict[str, list[str]] = {
    "PRE": [
        ", valuing it at {PRE} before the investment",
        ". This puts the pre-money valuation at {PRE}",
        ". {PRE} is our valuation before the new money comes in",
        ", which values the business at {PRE} pre-money",
        ". The round is priced at a {PRE} pre-money valuation",
    ],
    "PRE+POST": [
        ". The pre-money valuation of {PRE} becomes {POST} post-money",
        ". That implies {PRE} pre-money and {POST} post-money",
        ", valuing it at {PRE} before the investment ({POST} post-money)",
    ],
    "PR": [
        ", at {PR} per share",
        ". Shares are issued at {PR} each",
        ". New shares cost {PR} a share",
        ". The issue price is {PR}",
        ". Each share costs {PR}",
    ],
    "PR+N": [
        ". We are issuing {N} new shares at {PR}",
        ". {N} new shares are offered at {PR} each",
    ],
    "MIN": [
        "; the smallest investment is {MIN}",
        ". Investors can take part from {MIN}",
        ". You can invest from as little as {MIN}",
        ". {MIN} is the minimum ticket",
        ". Tickets start at {MIN}",
        ", with a {MIN} minimum investment",
        ". The minimum subscription is {MIN}",
    ],
    "MAX": [
        ", and we may accept up to {MAX}",
        ". If demand is strong we will accept overfunding up to {MAX}",
        ". The round is capped at {MAX}",
        ". {MAX} is the most we will accept",
        ". Overfunding is possible up to a hard cap of {MAX}",
        ". Oversubscriptions will be accepted up to {MAX}",
    ],
    "MIN+MAX": [
        ". With a {MIN} minimum ticket and a {MAX} ceiling, the round is open to everyone",
        ". Investments from {MIN} are welcome, up to a total of {MAX}",
    ],
    "D": [
        " The offer closes on {D}.",
        " Subscriptions must be received by {D}.",
        " The offer closes at 5pm on {D}.",
        " The offer period ends {D}.",
        " The campaign runs until {D} ({tz}).",
        " Commitments are accepted until {D}.",
        " {D} is the last day to invest.",
        " The deadline for reaching the target is {D}.",
        " Unless extended, the round closes on {D}.",
    ],
}


def terms_prose(
    t: Terms, st: M.Style, rng: random.Random, co: str, shown: Shown, date: str, region: str
) -> str:
    """Every shown term, once, in two to four sentences."""
    v = _values(t, st, co or "The company", date)
    v["tz"] = rng.choice(TZ.get(region, TZ["eu"]))
    want = {"MIN"} | ({"MAX"} if t.maximum else set())
    want |= {"PRE"} if shown.pre and t.pre_money is not None else set()
    want |= {"PR"} if shown.price and t.price is not None else set()
    want |= {"N"} if "PR" in want and shown.shares and t.shares else set()
    openings = [
        (s, used) for s, used in OPENINGS if used <= want and ("PR" not in used or "N" in used)
    ]
    text, used = rng.choice(openings)
    left = want - used
    parts = [text]
    for key in _clause_keys(left, shown.post and t.post_money is not None, rng):
        parts.append(rng.choice(CLAUSES[key]))
    body = _sentences("".join(parts)) + "."
    if shown.deadline:
        body += rng.choice(CLAUSES["D"])
    return body.format(**v)


def _clause_keys(left: set[str], post: bool, rng: random.Random) -> list[str]:
    keys: list[str] = []
    if "PRE" in left:
        keys.append("PRE+POST" if post and rng.random() < 0.6 else "PRE")
    if "PR" in left:
        keys.append("PR+N" if "N" in left else "PR")
    if {"MIN", "MAX"} <= left and rng.random() < 0.35:
        keys.append("MIN+MAX")
    else:
        keys += [k for k in ("MIN", "MAX") if k in left]
    head, tail = keys[:1], keys[1:]
    rng.shuffle(tail)
    return head + tail


def _sentences(text: str) -> str:
    """Capitalise the first letter after each '. '."""
    out = text.split(". ")
    return ". ".join(s[:1].upper() + s[1:] if s[:1].isalpha() else s for s in out)
