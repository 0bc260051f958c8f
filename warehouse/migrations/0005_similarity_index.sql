-- Copy detection: each document's shingles, its LSH band hashes and its anchors (the lowest
-- shingle hashes), found by SQL joins with no resident index; findings and passages detailed.

CREATE TABLE fingerprints (
    doc_id VARCHAR NOT NULL,
    doc_key BIGINT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    scheme VARCHAR NOT NULL,
    signature UINTEGER[] NOT NULL,
    shingles BIGINT[] NOT NULL,
    starts INTEGER[] NOT NULL,
    ends INTEGER[] NOT NULL,
    page_starts INTEGER[] NOT NULL,
    text_chars INTEGER NOT NULL
);
COMMENT ON TABLE fingerprints IS 'Shingle hashes in reading order, offsets into the pages joined by a blank line.';
COMMENT ON COLUMN fingerprints.doc_key IS 'The first 60 bits of doc_id: what the index tables name.';
COMMENT ON COLUMN fingerprints.shingles IS '64-bit shingle hashes, stored as signed integers.';
COMMENT ON COLUMN fingerprints.scheme IS 'Normalisation, shingle sizes, MinHash permutations and seed.';

CREATE TABLE similarity_bands (
    band_hash BIGINT NOT NULL,
    doc_key BIGINT NOT NULL
);
COMMENT ON TABLE similarity_bands IS 'MinHash LSH: one hash per band of each signature.';

CREATE TABLE similarity_anchors (
    anchor BIGINT NOT NULL,
    doc_key BIGINT NOT NULL
);
COMMENT ON TABLE similarity_anchors IS 'The lowest shingle hashes of each document: finds partial copies.';

ALTER TABLE similarity ADD COLUMN passages INTEGER;
ALTER TABLE similarity ADD COLUMN source_fraction DOUBLE;
COMMENT ON COLUMN similarity.score IS '0-1: share of the later document''s own shingles (boilerplate out) found verbatim in the source.';
COMMENT ON COLUMN similarity.source_fraction IS '0-1: share of the source''s text copied into the later document.';

ALTER TABLE copied_passages ADD COLUMN passage_no INTEGER;
ALTER TABLE copied_passages ADD COLUMN start_char INTEGER;
ALTER TABLE copied_passages ADD COLUMN end_char INTEGER;
ALTER TABLE copied_passages ADD COLUMN source_start_char INTEGER;
ALTER TABLE copied_passages ADD COLUMN source_end_char INTEGER;
ALTER TABLE copied_passages ADD COLUMN matched_fraction DOUBLE;
COMMENT ON COLUMN copied_passages.start_char IS 'Offsets into the pages joined by a blank line.';
COMMENT ON COLUMN copied_passages.matched_fraction IS '0-1: share of the passage''s shingles found verbatim in the source passage.';

CREATE VIEW copy_suspects AS
SELECT
    s.doc_id,
    later.file_name,
    later.platform,
    later.received_at,
    s.source_doc_id,
    source.file_name AS source_file_name,
    source.platform AS source_platform,
    source.received_at AS source_received_at,
    s.score,
    s.copied_fraction,
    s.source_fraction,
    s.passages,
    s.method,
    (
        SELECT list(p.page_no ORDER BY p.passage_no)
        FROM copied_passages p
        WHERE p.doc_id = s.doc_id AND p.source_doc_id = s.source_doc_id
    ) AS pages,
    (
        SELECT list(p.source_page_no ORDER BY p.passage_no)
        FROM copied_passages p
        WHERE p.doc_id = s.doc_id AND p.source_doc_id = s.source_doc_id
    ) AS source_pages
FROM similarity s
LEFT JOIN documents later ON later.doc_id = s.doc_id
LEFT JOIN documents source ON source.doc_id = s.source_doc_id
ORDER BY s.copied_fraction DESC;
