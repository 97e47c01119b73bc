-- CoMensha registration (issue 15): whether a case may be reported to CoMensha, recorded apart
-- from the consent to discuss it at the table. One row per case: the basis (CONSENT from the
-- right person for the age, or LAWFUL_WITHOUT_CONSENT with a written reason) and whether the
-- consent covers identifying data (name, date of birth) in the registration.

CREATE TABLE comensha_registration (
    case_file_id            BIGINT       NOT NULL PRIMARY KEY,
    basis                   VARCHAR(40)  NOT NULL,
    consent_given_by        VARCHAR(40),
    consent_date            DATE,
    covers_identifying      BOOLEAN      NOT NULL DEFAULT FALSE,
    lawful_reason           TEXT,
    recorded_by_person_id   BIGINT       NOT NULL,
    recorded_at             DATETIME     NOT NULL,
    version                 INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_comensha_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_comensha_person FOREIGN KEY (recorded_by_person_id) REFERENCES person (id)
);
