package nl.zorgtafel.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's password step. Success gives a {@link PendingSignIn.Token}, not a signed-in
 * person: the second factor comes next. Every failure, whatever its cause (unknown name, wrong
 * password, lock, blocked address, expired temporary password, deactivated account), gives the
 * same answer after the same work.
 */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

    private final SignInService signIns;

    PasswordSignInProvider(SignInService signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        var password = authentication.getCredentials() instanceof String raw ? raw : null;
        return signIns.checkPassword(authentication.getName(), password, address)
                .map(pending -> (Authentication) new PendingSignIn.Token(pending, authentication.getDetails()))
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
