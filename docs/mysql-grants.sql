-- Step 3 of a fresh installation (docs/operations.md, "First start"), as root, AFTER the
-- migrations have made the tables (step 2): table grants need their tables to exist. The users
-- come from docs/mysql-setup.sql (step 1). Run it again after an upgrade whose migrations add
-- tables, extended with the new tables; every table needs a line here (FirstStartMariaDbTest
-- checks that none is missing).
-- The application may only INSERT and SELECT on the audit log, so even a compromised
-- application cannot rewrite history; it updates only the chain head.

GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.organisation TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.care_table TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.person TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.table_membership TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.municipality TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.care_table_municipality TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.covenant_signature TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.account TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.case_file TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.case_file_exploitation TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.case_file_vulnerability TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.case_file_municipality TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.case_file_involved_organisation TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.case_code_counter TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT ON zorgtafel.case_event TO 'zorgtafel_app'@'%';
-- Retention (issue 16) empties the free text that travelled with an event; nothing else changes.
GRANT UPDATE (message, advice) ON zorgtafel.case_event TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.risk_assessment TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.route_milestone TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.case_signal TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.case_safe_contact TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.concern_entry TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.consultation TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.meeting TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.agenda_item TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.agenda_item_participant TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.agenda_item_person TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.outbox_message TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.meeting_invitee TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, DELETE ON zorgtafel.meeting_invited_organisation TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, DELETE ON zorgtafel.meeting_invited_person TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.attendance TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT ON zorgtafel.statement_acceptance TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.item_note TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.action_item TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.action_digest TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.minutes_summary TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.minutes_letter TO 'zorgtafel_app'@'%';
-- Definitive minutes are frozen: add and read only, like the audit log.
GRANT SELECT, INSERT ON zorgtafel.minutes_version TO 'zorgtafel_app'@'%';
-- ...except that the retention job redacts a purged case's texts in place (content and its
-- hash only) and records that in a new version (issue 16, docs/decisions.md).
GRANT UPDATE (content, content_hash) ON zorgtafel.minutes_version TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.calendar_feed TO 'zorgtafel_app'@'%';
-- Sign-in (issue 13): sessions, recovery codes, throttling by address, password links and
-- second-factor reset requests.
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.account_session TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.recovery_code TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.sign_in_address TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.account_link TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.second_factor_reset TO 'zorgtafel_app'@'%';
-- ShedLock: one node runs each scheduled job.
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.shedlock TO 'zorgtafel_app'@'%';
-- CoMensha registration: the recorded basis per case (issue 15).
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.comensha_registration TO 'zorgtafel_app'@'%';
-- More than one node: live changes relayed between nodes, and who has a live page open.
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.live_event TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON zorgtafel.live_page TO 'zorgtafel_app'@'%';
GRANT SELECT ON zorgtafel.flyway_schema_history TO 'zorgtafel_app'@'%';
-- The audit log: append and read, never change or remove.
GRANT SELECT, INSERT ON zorgtafel.audit_entry TO 'zorgtafel_app'@'%';
-- The retention job deletes entries older than the audit period from the start of the chain and
-- moves the anchor in audit_chain_head; any other deletion shows as a broken chain (issue 16).
GRANT DELETE ON zorgtafel.audit_entry TO 'zorgtafel_app'@'%';
GRANT SELECT, UPDATE ON zorgtafel.audit_chain_head TO 'zorgtafel_app'@'%';
-- Retention (issue 16): periods, legal holds, purge reports.
GRANT SELECT, INSERT, UPDATE ON zorgtafel.retention_setting TO 'zorgtafel_app'@'%';
GRANT SELECT, UPDATE ON zorgtafel.audit_retention TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.legal_hold TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.purge_run TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT ON zorgtafel.purge_line TO 'zorgtafel_app'@'%';
-- Encryption keys (issue 16): the key registry and the re-encryption job's runs. The job re-seals
-- text in place (the text stays the same, only the key that seals it changes), so of the add-only
-- tables exactly the sealed columns may be updated.
GRANT SELECT, INSERT, UPDATE ON zorgtafel.encryption_key TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT, UPDATE ON zorgtafel.reencryption_run TO 'zorgtafel_app'@'%';
GRANT UPDATE (message, advice) ON zorgtafel.case_event TO 'zorgtafel_app'@'%';
GRANT UPDATE (content, reason) ON zorgtafel.minutes_version TO 'zorgtafel_app'@'%';
-- The data subject's requests (issue 16): recorded once; UPDATE only so the re-encryption job can
-- re-seal their free text.
GRANT SELECT, INSERT, UPDATE ON zorgtafel.subject_request TO 'zorgtafel_app'@'%';
GRANT SELECT, INSERT ON zorgtafel.subject_request_case TO 'zorgtafel_app'@'%';
