package nl.zorgtafel.casefile;

/** Somebody else saved the case since it was opened; nothing was overwritten. */
public class CaseConflictException extends RuntimeException {

    public CaseConflictException() {
        super("Case changed by somebody else in the meantime");
    }
}
