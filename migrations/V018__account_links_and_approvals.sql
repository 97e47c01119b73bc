-- Separation of duties for account resets. A password reset of someone who sees case data is a
-- one-time link mailed to that person (stored only as a SHA-256 hash, valid for a day, used
-- once), never a password the Beheerder reads. Removing someone's second factor takes two
-- Beheerders: one asks, another approves.

CREATE TABLE account_link (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id             BIGINT      NOT NULL,
    token_hash             CHAR(64)    NOT NULL,
    created_at             DATETIME    NOT NULL,
    expires_at             DATETIME    NOT NULL,
    used_at                DATETIME,
    created_by_account_id  BIGINT,
    CONSTRAINT fk_account_link_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE UNIQUE INDEX uk_account_link_hash ON account_link (token_hash);
CREATE INDEX ix_account_link_account ON account_link (account_id, used_at);

CREATE TABLE second_factor_reset (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id               BIGINT   NOT NULL,
    requested_by_account_id  BIGINT   NOT NULL,
    requested_at             DATETIME NOT NULL,
    approved_by_account_id   BIGINT,
    approved_at              DATETIME,
    CONSTRAINT fk_second_factor_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_second_factor_reset_requester FOREIGN KEY (requested_by_account_id) REFERENCES account (id)
);
CREATE INDEX ix_second_factor_reset_open ON second_factor_reset (account_id, approved_at);
