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
    address     VARCHAR(300),
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
    phone            VARCHAR(40),
    organisation_id  BIGINT       NOT NULL,
    -- One of the organisation's fixed contact persons (vaste contactpersonen) for the tables.
    contact_person   BOOLEAN      NOT NULL DEFAULT FALSE,
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

-- Municipalities a table covers. Maintained by the administrator (mergers happen every year);
-- the CBS code is optional because no current reference list ships with the application.
CREATE TABLE municipality (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    cbs_code    VARCHAR(6),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME     NOT NULL
);
CREATE UNIQUE INDEX uk_municipality_name ON municipality (name);

CREATE TABLE care_table_municipality (
    care_table_id    BIGINT NOT NULL,
    municipality_id  BIGINT NOT NULL,
    PRIMARY KEY (care_table_id, municipality_id),
    CONSTRAINT fk_table_municipality_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_table_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);
CREATE INDEX ix_table_municipality_municipality ON care_table_municipality (municipality_id);

-- The table's covenant (convenant): which organisations signed, when, and until when.
-- Only people of a signing organisation may see identifying data of named cases.
CREATE TABLE covenant_signature (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_table_id    BIGINT   NOT NULL,
    organisation_id  BIGINT   NOT NULL,
    signed_on        DATE     NOT NULL,
    ended_on         DATE,
    version          INT      NOT NULL DEFAULT 0,
    created_at       DATETIME NOT NULL,
    CONSTRAINT fk_covenant_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_covenant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE UNIQUE INDEX uk_covenant_signature ON covenant_signature (care_table_id, organisation_id);
CREATE INDEX ix_covenant_signature_organisation ON covenant_signature (organisation_id);
