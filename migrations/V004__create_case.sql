-- Cases (casussen) with their intake facts, per table. Identifying data of named cases is
-- stored only encrypted (*_enc, AES-GCM, key id inside the value) plus a keyed hash of
-- normalised name + date of birth for repeat detection. Long free texts are TEXT so 10,000
-- characters of any script fit on MySQL (utf8mb4) as on H2.

CREATE TABLE case_file (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id               BIGINT       NOT NULL,
    code                        VARCHAR(20)  NOT NULL,
    status                      VARCHAR(40)  NOT NULL,
    named                       BOOLEAN      NOT NULL DEFAULT FALSE,
    proposing_organisation_id   BIGINT       NOT NULL,
    proposed_by_person_id       BIGINT       NOT NULL,
    urgency                     VARCHAR(40)  NOT NULL,
    young_person_role           VARCHAR(40),
    age                         INT,
    age_band                    VARCHAR(10),
    gender                      VARCHAR(20),
    living_situation            VARCHAR(40),
    daytime_activity            VARCHAR(300),
    online_component            BOOLEAN,
    signals                     TEXT,
    question                    TEXT,
    young_person_informed       BOOLEAN,
    young_person_not_informed   TEXT,
    parents_informed            BOOLEAN,
    parents_not_informed        TEXT,
    voice_of_young_person       TEXT,
    legal_basis                 VARCHAR(40),
    conflict_of_duties          TEXT,
    consent_given_by            VARCHAR(40),
    consent_date                DATE,
    name_enc                    VARCHAR(1000),
    date_of_birth_enc           VARCHAR(200),
    address_enc                 VARCHAR(2000),
    bsn_enc                     VARCHAR(200),
    person_hash                 CHAR(64),
    repeat_case                 BOOLEAN      NOT NULL DEFAULT FALSE,
    decision_reason             TEXT,
    decision_advice             TEXT,
    close_reason                VARCHAR(40),
    submitted_at                DATETIME,
    closed_at                   DATETIME,
    -- The chair's check 12 months after closing (MARAC repeat rule); null until done.
    closure_checked_at          DATETIME,
    legal_hold                  BOOLEAN      NOT NULL DEFAULT FALSE,
    version                     INT          NOT NULL DEFAULT 0,
    created_at                  DATETIME     NOT NULL,
    updated_at                  DATETIME     NOT NULL,
    CONSTRAINT fk_case_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_case_organisation FOREIGN KEY (proposing_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_case_person FOREIGN KEY (proposed_by_person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_case_file_code ON case_file (code);
CREATE INDEX ix_case_file_table_status ON case_file (care_table_id, status);
CREATE INDEX ix_case_file_organisation ON case_file (proposing_organisation_id);
CREATE INDEX ix_case_file_person_hash ON case_file (person_hash);

-- Several values per case.
CREATE TABLE case_file_exploitation (
    case_file_id  BIGINT      NOT NULL,
    form          VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_file_id, form),
    CONSTRAINT fk_exploitation_case FOREIGN KEY (case_file_id) REFERENCES case_file (id)
);

CREATE TABLE case_file_vulnerability (
    case_file_id   BIGINT      NOT NULL,
    vulnerability  VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_file_id, vulnerability),
    CONSTRAINT fk_vulnerability_case FOREIGN KEY (case_file_id) REFERENCES case_file (id)
);

CREATE TABLE case_file_municipality (
    case_file_id     BIGINT NOT NULL,
    municipality_id  BIGINT NOT NULL,
    PRIMARY KEY (case_file_id, municipality_id),
    CONSTRAINT fk_case_municipality_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_case_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);
CREATE INDEX ix_case_municipality_municipality ON case_file_municipality (municipality_id);

CREATE TABLE case_file_involved_organisation (
    case_file_id     BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (case_file_id, organisation_id),
    CONSTRAINT fk_involved_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_involved_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_involved_organisation ON case_file_involved_organisation (organisation_id);

-- Case codes per table and year (DR-2026-0007), handed out under a row lock.
CREATE TABLE case_code_counter (
    care_table_id  BIGINT NOT NULL,
    code_year      INT    NOT NULL,
    last_number    INT    NOT NULL,
    PRIMARY KEY (care_table_id, code_year),
    CONSTRAINT fk_case_code_table FOREIGN KEY (care_table_id) REFERENCES care_table (id)
);

-- History of a case: who changed what, when. Field names only, never old identifying values.
CREATE TABLE case_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id      BIGINT       NOT NULL,
    occurred_at       DATETIME(3)  NOT NULL,
    actor_person_id   BIGINT,
    kind              VARCHAR(40)  NOT NULL,
    detail            VARCHAR(500),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_file_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_file_id, occurred_at);
