package nl.zorgtafel.base.validation;

/** Somebody else saved the same thing since it was opened; nothing was overwritten. */
public class StaleEdit extends RuntimeException {

    public StaleEdit(String message) {
        super(message);
    }
}
