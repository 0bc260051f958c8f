"""English vocabulary: how people label offering terms, titles, risks and uses of money."""

from __future__ import annotations

import random

from tests.corpus_blind.labels import TERM_LABELS, term_label  # noqa: F401 - re-exported

TITLES: dict[str, list[str]] = {
    "ceo": [
        "Chief Executive Officer", "CEO", "Chief Executive", "Group CEO",
        "Chief Executive Officer (CEO)", "Chief Exec",
    ],
    "cfo": [
        "Chief Financial Officer", "CFO", "Finance Director", "Chief Finance Officer",
        "Group Finance Director", "Chief Financial Officer (CFO)",
    ],
    "coo": ["Chief Operating Officer", "COO", "Chief Operations Officer"],
    "cto": [
        "Chief Technology Officer", "CTO", "Chief Technical Officer",
        "Chief Technology Officer (CTO)",
    ],
    "chair": [
        "Chair", "Chairman", "Chairwoman", "Non-Executive Chair", "Chair of the Board",
        "Chairperson", "Board Chair", "Executive Chair", "Chairman of the Board",
    ],
    "director": [
        "Director", "Non-Executive Director", "Independent Director", "Board Member",
        "Executive Director", "Non-executive director", "Member of the Board",
    ],
    "secretary": ["Company Secretary", "Secretary", "Corporate Secretary"],
    "president": ["President", "Company President"],
    "treasurer": ["Treasurer", "Corporate Treasurer"],
    "founder": ["Founder", "Company Founder"],
    "co_founder": ["Co-founder", "Co-Founder", "Cofounder"],
    "other": [
        "Group Leader", "Head of Sales", "Head of Product", "Lead Engineer", "Adviser",
        "Head of Marketing", "Head of Operations", "VP Engineering", "Chief Scientist",
        "Advisor", "Head of Design",
    ],
}  # fmt: skip
COMBINED: list[tuple[str, tuple[str, ...]]] = [
    ("Co-founder & CEO", ("co_founder", "ceo")),
    ("Founder and Chief Executive", ("founder", "ceo")),
    ("President and CEO", ("president", "ceo")),
    ("CEO & Co-founder", ("ceo", "co_founder")),
    ("Founder, CEO", ("founder", "ceo")),
    ("Chief Executive and Co-Founder", ("ceo", "co_founder")),
    ("Co-founder and CTO", ("co_founder", "cto")),
    ("Co-founder / CTO", ("co_founder", "cto")),
    ("CFO & Company Secretary", ("cfo", "secretary")),
    ("Chair and Co-founder", ("chair", "co_founder")),
]
CEO_COMBINED = 6  # the first six combined titles make someone the chief executive
OTHER_COMBINED = COMBINED[CEO_COMBINED:]

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
    "Use of funds", "Use of proceeds", "How we will use the money", "Allocation of funds",
    "What the money is for", "Use of the investment", "Use of Proceeds", "Where the money goes",
    "Planned use of the capital raised", "Investment allocation", "Spending plan",
    "How the funds will be deployed",
]  # fmt: skip
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
    "Team expansion (4 hires)",
    "Brand and customer acquisition",
    "IT infrastructure",
    "CE certification",
    "Clinical validation study",
    "Fit-out of the production site",
    "Capital expenditure",
    "Software licences",
    "Recruitment",
    "Export and distribution",
    "Stock purchases",
    "Patent filings",
    "Pilot projects with customers",
    "Tooling and moulds",
    "Customer support",
    "Second production line",
    "Certification and testing",
    "Repayment of shareholder loan",
]
# Lines printed next to a use-of-funds list that are not uses: fees paid outside the raise.
FEE_NOTES = [
    "The platform's success fee of {pct} of funds raised is paid by the company from existing "
    "cash and is not included above.",
    "Investors pay a {pct} transaction fee to the platform on top of their investment; it is "
    "not part of the amounts above.",
    "Note: a platform fee of {pct} is payable separately and does not reduce the amounts shown.",
    "Fees: the intermediary charges the issuer {pct} of the amount raised, settled outside this "
    "budget.",
]


def team(
    rng: random.Random, names: list[str], style: str = "startup"
) -> list[tuple[str, tuple[str, ...]]]:
    """(title as printed, roles) for each name; the first is always the chief executive."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if rng.random() < 0.35:
        out.append(rng.choice(COMBINED[:CEO_COMBINED]))
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
        combined = [c for c in OTHER_COMBINED if c[1][0] == role and not used & set(c[1])]
        if combined and style != "us" and rng.random() < 0.3:
            title, roles = rng.choice(combined)
            used.update(roles)
            out.append((title, roles))
            continue
        used.add(role)
        out.append((rng.choice(TITLES[role]), (role,)))
    return out


def lower_first(text: str) -> str:
    """'Marketing' -> 'marketing' inside a sentence; 'CE certification', 'IT' stay as they are."""
    head = text.split(" ", 1)[0]
    return text if head.isupper() or head[1:2].isupper() else text[0].lower() + text[1:]


def founded_clause(subject: str, year: int, day: str, rng: random.Random) -> str:
    """'X was established in 2015', 'X has been trading since 2012', 'X (founded 2019)'..."""
    inner = "the " + subject[4:] if subject.startswith("The ") else subject  # mid-sentence
    return rng.choice(
        [
            f"{subject} was established in {year}",
            f"{subject} was incorporated on {day}",
            f"{subject} was founded in {year}",
            f"{subject} has been trading since {year}",
            f"{subject} (founded {year}) is an independent business",
            f"{subject} was set up in {year}",
            f"{subject} has operated since {year}",
            f"{subject} was registered on {day}",
            f"Since its incorporation on {day}, {inner} has grown steadily",
            f"{subject} was formed in {year} by its founders",
            f"{subject} began life in {year} as a spin-out",
            f"Founded in {year}, {inner} is privately owned",
            f"{subject} dates back to {year}",
            f"{subject} was launched in {year}",
            f"{subject} opened its doors in {year}",
            f"{subject}, in business since {year}, is owned by its management",
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
            f"We are a team of {n}.",
            f"{n} people work for the company today.",
            f"The business has {n} full-time equivalent employees (FTEs).",
            f"Staff numbers have reached {n}.",
            f"There are {n} people on the payroll.",
            f"Today we employ {n} staff across our offices.",
            f"The team now numbers {n}.",
        ]
    )


def later_year_distractor(founded: int, rng: random.Random) -> str:
    """A later milestone year that is not the founding year."""
    year = rng.randint(founded + 1, 2024)
    return rng.choice(
        [
            f"In {year} we opened our second site.",
            f"Our first product reached customers in {year}.",
            f"The current management team took over in {year}.",
            f"We moved to our present premises in {year}.",
        ]
    )


def headcount_distractor(n: int, rng: random.Random) -> str:
    """A number of people that is not today's headcount."""
    more = rng.choice([k for k in (4, 6, 8, 10, 12, 15, 20) if k != n])
    return rng.choice(
        [
            f"We plan to hire {more} more people over the next year.",
            f"The raise funds {more} new roles.",
            f"We expect to add {more} staff once the round closes.",
        ]
    )
