-- More than one application node: every live change is written here in the transaction that made
-- it, and each node relays the rows of the other nodes to its own pushing pages (LiveRelay).
-- A row says only which session (and item, and which organisations may hear of it) changed, never
-- what; rows go after a few minutes.
CREATE TABLE live_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    node            VARCHAR(36)   NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    agenda_item_id  BIGINT,
    -- Organisation ids that may hear of it, comma-separated; empty: the chair and secretary only;
    -- NULL: everyone at the session.
    visible_to      VARCHAR(2000),
    created_at      DATETIME(3)   NOT NULL
);
CREATE INDEX ix_live_event_created ON live_event (created_at);

-- Who has a session's live page open, on any node: one row per open page, refreshed by its node
-- every few seconds, so the pages of a node that died stop counting by themselves.
CREATE TABLE live_page (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    node        VARCHAR(36)  NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    seen_at     DATETIME(3)  NOT NULL
);
CREATE INDEX ix_live_page_meeting ON live_page (meeting_id, seen_at);
CREATE INDEX ix_live_page_node ON live_page (node);
