-- Issue 16: free text is stored encrypted like the named fields (people type names into it).
-- A sealed value is "v1:<key id>:<Base64>", about a third longer than its text plus 40 characters,
-- so the short columns become TEXT. All become nullable: the retention job empties them when a
-- case's period has passed, and erasure does the same for one person. The texts already stored
-- are sealed by the Java migration 24.1 (SealExistingFreeText), which needs the keys.
ALTER TABLE case_file MODIFY COLUMN daytime_activity TEXT NULL;
ALTER TABLE risk_assessment MODIFY COLUMN outcome TEXT NULL;
ALTER TABLE risk_assessment MODIFY COLUMN assessed_by TEXT NULL;
ALTER TABLE route_milestone MODIFY COLUMN note TEXT NULL;
ALTER TABLE consultation MODIFY COLUMN question TEXT NULL;
ALTER TABLE item_note MODIFY COLUMN body TEXT NULL;
ALTER TABLE action_item MODIFY COLUMN description TEXT NULL;
ALTER TABLE action_item MODIFY COLUMN status_reason TEXT NULL;
ALTER TABLE action_item MODIFY COLUMN review_note TEXT NULL;
ALTER TABLE minutes_summary MODIFY COLUMN summary TEXT NULL;
ALTER TABLE minutes_letter MODIFY COLUMN body TEXT NULL;
ALTER TABLE minutes_version MODIFY COLUMN content LONGTEXT NULL;
ALTER TABLE minutes_version MODIFY COLUMN reason TEXT NULL;

-- Every key that sealed a value and may still be named by one. A node registers its active key
-- at start; the re-encryption job marks the other keys retired once no value names them; a node
-- refuses to start when a key that is not retired is missing from its configuration.
CREATE TABLE encryption_key (
    key_id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    first_used_at  DATETIME(3)  NOT NULL,
    retired_at     DATETIME(3)
);

-- Progress of the re-encryption job, one row per run, read by the Beheer screen on any node.
CREATE TABLE reencryption_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_key_id  VARCHAR(40)  NOT NULL,
    started_at     DATETIME(3)  NOT NULL,
    finished_at    DATETIME(3),
    values_total   BIGINT       NOT NULL,
    values_done    BIGINT       NOT NULL DEFAULT 0,
    outcome        VARCHAR(20)  NOT NULL
);
