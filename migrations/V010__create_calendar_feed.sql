-- A person's private calendar feed. Only a hash of the secret token is stored; revoking deletes
-- the row, after which the old address answers 404.

CREATE TABLE calendar_feed (
    person_id   BIGINT   NOT NULL PRIMARY KEY,
    token_hash  CHAR(64) NOT NULL,
    created_at  DATETIME NOT NULL,
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_calendar_feed_token ON calendar_feed (token_hash);
