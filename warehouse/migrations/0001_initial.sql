-- The contract's core tables: arrivals, documents and what they disclose.
-- Money is DOUBLE in full units of `currency` (ISO 4217); percentages 0-100; page_no 1-based;
-- TIMESTAMP columns hold UTC wall-clock time (aware datetimes are converted before storing).

CREATE TABLE receipts (
    receipt_id VARCHAR PRIMARY KEY,
    file_name VARCHAR NOT NULL,
    platform VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    received_at TIMESTAMP NOT NULL,
    outcome VARCHAR NOT NULL CHECK (outcome IN ('loaded', 'duplicate', 'rejected')),
    reason VARCHAR,
    source_path VARCHAR,
    size_bytes BIGINT,
    detail VARCHAR
);
COMMENT ON TABLE receipts IS 'One row per file arrival; the first receipt of an arrival is kept.';
COMMENT ON COLUMN receipts.received_at IS 'UTC.';

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,
    file_name VARCHAR NOT NULL,
    platform VARCHAR NOT NULL,
    received_at TIMESTAMP NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('loaded', 'rejected')),
    reject_reason VARCHAR,
    doc_kind VARCHAR,
    language VARCHAR,
    page_count INTEGER,
    flow_run_id VARCHAR,
    size_bytes BIGINT,
    reject_detail VARCHAR,
    title VARCHAR,
    document_date DATE,
    has_risk_section BOOLEAN,
    loaded_at TIMESTAMP
);
COMMENT ON TABLE documents IS 'One row per distinct file content (doc_id = sha256 of the bytes).';
COMMENT ON COLUMN documents.received_at IS 'UTC; when this content first arrived.';
COMMENT ON COLUMN documents.loaded_at IS 'UTC; when this content was first loaded (kept on reloads).';

CREATE TABLE pages (
    doc_id VARCHAR NOT NULL,
    page_no INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    columns INTEGER,
    table_count INTEGER,
    PRIMARY KEY (doc_id, page_no)
);

CREATE TABLE entities (
    doc_id VARCHAR NOT NULL,
    page_no INTEGER NOT NULL,
    label VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    source VARCHAR
);
COMMENT ON COLUMN entities.start_char IS 'Character offset into pages.text of the same page.';

CREATE TABLE companies (
    doc_id VARCHAR PRIMARY KEY,
    company_name VARCHAR,
    registration_id VARCHAR,
    registration_id_valid BOOLEAN,
    country VARCHAR,
    region VARCHAR,
    city VARCHAR,
    founded_year INTEGER,
    employees INTEGER,
    registration_kind VARCHAR,
    page_no INTEGER,
    evidence VARCHAR
);
COMMENT ON COLUMN companies.country IS 'ISO 3166-1 alpha-2.';

CREATE TABLE people (
    doc_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    page_no INTEGER NOT NULL,
    evidence VARCHAR
);

CREATE TABLE figures (
    doc_id VARCHAR NOT NULL,
    figure_no INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    currency VARCHAR,
    fiscal_year INTEGER,
    page_no INTEGER NOT NULL,
    evidence VARCHAR NOT NULL,
    source VARCHAR NOT NULL CHECK (source IN ('text', 'table')),
    x0 DOUBLE,
    top DOUBLE,
    x1 DOUBLE,
    bottom DOUBLE
);
COMMENT ON COLUMN figures.value IS 'Full units of currency; percentages 0-100; employees a count.';
COMMENT ON COLUMN figures.figure_no IS 'Order of the figure within its document, from 1.';

CREATE TABLE offerings (
    doc_id VARCHAR PRIMARY KEY,
    currency VARCHAR,
    funding_target DOUBLE,
    maximum_target DOUBLE,
    equity_offered_pct DOUBLE,
    pre_money_valuation DOUBLE,
    price_per_share DOUBLE,
    minimum_investment DOUBLE,
    deadline DATE,
    deadline_page_no INTEGER,
    deadline_evidence VARCHAR
);
COMMENT ON COLUMN offerings.equity_offered_pct IS 'Percent, 0-100.';

CREATE TABLE use_of_funds (
    doc_id VARCHAR NOT NULL,
    line_no INTEGER NOT NULL,
    category VARCHAR NOT NULL,
    amount DOUBLE,
    currency VARCHAR,
    pct DOUBLE,
    page_no INTEGER NOT NULL,
    evidence VARCHAR,
    source VARCHAR CHECK (source IN ('text', 'table'))
);
COMMENT ON COLUMN use_of_funds.pct IS 'Percent of the proceeds, 0-100.';

-- One row per (doc_id, fiscal_year, line_item): a table beats running text, then the earliest
-- page, then the first figure read.
CREATE VIEW financials AS
SELECT
    doc_id,
    fiscal_year,
    name AS line_item,
    value,
    currency,
    page_no,
    source,
    evidence,
    figure_no
FROM figures
WHERE name IN ('revenue', 'net_income', 'total_assets', 'total_liabilities', 'total_equity', 'cash')
    AND fiscal_year IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY doc_id, fiscal_year, name
    ORDER BY CASE source WHEN 'table' THEN 0 ELSE 1 END, page_no, figure_no
) = 1;
