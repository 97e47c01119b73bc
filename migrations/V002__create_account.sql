-- Login accounts, owned by the security feature and kept apart from the person
-- record so that credentials, and later second factors and lockout counters,
-- never travel with ordinary person data.

CREATE TABLE account (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT       NOT NULL,
    username              VARCHAR(100) NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    -- Installation-wide functional administrator (Beheerder); sees no case content.
    administrator         BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_locale      VARCHAR(10),
    version               INT          NOT NULL DEFAULT 0,
    created_at            DATETIME     NOT NULL,
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX uk_account_username ON account (username);
CREATE UNIQUE INDEX uk_account_person ON account (person_id);
