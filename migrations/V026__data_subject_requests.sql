-- The data subject's rights (issue 16, F-9): the chair records each request of a young person
-- (or their representative) with the responsible partner's decision, and what was done: an
-- export (inzage), a restriction of processing, its lifting, or erasure.

-- While set, the case is kept but not processed: nobody changes, steers or reads its identifying
-- data until the restriction is lifted (AccessRule).
ALTER TABLE case_file ADD COLUMN restricted_at DATETIME;
-- Set with purged_at when the case was erased on request rather than by the retention job, so
-- the case view says which.
ALTER TABLE case_file ADD COLUMN erased_at DATETIME;

-- One row per request handled. Never the person's name, date of birth or keyed hash: the rows
-- must survive the erasure they record. decided_by (who decided at the responsible partner) and
-- reason are free text, sealed like the other free text.
CREATE TABLE subject_request (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id                 BIGINT        NOT NULL,
    kind                          VARCHAR(20)   NOT NULL,
    responsible_organisation_id   BIGINT        NOT NULL,
    decided_by                    TEXT,
    decided_on                    DATE          NOT NULL,
    reason                        TEXT,
    recorded_by_person_id         BIGINT        NOT NULL,
    recorded_at                   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_subject_request_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_subject_request_organisation FOREIGN KEY (responsible_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_subject_request_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_subject_request_table ON subject_request (care_table_id, recorded_at);

-- The cases a request concerned (codes in the list of requests).
CREATE TABLE subject_request_case (
    subject_request_id  BIGINT  NOT NULL,
    case_file_id        BIGINT  NOT NULL,
    PRIMARY KEY (subject_request_id, case_file_id),
    CONSTRAINT fk_subject_request_case_request FOREIGN KEY (subject_request_id) REFERENCES subject_request (id),
    CONSTRAINT fk_subject_request_case_case FOREIGN KEY (case_file_id) REFERENCES case_file (id)
);
CREATE INDEX ix_subject_request_case_case ON subject_request_case (case_file_id);
