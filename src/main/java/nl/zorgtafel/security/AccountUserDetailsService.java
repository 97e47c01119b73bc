package nl.zorgtafel.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** Loads accounts for Spring Security's password login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    @PermitAll
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // The message is never shown: Spring Security answers every failure with "bad credentials".
        return accounts.findUser(normalised).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }
}
