-- Issue 19 (F-11): dated signals per case, each from the partner that saw it (the school sees
-- absence, the police a registration, youth care behaviour), shown on the case's timeline with its
-- risk assessments, route milestones, sessions and actions. The short fact is free text, sealed
-- like all case text (people type names into it); the retention job empties it with the case.
-- A signal recorded while the case was closed, within twelve months of closing, proposes
-- re-aanmelding to the chair (reopen_proposed) until the chair reopens the case or sets the
-- proposal aside (proposal_handled_at).
CREATE TABLE case_signal (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id            BIGINT       NOT NULL,
    kind                    VARCHAR(30)  NOT NULL,
    observed_on             DATE         NOT NULL,
    source_organisation_id  BIGINT       NOT NULL,
    recorded_by_person_id   BIGINT       NOT NULL,
    fact                    TEXT,
    reopen_proposed         BOOLEAN      DEFAULT FALSE NOT NULL,
    proposal_handled_at     DATETIME,
    created_at              DATETIME     NOT NULL,
    CONSTRAINT fk_signal_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_signal_organisation FOREIGN KEY (source_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_signal_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_case_signal_case ON case_signal (case_file_id, observed_on, id);
-- The chair's Overzicht: open re-aanmelding proposals, found without reading the signals of history.
CREATE INDEX ix_case_signal_proposal ON case_signal (reopen_proposed, proposal_handled_at, case_file_id);
