-- Meedenkconsult: an anonymous question to the chair, answered with advice. It never becomes a
-- named case and never holds identifying data; it is purged on its own retention clock.

CREATE TABLE consultation (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id            BIGINT   NOT NULL,
    asked_by_person_id       BIGINT   NOT NULL,
    asking_organisation_id   BIGINT   NOT NULL,
    question                 TEXT     NOT NULL,
    advice                   TEXT,
    answered_by_person_id    BIGINT,
    asked_at                 DATETIME NOT NULL,
    answered_at              DATETIME,
    version                  INT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_consultation_asker FOREIGN KEY (asked_by_person_id) REFERENCES person (id),
    CONSTRAINT fk_consultation_organisation FOREIGN KEY (asking_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_consultation_answerer FOREIGN KEY (answered_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_consultation_table ON consultation (care_table_id, answered_at);
CREATE INDEX ix_consultation_organisation ON consultation (asking_organisation_id);
