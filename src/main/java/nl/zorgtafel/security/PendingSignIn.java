package nl.zorgtafel.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Someone who gave the right password and has yet to give the second factor. Deliberately not
 * a {@link ZorgtafelUser} and not authenticated: no role, no service and no page but the
 * second-factor page serves them.
 *
 * @param codeFailures wrong codes typed in this attempt; after a few, the attempt ends
 */
public record PendingSignIn(long accountId, long organisationId, String username, boolean enrolled,
        int codeFailures) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return username;
    }

    PendingSignIn withCodeFailure() {
        return new PendingSignIn(accountId, organisationId, username, enrolled, codeFailures + 1);
    }

    /** The token held in the security context between password and code. */
    static final class Token extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;
        private final PendingSignIn pending;

        Token(PendingSignIn pending, Object details) {
            super(List.of());
            this.pending = pending;
            setDetails(details);
            super.setAuthenticated(false);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public PendingSignIn getPrincipal() {
            return pending;
        }

        @Override
        public void setAuthenticated(boolean authenticated) {
            if (authenticated) {
                throw new IllegalArgumentException("A pending sign-in is never authenticated");
            }
            super.setAuthenticated(false);
        }
    }
}
