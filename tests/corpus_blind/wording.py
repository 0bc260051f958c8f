"""English vocabulary: how people label offering terms, titles, risks and uses of money."""

from __future__ import annotations

import random

TERM_LABELS: dict[str, list[str]] = {
    "funding_target": [
        "Target raise",
        "Raise size",
        "Funding target",
        "Minimum target",
        "Amount sought",
        "Target offering amount",
        "Target amount",
        "Investment sought",
        "Capital sought",
        "Target capital amount",
    ],
    "maximum_target": [
        "Maximum raise",
        "Overfunding ceiling",
        "Maximum offering amount",
        "Maximum target",
        "Hard cap",
        "Overfunding limit",
        "Maximum amount (incl. overfunding)",
    ],
    "equity_offered_pct": [
        "Equity offered",
        "Stake available to investors",
        "Equity on offer",
        "Percentage of equity offered",
        "Share of the company offered",
        "Equity being offered",
    ],
    "pre_money_valuation": [
        "Pre-money valuation",
        "Valuation before the raise",
        "Pre-money",
        "Pre-investment valuation",
        "Valuation (pre-money)",
        "Company valuation before investment",
    ],
    "post_money_valuation": ["Post-money valuation", "Post-money", "Valuation after the raise"],
    "price_per_share": [
        "Share price",
        "Price per share",
        "Cost of one share",
        "Issue price",
        "Subscription price per share",
        "Price per security",
    ],
    "minimum_investment": [
        "Minimum investment",
        "Smallest ticket accepted",
        "Minimum subscription",
        "Minimum investment amount",
        "Min. ticket",
        "Lowest investment accepted",
    ],
    "deadline": [
        "Closing date",
        "Offer closes on",
        "Deadline",
        "Offer deadline",
        "Campaign end date",
        "Subscription period ends",
        "Offering deadline",
    ],
    "doc_date": ["Date of this document", "Document date", "Dated", "Date"],
    "shares": ["New shares offered", "Number of shares offered", "Shares on offer"],
}

TITLES: dict[str, list[str]] = {
    "ceo": ["Chief Executive Officer", "CEO", "Chief Executive"],
    "cfo": ["Chief Financial Officer", "CFO", "Finance Director"],
    "coo": ["Chief Operating Officer", "COO"],
    "cto": ["Chief Technology Officer", "CTO", "Chief Technical Officer"],
    "chair": ["Chair", "Chairman", "Chairwoman", "Non-Executive Chair", "Chair of the Board"],
    "director": ["Director", "Non-Executive Director", "Independent Director"],
    "secretary": ["Company Secretary", "Secretary"],
    "president": ["President"],
    "treasurer": ["Treasurer"],
    "founder": ["Founder"],
    "co_founder": ["Co-founder", "Co-Founder"],
    "other": ["Group Leader", "Head of Sales", "Head of Product", "Lead Engineer", "Adviser"],
}
COMBINED: list[tuple[str, tuple[str, ...]]] = [
    ("Co-founder & CEO", ("co_founder", "ceo")),
    ("Founder and Chief Executive", ("founder", "ceo")),
    ("President and CEO", ("president", "ceo")),
    ("Co-founder and CTO", ("co_founder", "cto")),
]

RISK_HEADINGS = [
    "Risk Factors",
    "Risks",
    "What could go wrong",
    "Key risks",
    "Principal risks and uncertainties",
    "Main risks for investors",
    "Investment risks",
]
RISKS = [
    (
        "Loss of capital",
        "Investing in an early-stage business is risky and you may lose all of "
        "the money you invest.",
    ),
    (
        "Illiquidity",
        "There is no public market for the shares and you may be unable to sell them "
        "for many years, if ever.",
    ),
    (
        "Dilution",
        "Future funding rounds will reduce your percentage holding unless you invest again.",
    ),
    ("Dividends", "The company does not expect to pay dividends for the foreseeable future."),
    (
        "Key people",
        "The business depends on a small team; losing any member could delay our plans.",
    ),
    ("Competition", "Larger competitors with deeper pockets may copy our product or cut prices."),
    ("Regulation", "Changes in regulation could raise our costs or restrict what we may sell."),
    ("Supply chain", "We rely on a handful of suppliers and a disruption could halt production."),
    ("Currency", "Part of our costs are incurred in other currencies and exchange rates move."),
]

UOF_HEADINGS = [
    "Use of funds",
    "Use of proceeds",
    "How we will use the money",
    "Allocation of funds",
    "What the money is for",
    "Use of the investment",
]
UOF_CATEGORIES = [
    "Product development",
    "Marketing",
    "Hiring",
    "Sales and marketing",
    "Working capital",
    "Research and development",
    "Equipment",
    "Inventory",
    "Platform fees",
    "Regulatory approvals",
    "International expansion",
    "Manufacturing scale-up",
    "Debt repayment",
    "Contingency",
    "Legal and professional fees",
    "New premises",
]


def team(
    rng: random.Random, names: list[str], style: str = "startup"
) -> list[tuple[str, tuple[str, ...]]]:
    """(title as printed, roles) for each name; the first is always the chief executive."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if rng.random() < 0.35:
        out.append(rng.choice(COMBINED[:3]))
    else:
        out.append((rng.choice(TITLES["ceo"]), ("ceo",)))
    pool = {
        "startup": ["cfo", "cto", "coo", "co_founder", "chair", "director", "other"],
        "us": ["president", "treasurer", "secretary", "cfo", "director", "director"],
        "board": ["director", "director", "chair", "secretary", "cfo", "director"],
    }[style]
    used = {r for _, roles in out for r in roles}
    for _ in names[1:]:
        options = [r for r in pool if r not in used or r == "director"]
        role = rng.choice(options)
        if role == "other" and rng.random() < 0.6:
            role = "director"
        used.add(role)
        out.append((rng.choice(TITLES[role]), (role,)))
    return out


def term_label(name: str, rng: random.Random) -> str:
    return rng.choice(TERM_LABELS[name])


def founded_clause(subject: str, year: int, day: str, rng: random.Random) -> str:
    """'X was established in 2015', 'X has been trading since 2012', 'X (founded 2019)'..."""
    return rng.choice(
        [
            f"{subject} was established in {year}",
            f"{subject} was incorporated on {day}",
            f"{subject} was founded in {year}",
            f"{subject} has been trading since {year}",
            f"{subject} (founded {year}) is an independent business",
            f"{subject} was set up in {year}",
            f"{subject} has operated since {year}",
        ]
    )


def employees_phrase(n: int, rng: random.Random) -> str:
    return rng.choice(
        [
            f"The company employs {n} people.",
            f"We currently have {n} employees.",
            f"Headcount: {n} full-time staff.",
            f"Our team is {n} people strong.",
            f"As of today the business has {n} employees.",
        ]
    )
