-- The chair's screen: time spent per agenda item (the current item's running time counts from
-- meeting.current_since), and complete attendance: guests in the room without an account (a
-- person of a deelnemer organisation, no e-mail address, never a table member), and how a
-- person accepted the confidentiality statement when the chair recorded it for them.

ALTER TABLE meeting ADD COLUMN current_since DATETIME;
ALTER TABLE agenda_item ADD COLUMN spent_seconds INT NOT NULL DEFAULT 0;

ALTER TABLE person MODIFY COLUMN email VARCHAR(254) NULL;
ALTER TABLE person ADD COLUMN guest BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE statement_acceptance ADD COLUMN accepted_how VARCHAR(20) NOT NULL DEFAULT 'ZELF';
ALTER TABLE statement_acceptance ADD COLUMN recorded_by_person_id BIGINT;
ALTER TABLE statement_acceptance ADD CONSTRAINT fk_acceptance_recorded_by
    FOREIGN KEY (recorded_by_person_id) REFERENCES person (id);
