-- A sealed mail carries a secret for its recipient alone (a one-time password link): the
-- Beheerder's outbox screen never shows its text, and the text is wiped once it was delivered.
ALTER TABLE outbox_message ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
