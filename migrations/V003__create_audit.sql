-- Append-only audit log (NEN 7513-style). No foreign keys: entries outlive the data they
-- describe. Entries hold who, when, what kind, which object and from where; never the
-- personal data itself. Each entry's hash covers its content and the previous entry's hash.
-- In production the application's database user may only INSERT and SELECT here
-- (docs/operations.md).

CREATE TABLE audit_entry (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    occurred_at            DATETIME(3)  NOT NULL,
    kind                   VARCHAR(40)  NOT NULL,
    actor_account_id       BIGINT,
    actor_organisation_id  BIGINT,
    care_table_id          BIGINT,
    object_type            VARCHAR(40),
    object_id              BIGINT,
    client_address         VARCHAR(45),
    detail                 VARCHAR(200),
    previous_hash          CHAR(64)     NOT NULL,
    entry_hash             CHAR(64)     NOT NULL
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_account_id, occurred_at);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_entry_table ON audit_entry (care_table_id, occurred_at);

-- The head of the chain: one row, locked while an entry is appended, so entries get
-- consecutive ids and each links to its true predecessor, also with several app nodes.
CREATE TABLE audit_chain_head (
    id         INT         NOT NULL PRIMARY KEY,
    last_id    BIGINT      NOT NULL,
    last_hash  CHAR(64)    NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
