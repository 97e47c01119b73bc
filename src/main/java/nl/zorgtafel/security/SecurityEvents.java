package nl.zorgtafel.security;

/**
 * Events the security feature publishes for the audit log, which listens to them. Ids only:
 * no names or other personal data travel in them.
 */
public final class SecurityEvents {

    private SecurityEvents() {
    }

    /** Someone was refused a look at or a change of an object. */
    public record AccessDenied(long accountId, long organisationId, Long tableId, String objectType,
            Long objectId) {
    }

    /**
     * Vaadin refused the signed-in person a view their role does not allow (typed or followed
     * address): {@code path} is the view's address, which holds route words and ids only.
     */
    public record ViewRefused(long accountId, long organisationId, Long tableId, String path) {
    }

    /** The signed-in person made another table their current one. */
    public record TableSwitched(long accountId, long organisationId, long tableId) {
    }

    /** The signed-in person chose a new password. */
    public record PasswordChanged(long accountId, long organisationId) {
    }

    /** The signed-in person logged out. */
    public record LoggedOut(long accountId, long organisationId, Long tableId) {
    }
}
