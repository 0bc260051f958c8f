-- Every arrival has its own receipt (its id is the arrival's, not its name's), and the run that
-- stored it; a rejected content may be tried again on request; and the warehouse knows its own
-- identity, so a writer can tell its working copy of this warehouse from a stranger's.

ALTER TABLE receipts ADD COLUMN flow_run_id VARCHAR;
COMMENT ON TABLE receipts IS 'One row per file arrival: the same file dropped twice has two.';

CREATE TABLE retry_requests (
    doc_id VARCHAR PRIMARY KEY,
    requested_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE retry_requests IS
    'Rejected contents to process again on their next arrival; cleared once stored.';

CREATE TABLE _lineage (
    lineage_id VARCHAR NOT NULL
);
INSERT INTO _lineage SELECT uuid()::VARCHAR;

-- Publishing by parts (warehouse/parts.py): the documents stored since the last publish, and
-- the Parquet parts the published file's views read.
CREATE TABLE _unpublished (
    doc_id VARCHAR PRIMARY KEY
);

CREATE TABLE _parts (
    table_name VARCHAR NOT NULL,
    file VARCHAR PRIMARY KEY,
    level INTEGER NOT NULL,
    seq BIGINT NOT NULL,
    rows BIGINT NOT NULL,
    fingerprint VARCHAR,
    created_at TIMESTAMP NOT NULL,
    superseded_at TIMESTAMP
);
