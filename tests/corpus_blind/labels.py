"""Labels of offering terms: the common English pool, regional house styles, and local-language
labels that continental issuers print beside (or instead of) the English one."""

from __future__ import annotations

import random

TERM_LABELS: dict[str, list[str]] = {
    "funding_target": [
        "Target raise", "Raise size", "Funding target", "Minimum target", "Amount sought",
        "Target offering amount", "Target amount", "Investment sought", "Capital sought",
        "Target capital amount", "Investment target", "Funding goal", "Amount to be raised",
        "Round size", "Target investment", "Minimum raise", "Raise target", "Amount being raised",
        "Target capital", "Equity raise (target)", "Minimum funding target",
    ],
    "maximum_target": [
        "Maximum raise", "Overfunding ceiling", "Maximum offering amount", "Maximum target",
        "Hard cap", "Overfunding limit", "Maximum amount (incl. overfunding)", "Max raise",
        "Overfunding target", "Maximum funding", "Funding limit", "Cap on overfunding",
        "Maximum capital amount", "Ceiling (with overfunding)", "Upper limit of the offer",
        "Maximum subscription (incl. overfunding)",
    ],
    "equity_offered_pct": [
        "Equity offered", "Stake available to investors", "Equity on offer",
        "Percentage of equity offered", "Share of the company offered", "Equity being offered",
        "Equity stake offered", "% equity offered", "Percentage of share capital offered",
        "Shareholding offered", "Equity for investors", "Equity offered (dilution)",
        "Investor stake", "New shares as % of enlarged capital", "Equity released",
    ],
    "pre_money_valuation": [
        "Pre-money valuation", "Valuation before the raise", "Pre-money",
        "Pre-investment valuation", "Valuation (pre-money)", "Company valuation before investment",
        "Pre-money company valuation", "Pre-money value", "Valuation prior to the offer",
        "Valuation before investment", "Pre-money equity valuation", "Valuation pre-raise",
        "Valuation before this round",
    ],
    "post_money_valuation": [
        "Post-money valuation", "Post-money", "Valuation after the raise",
        "Post-money company valuation", "Valuation after investment", "Post-investment valuation",
        "Post-money value", "Valuation post-raise",
    ],
    "price_per_share": [
        "Share price", "Price per share", "Cost of one share", "Issue price",
        "Subscription price per share", "Price per security", "Share issue price",
        "Subscription price", "Price per new share", "Issue price per share", "Offer price",
        "Cost per share", "Price of one share", "Share price (incl. premium)",
    ],
    "minimum_investment": [
        "Minimum investment", "Smallest ticket accepted", "Minimum subscription",
        "Minimum investment amount", "Min. ticket", "Lowest investment accepted",
        "Minimum individual investment", "Min. investment", "Minimum ticket", "Minimum pledge",
        "Minimum amount per investor", "Investment from", "Entry ticket", "Smallest investment",
        "Minimum commitment",
    ],
    "deadline": [
        "Closing date", "Offer closes on", "Deadline", "Offer deadline", "Campaign end date",
        "Subscription period ends", "Offering deadline", "Offer period ends",
        "End of subscription period", "Campaign closes", "Final closing date", "Funding deadline",
        "Close date", "Offer end date", "Subscription deadline", "Offer open until",
    ],
    "doc_date": [
        "Date of this document", "Document date", "Dated", "Date", "Date of issue", "As of",
        "Version date", "Prepared on",
    ],
    "shares": [
        "New shares offered", "Number of shares offered", "Shares on offer",
        "Shares offered (at target)", "Number of new shares (target)", "New shares to be issued",
    ],
}  # fmt: skip

# House styles: a US Form C, a UK pitch, an EU KIIS (Regulation 2020/1503).
REGIONAL: dict[str, dict[str, list[str]]] = {
    "us": {
        "funding_target": ["Target Offering Amount", "Target Amount", "Minimum Offering Amount"],
        "maximum_target": ["Maximum Offering Amount", "Maximum Amount"],
        "price_per_share": ["Price per Security", "Price per Share", "Purchase price per share"],
        "minimum_investment": ["Minimum Individual Investment", "Minimum Investment Amount"],
        "deadline": ["Offering Deadline", "Deadline to reach the Target Offering Amount"],
        "pre_money_valuation": ["Pre-Money Valuation", "Pre-money valuation of the Company"],
    },
    "uk": {
        "funding_target": ["Investment target", "Target", "Raise target", "Minimum target"],
        "maximum_target": ["Overfunding up to", "Maximum (with overfunding)", "Overfunding cap"],
        "equity_offered_pct": ["Equity offered", "Equity", "% equity"],
        "minimum_investment": ["Minimum investment", "Invest from"],
        "deadline": ["Campaign closes", "Closing date", "Pitch ends"],
    },
    "eu": {
        "funding_target": ["Target capital amount", "Funding threshold", "Issue volume (target)"],
        "maximum_target": ["Maximum offer amount", "Funding limit", "Maximum issue volume"],
        "price_per_share": ["Issue price", "Subscription price"],
        "equity_offered_pct": ["Percentage of share capital offered", "Share of capital offered"],
        "minimum_investment": [
            "Minimum subscription amount per investor", "Minimum participation",
            "Minimum subscription",
        ],
        "deadline": [
            "Deadline for reaching the target capital", "End of the offer period",
            "Offer period ends",
        ],
        "pre_money_valuation": ["Company valuation (pre-money)", "Pre-money valuation"],
    },
}  # fmt: skip

# What a German, French, Italian, Dutch or Austrian issuer prints beside the English label.
LOCAL: dict[str, dict[str, list[str]]] = {
    "DE": {
        "funding_target": ["Fundingschwelle", "Zielbetrag", "Emissionsvolumen"],
        "maximum_target": ["Fundinglimit", "Maximales Emissionsvolumen"],
        "equity_offered_pct": ["Beteiligungsquote"],
        "pre_money_valuation": ["Pre-Money-Bewertung", "Unternehmensbewertung (pre-money)"],
        "price_per_share": ["Ausgabepreis", "Preis je Aktie"],
        "minimum_investment": ["Mindestzeichnung", "Mindestinvestment"],
        "deadline": ["Ende der Zeichnungsfrist", "Angebotsende"],
    },
    "FR": {
        "funding_target": ["Objectif de collecte", "Montant cible"],
        "maximum_target": ["Montant maximum", "Plafond de collecte"],
        "equity_offered_pct": ["Part du capital offerte"],
        "pre_money_valuation": ["Valorisation pré-money", "Valorisation avant levée"],
        "price_per_share": ["Prix de souscription", "Prix par action"],
        "minimum_investment": ["Ticket minimum", "Souscription minimale"],
        "deadline": ["Date limite", "Clôture de l'offre"],
    },
    "IT": {
        "funding_target": ["Obiettivo di raccolta", "Obiettivo minimo"],
        "maximum_target": ["Obiettivo massimo", "Importo massimo"],
        "equity_offered_pct": ["Quota di capitale offerta"],
        "pre_money_valuation": ["Valutazione pre-money"],
        "price_per_share": ["Prezzo di emissione", "Prezzo per quota"],
        "minimum_investment": ["Investimento minimo", "Sottoscrizione minima"],
        "deadline": ["Scadenza", "Termine dell'offerta"],
    },
    "NL": {
        "funding_target": ["Doelbedrag", "Minimaal doelbedrag"],
        "maximum_target": ["Maximaal bedrag"],
        "equity_offered_pct": ["Aangeboden aandelenbelang"],
        "pre_money_valuation": ["Pre-money waardering"],
        "price_per_share": ["Uitgifteprijs", "Prijs per aandeel"],
        "minimum_investment": ["Minimale inleg", "Minimale investering"],
        "deadline": ["Einddatum", "Sluitingsdatum"],
    },
}  # fmt: skip
LOCAL["AT"] = LOCAL["DE"]
LOCAL["BE"] = LOCAL["FR"]


def term_label(
    name: str, rng: random.Random, region: str | None = None, country: str | None = None
) -> str:
    """An English label for a term; a regional house style half the time; for a continental
    issuer sometimes 'English / Local' or 'Local (English)'."""
    pool = TERM_LABELS[name]
    house = REGIONAL.get(region or "", {}).get(name)
    en = rng.choice(house) if house and rng.random() < 0.5 else rng.choice(pool)
    local = LOCAL.get(country or "", {}).get(name)
    if local and rng.random() < 0.3:
        loc = rng.choice(local)
        return rng.choice([f"{en} / {loc}", f"{loc} ({en})", f"{en} ({loc})"])
    return en
