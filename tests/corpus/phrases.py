"""Phrase variants as data: headings, fact sentences, labels, distractors and filler.

Templates use `str.format` fields. Fact templates name the truth fields they print, so the
generator records only what a document really says.
"""

from __future__ import annotations

ROLE_TITLES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("ceo",): ("Chief Executive Officer", "CEO"),
    ("cfo",): ("Chief Financial Officer", "CFO"),
    ("coo",): ("Chief Operating Officer", "COO"),
    ("cto",): ("Chief Technology Officer", "CTO"),
    ("chair",): ("Chair", "Chairman", "Chair of the Board"),
    ("president",): ("President",),
    ("director",): ("Director", "Non-Executive Director"),
    ("secretary",): ("Company Secretary",),
    ("officer",): ("Compliance Officer", "Chief Marketing Officer"),
    ("founder", "ceo"): ("Founder & CEO", "Founder and Chief Executive Officer"),
    ("president", "ceo"): ("President and CEO",),
    ("co_founder", "cto"): ("Co-founder and CTO", "Co-Founder & Chief Technology Officer"),
    ("co_founder", "coo"): ("Co-founder & COO", "Co-founder and Chief Operating Officer"),
}

HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": ("Executive Summary", "Summary", "Overview", "At a glance"),
    "company": ("The Company", "Company Overview", "About Us", "Who we are", "Company Information"),
    "product": ("Our Product", "Products and Services", "What we do", "The Solution"),
    "market": ("Market Opportunity", "The Market", "Market Analysis", "Competition"),
    "team": ("Management Team", "Our Team", "Team", "Leadership", "Directors and Management"),
    "offer": (
        "The Offer",
        "Investment Opportunity",
        "Offering Terms",
        "Terms of the Offer",
        "The Raise",
    ),
    "funds": (
        "Use of Proceeds",
        "Use of Funds",
        "How we will use the money",
        "Allocation of Funds",
        "What the money is for",
    ),
    "risks": (
        "Risk Factors",
        "Risks",
        "Key risks",
        "Principal Risks and Uncertainties",
        "Investment risks",
    ),
    "history": (
        "Financial History",
        "Historical Financial Information",
        "Financials",
        "Track Record",
    ),
    "outlook": ("Financial Projections", "Outlook", "Growth Plan"),
    "contact": ("Contact", "Contact Details", "Get in touch"),
    "notice": ("Important Notice", "Disclaimer", "Important Information"),
    "subscribe": ("How to Invest", "Subscription Procedure", "Investing in the Offer"),
}
COVER_TITLES: dict[str, tuple[str, ...]] = {
    "business_plan": (
        "Business Plan",
        "Business Plan {year}",
        "Investor Business Plan",
        "Business Plan and Investment Summary",
        "Growth Plan {year}",
    ),
    "offering": (
        "Offering Document",
        "Crowdfunding Offer Document",
        "Key Investment Information Sheet",
        "Offering Memorandum",
        "Investment Summary and Term Sheet",
    ),
    "financial_statement": (
        "Financial Statements",
        "Annual Report and Financial Statements",
        "Unaudited Financial Statements",
        "Annual Accounts",
    ),
}
DATE_LINES = ("Date: {date}", "{date}", "Version 2.1 – {date}", "Prepared {date}", "As of {date}")

# (template, prints_region): where the issuer is, by naming culture.
LOCATIONS: dict[str, tuple[tuple[str, bool], ...]] = {
    "us": (
        ("{name} is a Delaware corporation headquartered in {city}, {region}.", True),
        ("{name} is based in {city}, {region}.", True),
        ("Registered office: {street}, {city}, {region}, United States", True),
        ("Headquarters: {city}, {region}", True),
    ),
    "cn": (
        ("{name} is based in {city}, {region_label}, China.", True),
        ("Registered address: {street}, {city}, {region_label}, People's Republic of China", True),
        ("{name} is headquartered in {city}, China.", False),
    ),
    "eu": (
        ("Registered office: {street}, {city}, {country}", False),
        ("{name} is a {adjective} company based in {city}, {country}.", False),
        ("Our headquarters are in {city}, {country}.", False),
    ),
    "uk": (
        ("{name} is a private limited company based in {city}, {region}.", True),
        ("Registered office: {street}, {city}, United Kingdom", False),
        ("{name} operates from offices in {city}, {region}.", True),
    ),
    "in": (("{name} is headquartered in {city}, {region}, India.", True),),
    "hk": (("{name} is incorporated in Hong Kong with its office at {street}, Hong Kong.", False),),
}
ADJECTIVES = {"FR": "French", "DE": "German", "NL": "Dutch", "IE": "Irish"}
FOUNDED: tuple[tuple[str, str], ...] = (
    ("The company was founded in {year}.", "year"),
    ("{name} was incorporated on {date}.", "date"),
    ("Established in {year}, {short} now serves customers across the region.", "year"),
    ("Date of incorporation: {date}", "date"),
    ("{short} has been trading since it was founded in {year}.", "year"),
    ("Year founded: {year}", "year"),
)
EMPLOYEES = (
    "{short} employs {n} people.",
    "We have a team of {n} full-time staff.",
    "Employees: {n}",
    "Headcount: {n}",
    "The business currently has {n} employees.",
)
REGISTRATION: dict[str, tuple[str, ...]] = {
    "us_ein": ("EIN: {id}", "Employer Identification Number {id}", "Tax ID (EIN): {id}"),
    "cn_uscc": (
        "Unified Social Credit Code: {id}",
        "USCC: {id}",
        "Unified Social Credit Code {id}",
    ),
    "eu_vat": ("VAT number: {id}", "VAT No. {id}", "VAT registration number {id}"),
    "uk_crn": ("Company number {id}", "Company No: {id}", "Registered number: {id}"),
}
VAT_NATIVE = {"DE": "USt-IdNr.: {id}", "NL": "BTW-nummer: {id}", "FR": "N° TVA: {id}"}

BIOS = (
    "previously led operations at a regional logistics business",
    "spent a decade in product management at two software companies",
    "holds an engineering degree and built the first prototype",
    "was formerly a finance director in the consumer goods sector",
    "brings long experience of scaling sales teams across Europe",
    "has advised early-stage companies on fundraising and governance",
    "trained as a chartered accountant before moving into start-ups",
    "previously ran a design studio serving retail brands",
)
TEAM_LINES: dict[str, str] = {
    "comma": "{name}, {title}",
    "parens": "{name} ({title})",
    "colon": "{title}: {name}",
    "prose": "Our {title_lc}, {name}, {bio}.",
}
DIRECTORS_LINES = ("Directors: {names}.", "The board of directors comprises {names}.")
ADVISORS = ("Our advisory board includes {name}, who {bio}.", "Advisor: {name}")

TERM_LABELS: dict[str, tuple[str, ...]] = {
    "funding_target": ("Funding target", "Target raise", "Minimum target", "Target amount"),
    "maximum_target": ("Maximum target", "Maximum raise", "Overfunding cap", "Maximum amount"),
    "equity_offered_pct": ("Equity offered", "Equity on offer", "Share of equity offered"),
    "pre_money_valuation": ("Pre-money valuation", "Valuation (pre-money)", "Pre-money"),
    "price_per_share": ("Price per share", "Share price", "Issue price per share"),
    "minimum_investment": ("Minimum investment", "Minimum subscription", "Min. investment"),
    "deadline": ("Closing date", "Deadline", "Offer closes", "Offer deadline"),
}
TERM_EXTRAS = (
    ("Instrument", "Ordinary shares"),
    ("Share class", "A ordinary shares"),
    ("Investor fee", "{fee}"),
    ("Tax relief", "Not applicable"),
    ("Voting rights", "One vote per share"),
)
PROSE_TARGET = (
    "We are seeking to raise {target}",
    "{short} is looking to raise {target}",
    "This offer aims to raise {target}",
    "Our target raise is {target}",
)
PROSE_EQUITY = (
    " in exchange for {equity} equity",
    " for {equity} of the company",
    " in return for {equity} of the enlarged share capital",
)
PROSE_PRE_MONEY = (
    ", implying a pre-money valuation of {pre}.",
    ". This gives a pre-money valuation of {pre}.",
)
PROSE_MAXIMUM = (
    "We may accept overfunding up to a maximum of {max}.",
    "The raise is capped at {max} if overfunded.",
    "Overfunding is permitted to a maximum raise of {max}.",
)
PROSE_PRICE = ("Shares are offered at {price} per share.", "The price per share is {price}.")
PROSE_MINIMUM = ("The minimum investment is {min}.", "We welcome investments from {min}.")
PROSE_DEADLINE = (
    "The offer closes on {deadline}.",
    "The campaign ends on {deadline}.",
    "Investments must be made by {deadline}.",
)
SUMMARY_TARGET = (
    "We are now raising {target} to accelerate growth.",
    "This round of {target} will fund the next stage of the plan.",
)

FUNDS_PROSE = (
    "We will allocate {items}.",
    "The proceeds will be used as follows: {items}.",
    "Of the money raised, we plan to spend {items}.",
)
FUNDS_PROSE_ITEMS: dict[str, str] = {
    "both": "{pct} ({amount}) to {category}",
    "amount": "{amount} on {category}",
    "pct": "{pct} to {category}",
}
FUNDS_BULLETS = (
    "{category} – {amount} ({pct})",
    "{category}: {amount} ({pct})",
    "{category} — {pct} ({amount})",
    "{amount} for {category_lc} ({pct})",
)
FUNDS_TABLE_HEADERS = (
    ("Category", "Amount", "%"),
    ("Use of funds", "Amount ({code})", "Share"),
    ("Item", "{code}", "% of raise"),
    ("Purpose", "Allocation", "Percentage"),
)

RISKS: tuple[tuple[str, str], ...] = (
    (
        "Loss of capital",
        "Investing in early-stage businesses involves risks, including the loss "
        "of all the capital invested. Investors should only invest money they can afford to lose.",
    ),
    (
        "Illiquidity",
        "Shares in {short} are not listed on any exchange and it may be difficult "
        "to sell them or to realise their value.",
    ),
    (
        "Dilution",
        "Future funding rounds may dilute the percentage holding of investors in this "
        "offer, and new shares may carry preferential rights.",
    ),
    (
        "Dividends",
        "The company does not expect to pay dividends in the foreseeable future and "
        "any return is likely to come only from a sale of the business.",
    ),
    (
        "Key people",
        "The business depends on a small number of key people, and the departure of "
        "any of them could delay the plan.",
    ),
    (
        "Competition",
        "Larger competitors in {market} may respond with lower prices or greater "
        "marketing budgets than we can match.",
    ),
    (
        "Regulation",
        "Changes in regulation affecting {customers} could increase our costs or "
        "reduce demand for {product}.",
    ),
    (
        "Supply chain",
        "We rely on a limited number of suppliers, and disruption to their "
        "operations could delay deliveries to customers.",
    ),
    (
        "Execution",
        "The plan assumes we can hire and retain skilled staff; failure to do so "
        "could slow growth and increase losses.",
    ),
)
RISK_INTROS = (
    "Investors should consider the following risks before investing.",
    "The principal risks we have identified are set out below.",
    "",
)

DISTRACTORS: dict[str, tuple[str, ...]] = {
    "market_size": (
        "The {market} market is worth an estimated {amount} worldwide.",
        "Analysts size the global {market} market at {amount} and growing.",
    ),
    "product_price": (
        "A {item} costs {amount} a month.",
        "Our {item} retails at {amount}.",
    ),
    "competitor": (
        "Competitor {competitor} raised {amount} last year, which shows investor appetite.",
        "Our closest rival, {competitor}, closed a funding round of {amount} in {year}.",
    ),
    "previous_round": (
        "In {year} we raised {amount} from angel investors to build the first version.",
        "A seed round of {amount} in {year} funded our pilot customers.",
    ),
    "market_share": (
        "We estimate that we already hold about {pct} of the {market} market in {city}.",
        "Our share of the local {market} market is roughly {pct}.",
    ),
    "growth": (
        "Sales grew {pct} year on year, driven by repeat customers.",
        "Customer numbers rose {pct} over the last twelve months.",
    ),
}
OUTLOOK = (
    "We expect revenue to grow by around {pct} a year over the next three years as we expand "
    "into new regions.",
    "Our plan assumes break-even within {months} months of closing the round.",
)

FILLER: dict[str, tuple[str, ...]] = {
    "summary": (
        "{short} makes {product} for {customers}.",
        "Our mission is to make {market} simpler, cheaper and fairer.",
        "Demand from {customers} has outpaced our ability to deliver.",
        "The company has a working product, paying customers and a clear route to scale.",
        "We believe the next two years are decisive for {market}.",
        "This document explains the business, the team and the terms on which we invite you "
        "to invest.",
        "We have built a loyal customer base with almost no paid marketing.",
        "The founders have worked together for several years and complement each other well.",
        "Investors join at a point where the product is proven and growth is accelerating.",
    ),
    "company": (
        "From the start, {short} has focused on {customers}.",
        "The business began as a side project and became a company once the first customers "
        "signed up.",
        "We operate from a shared workspace close to our main customers in {city}.",
        "Our culture values careful engineering, honest reporting and fast feedback.",
        "The company has no subsidiaries and no outstanding loans from its founders.",
    ),
    "product": (
        "We designed {product} to be set up in an afternoon and to pay for itself quickly.",
        "Customers tell us that reliability matters more to them than any single feature.",
        "We release improvements every few weeks and publish a public roadmap.",
        "The product is built on open standards so that customers are never locked in.",
        "Support is provided by the same people who build the product.",
        "Our pilot customers have helped shape every release so far.",
    ),
    "market": (
        "{market_cap} is changing quickly as {customers} look for better tools.",
        "Most incumbents sell expensive, complex systems that smaller buyers cannot justify.",
        "We see room for a focused supplier that serves {customers} well.",
        "Regulation is moving in our favour, and buyers increasingly ask for proof of impact.",
        "Our research suggests that switching costs are lower than commonly assumed.",
        "Buyers increasingly compare suppliers online before they ever speak to sales.",
        "Consolidation among larger players leaves smaller customers underserved.",
        "Public funding programmes are encouraging {customers} to modernise.",
    ),
    "strategy": (
        "We sell directly at first and will add distribution partners once the playbook is proven.",
        "Marketing relies on referrals, trade fairs and content written by the team.",
        "We will expand from {city} to neighbouring regions over the coming years.",
        "Hiring will focus on engineering and customer success.",
        "We will invest in onboarding so that new customers see value in their first week.",
        "A small partnerships team will work with distributors and industry bodies.",
        "Pricing will stay simple, with discounts only for longer commitments.",
    ),
    "business_model": (
        "Revenue comes from a mix of one-off sales and recurring service fees.",
        "Gross margins improve as volumes grow because setup costs are shared.",
        "We price transparently and publish our standard terms online.",
        "Larger customers sign annual contracts, which makes revenue more predictable.",
        "Partnerships with installers and resellers extend our reach at low cost.",
        "We keep inventory lean and order components against confirmed demand.",
        "Payment terms are short, so working capital needs stay modest.",
    ),
    "milestones": (
        "The first prototype was tested with a handful of friendly customers.",
        "Our first commercial contract followed a successful pilot.",
        "We moved into a larger workspace to make room for the growing team.",
        "A second product line was launched after customer interviews.",
        "The team completed an independent security and quality review.",
        "We won a regional innovation award for our approach to {market}.",
        "Our customer satisfaction scores have improved every quarter.",
    ),
    "customers": (
        "Our customers range from independent operators to regional groups.",
        "Most customers find us through word of mouth or a recommendation.",
        "Retention is high because switching away would disrupt daily work.",
        "We hold quarterly reviews with key accounts to plan new features.",
        "Case studies written with customers are our best sales material.",
        "Feedback sessions with {customers} shape the roadmap.",
    ),
    "notice": (
        "This document has been prepared by the directors of {name} for prospective investors.",
        "It does not constitute investment advice; investors should seek independent advice.",
        "The value of shares can go down as well as up.",
        "Forward-looking statements reflect the directors' current expectations only.",
    ),
    "subscribe": (
        "Investments are made through the crowdfunding platform, which holds funds until the "
        "offer completes.",
        "Investors receive a confirmation by email and their shares are issued after closing.",
        "If the target is not reached, all money is returned without deduction.",
    ),
    "accounts": (
        "These financial statements have been prepared under the historical cost convention.",
        "Revenue is recognised when control of goods or services passes to the customer.",
        "Property, plant and equipment is stated at cost less accumulated depreciation.",
        "The directors have assessed the company's ability to continue as a going concern.",
        "Comparative figures have been reclassified where necessary for consistency.",
    ),
}

STATEMENT_LABELS: dict[str, tuple[str, ...]] = {
    "revenue": ("Revenue", "Turnover", "Total revenue", "Sales"),
    "cost_of_sales": ("Cost of sales", "Cost of goods sold", "Cost of revenue"),
    "gross_profit": ("Gross profit",),
    "operating_expenses": ("Administrative expenses", "Operating expenses", "General and admin"),
    "operating_profit": ("Operating profit (loss)", "Operating income (loss)", "Operating result"),
    "finance_costs": ("Finance costs", "Interest expense"),
    "profit_before_tax": ("Profit (loss) before tax", "Income (loss) before income taxes"),
    "tax": ("Income tax", "Taxation", "Tax on profit"),
    "net_income": ("Net income", "Net profit (loss)", "Profit for the year", "Net income (loss)"),
    "ppe": ("Property, plant and equipment", "Tangible fixed assets", "Equipment, net"),
    "intangibles": ("Intangible assets", "Software and intellectual property"),
    "inventories": ("Inventories", "Stock"),
    "receivables": ("Trade and other receivables", "Accounts receivable", "Debtors"),
    "cash": ("Cash and cash equivalents", "Cash at bank", "Cash at bank and in hand"),
    "total_current_assets": ("Total current assets",),
    "total_assets": ("Total assets", "TOTAL ASSETS"),
    "payables": ("Trade and other payables", "Accounts payable"),
    "short_borrowings": ("Short-term borrowings", "Bank loans due within one year"),
    "long_borrowings": ("Long-term loans", "Borrowings due after one year"),
    "total_liabilities": ("Total liabilities", "TOTAL LIABILITIES"),
    "share_capital": ("Share capital", "Common stock", "Called up share capital"),
    "share_premium": ("Share premium", "Additional paid-in capital"),
    "retained_positive": ("Retained earnings", "Profit and loss account"),
    "retained_negative": (
        "Accumulated deficit",
        "Retained earnings (deficit)",
        "Accumulated losses",
    ),
    "total_equity": (
        "Total shareholders' equity",
        "Total stockholders' equity",
        "Total equity",
        "Net assets",
    ),
    "total_liabilities_and_equity": (
        "Total liabilities and equity",
        "TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY",
    ),
}
STATEMENT_TITLES: dict[str, tuple[str, ...]] = {
    "balance": ("Balance Sheet", "Statement of Financial Position", "Balance sheet as at {date}"),
    "income": (
        "Income Statement",
        "Statement of Profit or Loss",
        "Profit and Loss Account",
        "Statement of Operations",
    ),
}
SCALE_CAPTIONS: dict[str, tuple[str, ...]] = {
    "thousands": (
        "(in thousands of {code})",
        "in thousands",
        "{code} '000",
        "(Amounts in {code} thousands)",
    ),
    "millions": ("({symbol} in millions)", "(in millions of {code})"),
    "full": ("Amounts in {code}", "({symbol})", "All amounts are stated in {code}"),
}
YEAR_LABELS = ("FY{year}", "{year}", "31 Dec {year}", "Dec 31, {year}")
EMPLOYEE_NOTES = (
    "The average number of employees during the year was {n}.",
    "Average monthly number of persons employed: {n}",
)
APPROVALS = (
    "Approved by the board on {date} and signed on its behalf by {name}, Director.",
    "The financial statements were approved by the directors on {date}. Signed: {name}, Director",
)
PRINCIPAL_ACTIVITY = (
    "The principal activity of the company is the design and sale of {product}.",
    "The company's principal activity during the year was supplying {product} to {customers}.",
)
PAGE_FOOTERS = ("Page {page}", "{page}", "- {page} -", "{short} | {page}")
RELEASE_QUOTES = (
    '"This launch is a milestone for the whole team," said {name}, {title} of {short}.',
    '"Our customers asked for this, and we listened," said {title} {name}.',
)
