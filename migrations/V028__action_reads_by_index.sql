-- Issue 18: a person's actions, the Overzicht counts and the accountability figures read a
-- table's actions from an index instead of joining every session the table ever had.
--
-- care_table_id: the action's table (that of its session), so "this table's actions of my
-- organisation" is one index range. closed: false while OPEN or IN_UITVOERING, so "open first,
-- then by deadline" (overdue open actions have the earliest deadlines) is index order, all
-- ascending. completed_on: the Dutch calendar day it was first finished, to tell on time from late
-- in SQL. ActionRepository keeps all three with every insert and status change.
ALTER TABLE action_item ADD COLUMN care_table_id BIGINT;
UPDATE action_item SET care_table_id = (SELECT m.care_table_id FROM meeting m WHERE m.id = action_item.meeting_id);
ALTER TABLE action_item MODIFY COLUMN care_table_id BIGINT NOT NULL;
ALTER TABLE action_item ADD CONSTRAINT fk_action_table FOREIGN KEY (care_table_id) REFERENCES care_table (id);

ALTER TABLE action_item ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE action_item SET closed = TRUE WHERE status NOT IN ('OPEN', 'IN_UITVOERING');

-- Existing rows: the UTC time plus one hour (Dutch winter time); a completion within an hour of
-- midnight in summer may count a day early. New rows get the exact Dutch day.
ALTER TABLE action_item ADD COLUMN completed_on DATE;
UPDATE action_item SET completed_on = CAST(TIMESTAMPADD(HOUR, 1, completed_at) AS DATE) WHERE completed_at IS NOT NULL;

-- Mijn acties and the Overzicht count: one branch per organisation, one per named person.
CREATE INDEX ix_action_table_organisation ON action_item (care_table_id, organisation_id, closed, deadline, id);
CREATE INDEX ix_action_table_person ON action_item (care_table_id, person_id, closed, deadline, id, organisation_id);
-- The chair's open actions of the table, overdue first; overdue per organisation.
CREATE INDEX ix_action_table_open ON action_item (care_table_id, closed, deadline, id, organisation_id);
-- Actieoverzicht: per organisation open, overdue, finished and finished on time, from the index alone.
CREATE INDEX ix_action_table_scores ON action_item (care_table_id, organisation_id, status, deadline, completed_on);
-- The review block: not yet reviewed, reviewed at this session, or carried on at an earlier one.
CREATE INDEX ix_action_table_review ON action_item (care_table_id, review_meeting_id);
CREATE INDEX ix_action_table_outcome ON action_item (care_table_id, review_outcome, review_meeting_id);
-- Opening a case: which organisations have actions on it, from the index alone.
CREATE INDEX ix_action_case_organisation ON action_item (case_file_id, organisation_id, status);
