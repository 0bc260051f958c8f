-- Rule findings and copy detection; later stages fill them.

CREATE TABLE findings (
    doc_id VARCHAR NOT NULL,
    rule_id VARCHAR NOT NULL,
    passed BOOLEAN NOT NULL,
    severity VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    message VARCHAR NOT NULL,
    evidence VARCHAR,
    page_no INTEGER
);

CREATE TABLE similarity (
    doc_id VARCHAR NOT NULL,
    source_doc_id VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    copied_fraction DOUBLE,
    method VARCHAR NOT NULL
);
COMMENT ON TABLE similarity IS 'Suspected copy: doc_id (the later document) x source_doc_id.';
COMMENT ON COLUMN similarity.score IS '0-1.';
COMMENT ON COLUMN similarity.copied_fraction IS '0-1: share of the later text found in the source.';

CREATE TABLE copied_passages (
    doc_id VARCHAR NOT NULL,
    source_doc_id VARCHAR NOT NULL,
    page_no INTEGER,
    source_page_no INTEGER,
    text VARCHAR NOT NULL,
    source_text VARCHAR NOT NULL
);
