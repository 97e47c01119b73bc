-- Issue 17 (F-4): a session's invited organisations and people beyond the table's members and the
-- people named on its case items (the school for one session, a guest speaker). They get the
-- invitation with time and place; case codes only for items their organisation takes part in.
CREATE TABLE meeting_invited_organisation (
    meeting_id       BIGINT NOT NULL,
    organisation_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id),
    CONSTRAINT fk_invited_org_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_invited_org_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_invited_org_organisation ON meeting_invited_organisation (organisation_id);

CREATE TABLE meeting_invited_person (
    meeting_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_invited_person_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_invited_person_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_invited_person_person ON meeting_invited_person (person_id);
