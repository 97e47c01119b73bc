package nl.zorgtafel.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Immutable: switching tables creates a new instance whose authorities
 * are the role at the new current table, so {@code @RolesAllowed} always means "at this table".
 */
public final class ZorgtafelUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final long personId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final long organisationId;
    private final String organisationName;
    private final boolean administrator;
    private final boolean enabled;
    private final String preferredLocale;
    private final List<TableMembership> memberships;
    private final Long currentTableId;
    private final boolean mustChangePassword;

    ZorgtafelUser(long accountId, long personId, String username, String passwordHash, String displayName,
            long organisationId, String organisationName, boolean administrator, boolean enabled,
            String preferredLocale, List<TableMembership> memberships, Long currentTableId,
            boolean mustChangePassword) {
        this.accountId = accountId;
        this.personId = personId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.administrator = administrator;
        this.enabled = enabled;
        this.preferredLocale = preferredLocale;
        this.memberships = List.copyOf(memberships);
        this.currentTableId = currentTableId;
        this.mustChangePassword = mustChangePassword;
    }

    /**
     * The table a person starts at after login: where they hold the weightiest role (a chair
     * starts at the table they chair), then by name.
     */
    static Long startingTable(List<TableMembership> memberships) {
        return memberships.stream()
                .min(Comparator.comparing(TableMembership::role).thenComparing(TableMembership::tableName))
                .map(TableMembership::tableId)
                .orElse(null);
    }

    /** A copy whose current table is {@code tableId}; refused when the person does not sit there. */
    ZorgtafelUser withCurrentTable(long tableId) {
        if (membershipAt(tableId).isEmpty()) {
            throw new IllegalArgumentException("Not a member of table " + tableId);
        }
        return new ZorgtafelUser(accountId, personId, username, null, displayName, organisationId,
                organisationName, administrator, enabled, preferredLocale, memberships, tableId, mustChangePassword);
    }

    ZorgtafelUser withPreferredLocale(String locale) {
        return new ZorgtafelUser(accountId, personId, username, null, displayName, organisationId,
                organisationName, administrator, enabled, locale, memberships, currentTableId, mustChangePassword);
    }

    ZorgtafelUser withPasswordChanged() {
        return new ZorgtafelUser(accountId, personId, username, null, displayName, organisationId,
                organisationName, administrator, enabled, preferredLocale, memberships, currentTableId, false);
    }

    /** Set after an administrator's password reset: the person must choose a new one first. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (administrator) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.BEHEERDER));
        }
        currentMembership().ifPresent(m -> authorities.add(new SimpleGrantedAuthority(m.role().authority())));
        return authorities;
    }

    public Optional<TableMembership> currentMembership() {
        return currentTableId == null ? Optional.empty() : membershipAt(currentTableId);
    }

    /** Whether the person is chair or secretary of the table they work at now. */
    public boolean leadsCurrentTable() {
        return currentMembership().map(m -> m.role().leads()).orElse(false);
    }

    public Optional<TableMembership> membershipAt(long tableId) {
        return memberships.stream().filter(m -> m.tableId() == tableId).findFirst();
    }

    public long accountId() {
        return accountId;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public boolean administrator() {
        return administrator;
    }

    public Optional<String> preferredLocale() {
        return Optional.ofNullable(preferredLocale);
    }

    public List<TableMembership> memberships() {
        return memberships;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZorgtafelUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    /** Deliberately only the username: a principal may end up in a log line. */
    @Override
    public String toString() {
        return "ZorgtafelUser[" + username + "]";
    }
}
