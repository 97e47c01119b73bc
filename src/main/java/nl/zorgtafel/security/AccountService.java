package nl.zorgtafel.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** Creates accounts and keeps the signed-in person's account settings. */
@Service
public class AccountService {

    /** Lower-case letters, digits, dot, dash and underscore: safe in logs and audit entries. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a login account for an existing person. The username is stored lower-case.
     *
     * @throws IllegalArgumentException when the username is malformed or taken, or the password too short
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createAccount(long personId, String username, String rawPassword, boolean administrator) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new IllegalArgumentException("Username must be 3-100 characters of a-z, 0-9, '.', '-', '_'");
        }
        if (accounts.usernameExists(normalised)) {
            throw new IllegalArgumentException("Username already taken");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password shorter than " + MIN_PASSWORD_LENGTH + " characters");
        }
        return accounts.insert(personId, normalised, passwordEncoder.encode(rawPassword), administrator,
                clock.instant());
    }

    /** Ids of an account, for the audit of a failed sign-in; empty for an unknown username. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Identity> findIdentity(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findUser(normalised).map(u -> new Identity(u.accountId(), u.organisationId()));
    }

    /** An account's ids, without any name. */
    public record Identity(long accountId, long organisationId) {
    }

    /** Stores the signed-in person's UI language and applies it to their session. */
    @Transactional
    @PermitAll
    public void changePreferredLocale(Locale locale) {
        ZorgtafelUser user = currentUser.require();
        String tag = locale.toLanguageTag();
        accounts.updatePreferredLocale(user.accountId(), tag);
        currentUser.replace(user.withPreferredLocale(tag));
    }
}
