-- Sign-in fit for data about exploited children: a second factor (TOTP) with single-use
-- recovery codes, throttling per account and per client address, temporary passwords that
-- expire, an optional link to an organisation's OpenID Connect account, and a record of each
-- signed-in session so that a person (or a deactivation, or a reset) can end them on any node.

-- The TOTP secret is encrypted at rest (FieldEncryption, field "account.totp_secret");
-- totp_last_step is the replay guard: a code's time step must be later than the last one used.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN totp_enrolled_at DATETIME;
-- Consecutive failed sign-ins (password or code) and the temporary lock they caused.
ALTER TABLE account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until DATETIME;
-- Set for a temporary password: it no longer signs in after this moment.
ALTER TABLE account ADD COLUMN password_expires_at DATETIME;
-- Single sign-on: the provider (issuer) and its subject for this person.
ALTER TABLE account ADD COLUMN oidc_issuer VARCHAR(255);
ALTER TABLE account ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX uk_account_oidc ON account (oidc_issuer, oidc_subject);

-- Ten single-use codes per account, stored as password hashes.
CREATE TABLE recovery_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    code_hash   VARCHAR(200) NOT NULL,
    created_at  DATETIME     NOT NULL,
    used_at     DATETIME,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id, used_at);

-- Failed sign-ins per client address (any username, known or not); rows older than a day go.
CREATE TABLE sign_in_address (
    address          VARCHAR(45) PRIMARY KEY,
    failures         INT         NOT NULL,
    last_failure_at  DATETIME    NOT NULL,
    blocked_until    DATETIME
);
CREATE INDEX ix_sign_in_address_last ON sign_in_address (last_failure_at);

-- One row per signed-in HTTP session. session_key is a random value kept in the HTTP session
-- (never the session id itself); a filter checks the row on each request, so ending a row ends
-- the session on whichever node holds it.
CREATE TABLE account_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    session_key   CHAR(64)     NOT NULL,
    started_at    DATETIME     NOT NULL,
    last_seen_at  DATETIME     NOT NULL,
    client        VARCHAR(100),
    address       VARCHAR(45),
    ended_at      DATETIME,
    ended_reason  VARCHAR(20),
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE UNIQUE INDEX uk_account_session_key ON account_session (session_key);
CREATE INDEX ix_account_session_account ON account_session (account_id, ended_at);
