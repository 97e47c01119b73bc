-- The people of the deelnemer organisations who join a case item (the school's mentor for one
-- case). Access stays decided per organisation; these people are invited to the session too.

CREATE TABLE agenda_item_person (
    agenda_item_id  BIGINT NOT NULL,
    person_id       BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, person_id),
    CONSTRAINT fk_item_person_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_item_person_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_agenda_item_person_person ON agenda_item_person (person_id);
