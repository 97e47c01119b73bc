-- The agenda of a session: items in blocks and order, with planned minutes. A case item has its
-- own deelnemers (organisations): they, and only they, take part in that case (need-to-know).
-- Items added after the agenda's cut-off are marked late (nagekomen).

CREATE TABLE agenda_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id       BIGINT       NOT NULL,
    block            VARCHAR(20)  NOT NULL,
    position         INT          NOT NULL,
    case_file_id     BIGINT,
    title            VARCHAR(200),
    planned_minutes  INT          NOT NULL,
    late             BOOLEAN      NOT NULL DEFAULT FALSE,
    version          INT          NOT NULL DEFAULT 0,
    created_at       DATETIME     NOT NULL,
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_case FOREIGN KEY (case_file_id) REFERENCES case_file (id)
);
CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id, position);
CREATE INDEX ix_agenda_item_case ON agenda_item (case_file_id);

CREATE TABLE agenda_item_participant (
    agenda_item_id   BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, organisation_id),
    CONSTRAINT fk_participant_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_agenda_participant_organisation ON agenda_item_participant (organisation_id);
