-- Issue 18: the audit viewer, its filters and the anomaly report read years of log from an index
-- instead of sorting a table's, a kind's or a person's whole history. Each index ends in
-- (occurred_at, id), the viewer's order (newest first), so its first page is the end of one
-- index range: AuditRepository leads its ORDER BY with the column it filters on by equality,
-- which both H2 and MariaDB then read in index order. The kind index also serves the anomaly
-- report's counts of one kind in one week.
DROP INDEX ix_audit_entry_occurred ON audit_entry;
DROP INDEX ix_audit_entry_actor ON audit_entry;
DROP INDEX ix_audit_entry_object ON audit_entry;
DROP INDEX ix_audit_entry_table ON audit_entry;
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_account_id, occurred_at, id);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id, occurred_at, id);
CREATE INDEX ix_audit_entry_table ON audit_entry (care_table_id, occurred_at, id);
CREATE INDEX ix_audit_entry_kind ON audit_entry (kind, occurred_at, id);
-- A chair's view of one kind at their table.
CREATE INDEX ix_audit_entry_table_kind ON audit_entry (care_table_id, kind, occurred_at, id);
