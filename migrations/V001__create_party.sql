-- Partner organisations, tables (zorgtafels), people and their roles per table.
-- Portable subset: runs unchanged on H2 (MODE=MySQL) and MySQL 8.4 / MariaDB.
-- All DATETIME columns hold UTC. Every table people edit has a version column
-- for optimistic locking.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    org_type    VARCHAR(40)  NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(40),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME     NOT NULL
);
CREATE UNIQUE INDEX uk_organisation_name ON organisation (name);

CREATE TABLE care_table (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                      VARCHAR(200)  NOT NULL,
    -- Short prefix of case codes such as DR-2026-0007; carries nothing identifying.
    code                      VARCHAR(10)   NOT NULL,
    confidentiality_statement VARCHAR(4000) NOT NULL,
    rhythm_weekday            INT,
    rhythm_start_time         TIME,
    rhythm_minutes            INT,
    rhythm_every_weeks        INT,
    cutoff_working_days       INT           NOT NULL DEFAULT 2,
    version                   INT           NOT NULL DEFAULT 0,
    created_at                DATETIME      NOT NULL
);
CREATE UNIQUE INDEX uk_care_table_name ON care_table (name);
CREATE UNIQUE INDEX uk_care_table_code ON care_table (code);

CREATE TABLE person (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INT          NOT NULL DEFAULT 0,
    created_at       DATETIME     NOT NULL,
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_person_organisation ON person (organisation_id);

-- One role per person per table: VOORZITTER, SECRETARIS, LID or WAARNEMER.
CREATE TABLE table_membership (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id  BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    table_role     VARCHAR(20) NOT NULL,
    version        INT         NOT NULL DEFAULT 0,
    created_at     DATETIME    NOT NULL,
    CONSTRAINT fk_membership_table  FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_table_membership ON table_membership (care_table_id, person_id);
CREATE INDEX ix_table_membership_person ON table_membership (person_id);
