-- Sessions (zittingen) of a table. Start and end are UTC; the UI shows Europe/Amsterdam.
-- ical_uid stays the same for the life of a session; ical_sequence rises with every change
-- that invitees must see (RFC 5545), so calendar clients update instead of duplicating.

CREATE TABLE meeting (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id        BIGINT       NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    starts_at            DATETIME     NOT NULL,
    ends_at              DATETIME     NOT NULL,
    place                VARCHAR(300),
    video_link           VARCHAR(500),
    chair_person_id      BIGINT,
    secretary_person_id  BIGINT,
    ical_uid             VARCHAR(100) NOT NULL,
    ical_sequence        INT          NOT NULL DEFAULT 0,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME     NOT NULL,
    CONSTRAINT fk_meeting_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_person_id) REFERENCES person (id),
    CONSTRAINT fk_meeting_secretary FOREIGN KEY (secretary_person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_meeting_ical_uid ON meeting (ical_uid);
CREATE INDEX ix_meeting_table_start ON meeting (care_table_id, starts_at);
