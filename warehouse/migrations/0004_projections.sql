-- Forward-looking amounts a plan prints (a three-year plan, "we expect revenue of £2m in 2026"):
-- kept with their year, never passed off as statement figures.

CREATE TABLE projections (
    doc_id VARCHAR NOT NULL,
    projection_no INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    currency VARCHAR,
    fiscal_year INTEGER NOT NULL,
    page_no INTEGER NOT NULL,
    evidence VARCHAR NOT NULL,
    source VARCHAR NOT NULL CHECK (source IN ('text', 'table')),
    x0 DOUBLE,
    top DOUBLE,
    x1 DOUBLE,
    bottom DOUBLE
);
COMMENT ON TABLE projections IS 'One row per projected key figure and year, as a plan prints it.';
COMMENT ON COLUMN projections.name IS 'revenue | net_income | total_assets | total_liabilities | total_equity | cash.';
COMMENT ON COLUMN projections.value IS 'Full units of currency, sign included.';
COMMENT ON COLUMN statement_lines.statement IS 'balance_sheet | income_statement | comprehensive_income | cash_flow | equity | summary (financial highlights, a five-year record: key figures by year, not a primary statement).';
