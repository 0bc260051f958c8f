-- A use-of-proceeds table often prints two amount columns: at the target and at the maximum
-- (Form C's "If Target Offering Amount Sold" / "If Maximum Amount Sold"); the second says how
-- money raised above the target would be used. A line that prints only its share of the raise
-- gets its amount from the raise: a reviewer sees which amounts were printed.

ALTER TABLE use_of_funds ADD COLUMN amount_at_maximum DOUBLE;
ALTER TABLE use_of_funds ADD COLUMN amount_from_share BOOLEAN;
COMMENT ON COLUMN use_of_funds.amount_at_maximum IS
    'What the line gets if the maximum is raised, where the document prints such a column.';
COMMENT ON COLUMN use_of_funds.amount_from_share IS
    'True where only the share is printed and the amount is that share of the raise.';
