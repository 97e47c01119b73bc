-- Insight (issue 15) counts a table's cases by submission date: the table's cases of a period
-- are a range on this index instead of a scan of the table's status index. The installation-wide
-- totals of a Beheerder range over submitted_at alone.
CREATE INDEX ix_case_file_table_submitted ON case_file (care_table_id, submitted_at);
CREATE INDEX ix_case_file_submitted ON case_file (submitted_at);
-- Actions by deadline for the per-organisation figures of a period.
CREATE INDEX ix_action_deadline ON action_item (deadline);
