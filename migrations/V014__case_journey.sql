-- The case journey (issue 11): history in words instead of "A → B" strings, the chair's reason
-- and advice and the proposer's answer kept with the event that carried them, the session that
-- discussed a case, and the chair's consent for the proposer to name a case that is already on
-- an agenda.

ALTER TABLE case_event ADD COLUMN from_status VARCHAR(40);
ALTER TABLE case_event ADD COLUMN to_status VARCHAR(40);
-- The session that discussed the case (kind DISCUSSED).
ALTER TABLE case_event ADD COLUMN meeting_id BIGINT;
-- Free text that travelled with the event: the triage reason, or the proposer's answer to
-- "meer informatie nodig". Shown only to the proposing organisation and the chair.
ALTER TABLE case_event ADD COLUMN message TEXT;
ALTER TABLE case_event ADD COLUMN advice TEXT;
ALTER TABLE case_event ADD CONSTRAINT fk_case_event_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);

-- Earlier status events wrote "FROM → TO" or "FROM → AFGESLOTEN (REASON)" into detail; split
-- them into the new columns. detail is assigned last: MySQL evaluates assignments in order.
UPDATE case_event
SET from_status = TRIM(SUBSTRING(detail, 1, LOCATE('→', detail) - 1)),
    to_status = TRIM(SUBSTRING(detail, LOCATE('→', detail) + 1,
        CASE WHEN LOCATE(' (', detail) > 0 THEN LOCATE(' (', detail) - LOCATE('→', detail) - 1 ELSE 40 END)),
    detail = CASE WHEN LOCATE(' (', detail) > 0
        THEN SUBSTRING(detail, LOCATE(' (', detail) + 2, LOCATE(')', detail) - LOCATE(' (', detail) - 2)
        ELSE NULL END
WHERE kind = 'STATUS' AND LOCATE('→', detail) > 0;

-- Anonymous → named after the case is on an agenda: the chair may do it, or allow the proposer to.
ALTER TABLE case_file ADD COLUMN naming_allowed_at DATETIME;

-- Cases the chair closes from Overzicht: status plus closing facts by table.
CREATE INDEX ix_case_file_table_closed ON case_file (care_table_id, status, closed_at);
CREATE INDEX ix_case_event_meeting ON case_event (meeting_id);
