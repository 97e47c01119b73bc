package nl.zorgtafel.party;

import nl.zorgtafel.base.validation.StaleEdit;

/** Somebody else changed the same record since it was opened; nothing was overwritten. */
public class EditConflictException extends StaleEdit {

    public EditConflictException() {
        super("Changed by somebody else in the meantime");
    }
}
