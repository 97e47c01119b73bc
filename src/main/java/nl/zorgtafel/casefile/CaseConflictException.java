package nl.zorgtafel.casefile;

import nl.zorgtafel.base.validation.StaleEdit;

/** Somebody else saved the case since it was opened; nothing was overwritten. */
public class CaseConflictException extends StaleEdit {

    public CaseConflictException() {
        super("Case changed by somebody else in the meantime");
    }
}
