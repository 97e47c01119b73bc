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

    /** Repeated failures locked the account until the given moment. */
    public record AccountLocked(long accountId, long organisationId, int failures, java.time.Instant until) {
    }

    /** A Beheerder lifted a lock before its time. */
    public record AccountUnlocked(long accountId, long organisationId, long unlockedByAccountId) {
    }

    /** The person linked an authenticator app (first time or again). */
    public record SecondFactorEnrolled(long accountId, long organisationId) {
    }

    /** A wrong second-factor code; {@code recoveryCode} when a recovery code was tried. */
    public record SecondFactorFailed(long accountId, long organisationId, boolean recoveryCode) {
    }

    /** The person signed in with one of their recovery codes; {@code left} remain unused. */
    public record RecoveryCodeUsed(long accountId, long organisationId, int left) {
    }

    /** The person made a new set of recovery codes, which replaces the old one. */
    public record RecoveryCodesRenewed(long accountId, long organisationId) {
    }

    /** A signed-in session was ended: by the person, a deactivation, a reset, or a timeout. */
    public record SessionEnded(long accountId, long organisationId, long sessionId, String reason) {
    }

    /** A Beheerder asked to remove a person's second factor; another must approve. */
    public record SecondFactorResetAsked(long accountId, long organisationId, long askedByAccountId) {
    }

    /** A second Beheerder approved: the person's second factor is gone until they link a new app. */
    public record SecondFactorReset(long accountId, long organisationId, long approvedByAccountId) {
    }

    /** A person received a role at a table (the person is told by mail). */
    public record RoleGranted(long personId, long tableId, TableRole role) {
    }

    /**
     * A one-time link to choose a password was made; the mail listener sends it to the person.
     * The only event carrying a secret: never log it.
     */
    public record PasswordLinkCreated(long accountId, String token) {

        @Override
        public String toString() {
            return "PasswordLinkCreated[accountId=" + accountId + "]";
        }
    }

    /** A Beheerder gave someone without a table role a temporary password. */
    public record PasswordReset(long accountId) {
    }

    /** The person linked their organisation's sign-in (OpenID Connect) to their account. */
    public record ProviderLinked(long accountId, long organisationId) {
    }
}
