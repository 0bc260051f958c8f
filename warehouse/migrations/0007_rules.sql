-- Disclosure rules (issue 7): each document's regime, findings a reviewer can act on, and the
-- review queue. A rule that lacks what it needs records `passed` NULL rather than a pass.

ALTER TABLE documents ADD COLUMN regime VARCHAR;
COMMENT ON COLUMN documents.regime IS
    'Disclosure regime checked against: us_reg_cf | eu_ecsp | cn_internet_finance | other.';

ALTER TABLE findings ALTER COLUMN passed DROP NOT NULL;
ALTER TABLE findings ADD COLUMN fiscal_year INTEGER;
ALTER TABLE findings ADD COLUMN source VARCHAR;
ALTER TABLE findings ADD COLUMN finding_no INTEGER;
COMMENT ON COLUMN findings.passed IS 'NULL: the document lacks what the rule needs to decide.';
COMMENT ON COLUMN findings.source IS 'rule (the check stage) | expectation (a GX batch check).';

-- Documents in the order a reviewer should read them: most failed errors, then warnings. A
-- failure counts once per rule and fiscal year, so a rule and its batch check (source
-- 'expectation') failing on the same thing count once; the rule's own message comes first.
CREATE VIEW review_queue AS
WITH failures AS (
    SELECT
        doc_id,
        rule_id,
        fiscal_year,
        min(CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END) AS rank,
        arg_min(message, (source = 'expectation', coalesce(finding_no, 0))) AS message,
        min(coalesce(finding_no, 0)) AS finding_no
    FROM findings
    WHERE passed = false
    GROUP BY doc_id, rule_id, fiscal_year
),
failed AS (
    SELECT
        doc_id,
        count(*) FILTER (WHERE rank = 0) AS errors,
        count(*) FILTER (WHERE rank = 1) AS warnings,
        count(*) FILTER (WHERE rank = 2) AS infos,
        arg_min(message, (rank, finding_no)) AS first_message,
        string_agg(DISTINCT rule_id, ', ' ORDER BY rule_id) AS failed_rules
    FROM failures
    GROUP BY doc_id
),
undecided AS (
    SELECT doc_id, count(*) AS undecided FROM findings WHERE passed IS NULL GROUP BY doc_id
)
SELECT
    d.doc_id,
    d.file_name,
    d.platform,
    d.doc_kind,
    d.regime,
    coalesce(f.errors, 0) AS errors,
    coalesce(f.warnings, 0) AS warnings,
    coalesce(f.infos, 0) AS infos,
    coalesce(u.undecided, 0) AS undecided,
    f.first_message,
    f.failed_rules,
    d.received_at
FROM documents AS d
LEFT JOIN failed AS f USING (doc_id)
LEFT JOIN undecided AS u USING (doc_id)
WHERE d.status = 'loaded'
ORDER BY errors DESC, warnings DESC, infos DESC, d.received_at, d.file_name;
