-- ShedLock: each scheduled job (outbox sender, action reminders, anomaly report) runs on one
-- application node at a time; the lock lives here and ends by itself when a node dies.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
