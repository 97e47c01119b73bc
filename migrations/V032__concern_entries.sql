-- Issue 19 (F-11): persons and places of concern (possible exploiters, locations, online accounts,
-- vehicles) in a police compartment. Only police, the OM and the chair read an entry; other
-- partners learn only that their case shares one with another case (a "hit"). Cases are linked
-- by a keyed hash (HMAC-SHA256 with a key of its own) of the normalised kenmerk, never by
-- comparing plaintext; the kenmerk and note are sealed like all case text. Every entry records
-- its legal basis. The retention job empties the texts and the hash with the case, so a purged
-- case links to nothing.
CREATE TABLE concern_entry (
    id                           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id                 BIGINT       NOT NULL,
    care_table_id                BIGINT       NOT NULL,
    kind                         VARCHAR(20)  NOT NULL,
    identifier                   TEXT,
    note                         TEXT,
    match_key                    CHAR(64),
    legal_basis                  VARCHAR(30)  NOT NULL,
    recorded_by_organisation_id  BIGINT       NOT NULL,
    recorded_by_person_id        BIGINT       NOT NULL,
    recorded_at                  DATETIME     NOT NULL,
    CONSTRAINT fk_concern_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_concern_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_concern_organisation FOREIGN KEY (recorded_by_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_concern_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_concern_entry_case ON concern_entry (case_file_id, id);
-- Matching within one table: the cases that share a key, read from the index alone.
CREATE INDEX ix_concern_entry_match ON concern_entry (care_table_id, match_key, case_file_id);
