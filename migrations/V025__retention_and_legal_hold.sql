-- Retention (issue 16, F-9): periods per table and phase, the legal hold that stops the clock,
-- the purge reports, and the marks that say a case or meedenkconsult was purged.

-- Periods in months per table; a table without a row uses the defaults (3, 24, 3).
CREATE TABLE retention_setting (
    care_table_id          BIGINT       NOT NULL PRIMARY KEY,
    declined_months        INT          NOT NULL,
    closed_months          INT          NOT NULL,
    consultation_months    INT          NOT NULL,
    updated_at             DATETIME     NOT NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_retention_setting_table FOREIGN KEY (care_table_id) REFERENCES care_table (id)
);

-- The audit log's period is installation-wide: entries are not per table.
CREATE TABLE audit_retention (
    id            INT          NOT NULL PRIMARY KEY,
    audit_years   INT          NOT NULL,
    version       INT          NOT NULL DEFAULT 0
);
INSERT INTO audit_retention (id, audit_years, version) VALUES (1, 5, 0);

-- A legal hold per case, kept after it is lifted: the held time moves the due date. The reason
-- is free text that may name someone: short, shown to the chair only, to be sealed like the
-- other free text.
CREATE TABLE legal_hold (
    id                             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_file_id                   BIGINT        NOT NULL,
    requested_by_organisation_id   BIGINT        NOT NULL,
    reason                         TEXT,
    set_by_person_id               BIGINT        NOT NULL,
    set_at                         DATETIME(3)   NOT NULL,
    lifted_by_person_id            BIGINT,
    lifted_at                      DATETIME(3),
    held_seconds                   BIGINT,
    CONSTRAINT fk_legal_hold_case FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT fk_legal_hold_organisation FOREIGN KEY (requested_by_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_legal_hold_set_by FOREIGN KEY (set_by_person_id) REFERENCES person (id),
    CONSTRAINT fk_legal_hold_lifted_by FOREIGN KEY (lifted_by_person_id) REFERENCES person (id)
);
CREATE INDEX ix_legal_hold_case ON legal_hold (case_file_id, lifted_at);

-- When the retention job emptied the row; the screens say so instead of showing empty fields.
ALTER TABLE case_file ADD COLUMN purged_at DATETIME;
ALTER TABLE consultation ADD COLUMN purged_at DATETIME;
CREATE INDEX ix_case_file_retention ON case_file (care_table_id, status, purged_at);

-- A redaction by the retention job is a version nobody finalised.
ALTER TABLE minutes_version MODIFY COLUMN finalised_by_person_id BIGINT NULL;

-- One row per run of the job (also a dry run); one line per case or meedenkconsult it purged
-- or skipped because of a legal hold. Lines hold codes and organisations, never free text.
CREATE TABLE purge_run (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at              DATETIME(3)  NOT NULL,
    finished_at             DATETIME(3),
    dry_run                 BOOLEAN      NOT NULL,
    started_by_account_id   BIGINT,
    audit_entries_deleted   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_purge_run_started ON purge_run (started_at);

CREATE TABLE purge_line (
    id                                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    purge_run_id                        BIGINT       NOT NULL,
    care_table_id                       BIGINT       NOT NULL,
    phase                               VARCHAR(20)  NOT NULL,
    held                                BOOLEAN      NOT NULL,
    case_file_id                        BIGINT,
    consultation_id                     BIGINT,
    code                                VARCHAR(20)  NOT NULL,
    responsible_organisation_id         BIGINT       NOT NULL,
    hold_requested_by_organisation_id   BIGINT,
    CONSTRAINT fk_purge_line_run FOREIGN KEY (purge_run_id) REFERENCES purge_run (id),
    CONSTRAINT fk_purge_line_table FOREIGN KEY (care_table_id) REFERENCES care_table (id),
    CONSTRAINT fk_purge_line_organisation FOREIGN KEY (responsible_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_purge_line_table ON purge_line (care_table_id, purge_run_id);
CREATE INDEX ix_purge_line_organisation ON purge_line (responsible_organisation_id, care_table_id);

-- Entries older than the audit period are deleted from the start of the chain; the head then
-- remembers where the remaining chain begins, so verification starts there (docs/operations.md).
ALTER TABLE audit_chain_head ADD COLUMN anchor_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE audit_chain_head ADD COLUMN anchor_hash CHAR(64) NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
