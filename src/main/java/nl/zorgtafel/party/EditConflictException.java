package nl.zorgtafel.party;

/** Somebody else changed the same record since it was opened; nothing was overwritten. */
public class EditConflictException extends RuntimeException {

    public EditConflictException() {
        super("Changed by somebody else in the meantime");
    }
}
