-- The live meeting: which agenda item everyone sees, who attended, who accepted the
-- confidentiality statement when, what each party shared per case item and what was decided,
-- and the actions agreed per party. Action owners take part in a case (need-to-know).

ALTER TABLE meeting ADD COLUMN current_item_id BIGINT;
ALTER TABLE meeting ADD COLUMN started_at DATETIME;
ALTER TABLE meeting ADD COLUMN ended_at DATETIME;

CREATE TABLE attendance (
    meeting_id                   BIGINT       NOT NULL,
    person_id                    BIGINT       NOT NULL,
    presence                     VARCHAR(20)  NOT NULL,
    written_input                BOOLEAN      NOT NULL DEFAULT FALSE,
    replaces_person_id           BIGINT,
    recorded_at                  DATETIME     NOT NULL,
    version                      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_attendance_replaces FOREIGN KEY (replaces_person_id) REFERENCES person (id)
);

-- Acceptance of the table's confidentiality statement, per person per session: apart from
-- attendance, because reading a session's record afterwards is not being there.
CREATE TABLE statement_acceptance (
    meeting_id   BIGINT   NOT NULL,
    person_id    BIGINT   NOT NULL,
    accepted_at  DATETIME NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_acceptance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_acceptance_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Inbreng per partij (with the organisation it came from) and conclusions/decisions of an item.
CREATE TABLE item_note (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id    BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    organisation_id   BIGINT,
    body              TEXT         NOT NULL,
    author_person_id  BIGINT       NOT NULL,
    created_at        DATETIME     NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_item_note_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_item_note_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_item_note_author FOREIGN KEY (author_person_id) REFERENCES person (id)
);
CREATE INDEX ix_item_note_item ON item_note (agenda_item_id);

CREATE TABLE action_item (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id          BIGINT        NOT NULL,
    meeting_id            BIGINT        NOT NULL,
    agenda_item_id        BIGINT        NOT NULL,
    organisation_id       BIGINT        NOT NULL,
    person_id             BIGINT,
    description           VARCHAR(2000) NOT NULL,
    deadline              DATE          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    status_reason         VARCHAR(1000),
    completed_at          DATETIME,
    review_outcome        VARCHAR(20),
    review_meeting_id     BIGINT,
    review_note           VARCHAR(1000),
    created_by_person_id  BIGINT        NOT NULL,
    created_at            DATETIME      NOT NULL,
    updated_at            DATETIME      NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_action_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_action_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_action_review_meeting FOREIGN KEY (review_meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_action_created_by FOREIGN KEY (created_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_action_case ON action_item (case_file_id);
CREATE INDEX ix_action_item ON action_item (agenda_item_id);
CREATE INDEX ix_action_organisation ON action_item (organisation_id, status, deadline);
CREATE INDEX ix_action_person ON action_item (person_id, status, deadline);

-- One reminder digest per person per day at most.
CREATE TABLE action_digest (
    person_id  BIGINT NOT NULL,
    sent_on    DATE   NOT NULL,
    PRIMARY KEY (person_id, sent_on),
    CONSTRAINT fk_action_digest_person FOREIGN KEY (person_id) REFERENCES person (id)
);
