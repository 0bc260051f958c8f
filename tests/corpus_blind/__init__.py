"""Blind test-corpus generator: synthetic disclosure PDFs with their own ground truth.

Written without looking at the extractors, so its wording is independent of theirs.

    python -m tests.corpus_blind.generate OUT_DIR --seed N [--n-docs N]   # PDFs + truth.json
    python -m tests.corpus_blind.check OUT_DIR                              # self-check

Modules
    generate       corpus plan (mix of kinds), CLI
    defects, regimes
                   the rule ids a document can break and which documents get them; disclosure
                   regimes by jurisdiction (US Reg CF, EU ECSP, China), caps, assurance tiers
    check, check_rules
                   re-reads the PDFs with pypdfium2 and checks truth.json against them; each
                   injected defect is there, a consistent document passes every rule
    layout, blocks, tables, fonts
                   a small page-layout engine on the reportlab canvas that stamps every fact
                   with the page it lands on (one/two columns, sidebar, headers, footers)
    model          Company/Person and the truth record; figure priority (statement > table > prose)
    money          money, percentages and dates in many printed forms; Chinese numerals
    names, companies, china_en, registry
                   invented issuers, people, addresses, registration numbers with check digits
    labels, wording, prose
                   offer-term labels (house styles, local-language labels), titles, risks,
                   founding/headcount phrases, filler and market/competitor sentences
    about, team    company facts (lists, tables, letterheads, prose) and the people (tables,
                   role-first lines, board prose, bios, cards, signature blocks)
    sections, sheet, offer_prose, distract
                   the offer: term sheets in many layouts or prose, and the numbers near it
                   that are not its terms (post-money, fees, grants, founders' money...)
    uof            use of proceeds: tables, lists, prose, percent-only; fee lines not uses
    excess, assurance, custody
                   what money above the target pays for; who stands behind a Form C's
                   statements (audit, review, officer's certification); a Chinese offering's
                   custodian bank
    history        past results in prose (periods, prior years, changes, EPS, forecasts)
    terms, finance consistent offer terms / use-of-funds splits and multi-year financials
    stmt_rows, stmt_render, fin_extras
                   English primary statements (US GAAP, IFRS, UK) and what surrounds them
    business_plan, offering_us, offering_eu, kiis, fin_docs
                   English business plans, Form C, UK/Irish offers, EU KIIS, annual reports
    zh_base, zh_plan, zh_terms, zh_fin
                   商业计划书 / 融资计划书 (terms, uses, custody) and 财务报表 (合并 and 母公司)
    zh_about, zh_team, zh_uof
                   the Chinese documents' company facts (labels, sentences, tables), people
                   (title lines, résumés, tables, rosters) and 资金用途 (tables in 万元 or 元,
                   lists, prose with amounts, shares only)
    bad_inputs     empty, not a PDF, corrupt, encrypted, scanned (no text layer)
"""
