-- Minutes (verslag): the secretary's summary per case item and the chair's plain-language
-- letter per case item, both editable drafts; and the definitive versions, frozen as a JSON
-- snapshot with its SHA-256. The application may only add and read versions (see
-- docs/mysql-grants.sql): a definitive version is never changed, a correction is version N+1.

CREATE TABLE minutes_summary (
    agenda_item_id         BIGINT   NOT NULL PRIMARY KEY,
    summary                TEXT     NOT NULL,
    updated_by_person_id   BIGINT   NOT NULL,
    updated_at             DATETIME NOT NULL,
    version                INT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_minutes_summary_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_minutes_summary_person FOREIGN KEY (updated_by_person_id) REFERENCES person (id)
);

CREATE TABLE minutes_letter (
    agenda_item_id         BIGINT   NOT NULL PRIMARY KEY,
    body                   TEXT     NOT NULL,
    updated_by_person_id   BIGINT   NOT NULL,
    updated_at             DATETIME NOT NULL,
    version                INT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_minutes_letter_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_minutes_letter_person FOREIGN KEY (updated_by_person_id) REFERENCES person (id)
);

CREATE TABLE minutes_version (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id              BIGINT        NOT NULL,
    version_number          INT           NOT NULL,
    content                 LONGTEXT      NOT NULL,
    content_hash            CHAR(64)      NOT NULL,
    reason                  VARCHAR(1000),
    finalised_by_person_id  BIGINT        NOT NULL,
    finalised_at            DATETIME      NOT NULL,
    CONSTRAINT fk_minutes_version_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_minutes_version_person FOREIGN KEY (finalised_by_person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_minutes_version ON minutes_version (meeting_id, version_number);
