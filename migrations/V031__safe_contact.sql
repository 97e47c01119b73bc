-- Issue 19 (F-11): safe contact for a case: is it safe to call the young person, who do they
-- fear, who is a safe adult. Shown to the case's deelnemers only (security.AccessRule), never in
-- minutes, letters or mails (nothing that writes those reads this table). The texts are sealed
-- like all case text and emptied by the retention job with the case.
CREATE TABLE case_safe_contact (
    case_file_id          BIGINT       NOT NULL PRIMARY KEY,
    safe_to_call          VARCHAR(30)  NOT NULL,
    call_note             TEXT,
    feared                TEXT,
    safe_adult            TEXT,
    updated_by_person_id  BIGINT       NOT NULL,
    updated_at            DATETIME     NOT NULL,
    version               INT          DEFAULT 0 NOT NULL,
    CONSTRAINT fk_safe_contact_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_safe_contact_person FOREIGN KEY (updated_by_person_id) REFERENCES person (id)
);
