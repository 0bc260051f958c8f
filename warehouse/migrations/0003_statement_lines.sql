-- Every printed line of the primary financial statements, per period column.

CREATE TABLE statement_lines (
    doc_id VARCHAR NOT NULL,
    line_no INTEGER NOT NULL,
    statement VARCHAR NOT NULL,
    title VARCHAR,
    label VARCHAR NOT NULL,
    line_item VARCHAR,
    period_end DATE,
    period_months INTEGER,
    fiscal_year INTEGER,
    consolidated BOOLEAN NOT NULL,
    value DOUBLE NOT NULL,
    printed VARCHAR NOT NULL,
    scale DOUBLE NOT NULL,
    currency VARCHAR,
    page_no INTEGER NOT NULL,
    x0 DOUBLE,
    top DOUBLE,
    x1 DOUBLE,
    bottom DOUBLE
);
COMMENT ON TABLE statement_lines IS 'One row per statement line and period column, as printed.';
COMMENT ON COLUMN statement_lines.statement IS 'balance_sheet | income_statement | comprehensive_income | cash_flow | equity.';
COMMENT ON COLUMN statement_lines.line_item IS 'Vocabulary item (revenue, net_income, total_assets, current_assets, ...) or NULL.';
COMMENT ON COLUMN statement_lines.value IS 'Full units of currency, sign included (printed x scale).';
COMMENT ON COLUMN statement_lines.period_months IS 'Length of the period; NULL for a point in time (balance sheet).';
COMMENT ON COLUMN statement_lines.fiscal_year IS 'The year the period is named after (52/53-week years ending in early January: the year before).';
