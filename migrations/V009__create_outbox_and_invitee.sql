-- Outgoing mail, written in the same transaction as the change that causes it and delivered by
-- a background sender with retries. Mails never hold personal data of a case.

CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body_text        TEXT         NOT NULL,
    body_html        TEXT,
    calendar         TEXT,
    calendar_method  VARCHAR(10),
    status           VARCHAR(10)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME     NOT NULL,
    last_error       VARCHAR(500),
    created_at       DATETIME     NOT NULL,
    sent_at          DATETIME,
    version          INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_status_next ON outbox_message (status, next_attempt_at);

-- Who is invited to a session and how they answered.
CREATE TABLE meeting_invitee (
    meeting_id            BIGINT      NOT NULL,
    person_id             BIGINT      NOT NULL,
    response              VARCHAR(20),
    written_input         BOOLEAN,
    written_input_when    DATE,
    substitute_person_id  BIGINT,
    invited_at            DATETIME    NOT NULL,
    version               INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_invitee_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_invitee_substitute FOREIGN KEY (substitute_person_id) REFERENCES person (id)
);
CREATE INDEX ix_meeting_invitee_person ON meeting_invitee (person_id);
