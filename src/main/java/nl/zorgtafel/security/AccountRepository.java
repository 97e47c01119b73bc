package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;
import static org.jooq.impl.DSL.multisetAgg;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The account with person, organisation and all table memberships, in one query. The
     * memberships come from {@code multisetAgg} over a left join rather than a correlated
     * {@code multiset}: MariaDB cannot run the derived table jOOQ renders for the latter in the
     * MySQL dialect (see docs/decisions.md).
     */
    Optional<ZorgtafelUser> findUser(String username) {
        var memberships = multisetAgg(CARE_TABLE.ID, CARE_TABLE.NAME, TABLE_MEMBERSHIP.TABLE_ROLE)
                .convertFrom(rows -> rows.stream()
                        .filter(row -> row.value1() != null)
                        .map(row -> new TableMembership(row.value1(), row.value2(), row.value3()))
                        .sorted(Comparator.comparing(TableMembership::tableName))
                        .toList());
        return dsl.select(
                        ACCOUNT.ID, ACCOUNT.PERSON_ID, ACCOUNT.USERNAME, ACCOUNT.PASSWORD_HASH,
                        PERSON.DISPLAY_NAME, PERSON.ORGANISATION_ID, ORGANISATION.NAME,
                        ACCOUNT.ADMINISTRATOR, ACCOUNT.ENABLED, PERSON.ACTIVE, ACCOUNT.PREFERRED_LOCALE,
                        memberships, ACCOUNT.MUST_CHANGE_PASSWORD)
                .from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(ACCOUNT.PERSON_ID))
                .leftJoin(CARE_TABLE).on(CARE_TABLE.ID.eq(TABLE_MEMBERSHIP.CARE_TABLE_ID))
                .where(ACCOUNT.USERNAME.eq(username))
                .groupBy(ACCOUNT.ID, ACCOUNT.PERSON_ID, ACCOUNT.USERNAME, ACCOUNT.PASSWORD_HASH,
                        PERSON.DISPLAY_NAME, PERSON.ORGANISATION_ID, ORGANISATION.NAME,
                        ACCOUNT.ADMINISTRATOR, ACCOUNT.ENABLED, PERSON.ACTIVE, ACCOUNT.PREFERRED_LOCALE,
                        ACCOUNT.MUST_CHANGE_PASSWORD)
                .fetchOptional(r -> {
                    List<TableMembership> tables = r.value12();
                    return new ZorgtafelUser(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), r.value8(), r.value9() && r.value10(), r.value11(),
                            tables, ZorgtafelUser.startingTable(tables), r.value13());
                });
    }

    /** An account's ids only (no memberships): what an audit entry about it needs. */
    Optional<AccountService.Identity> identity(String username) {
        return dsl.select(ACCOUNT.ID, PERSON.ORGANISATION_ID).from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new AccountService.Identity(r.value1(), r.value2()));
    }

    boolean usernameExists(String username) {
        // Not fetchExists: on H2 2.4 it misses a row inserted earlier in the same transaction.
        return dsl.fetchCount(ACCOUNT, ACCOUNT.USERNAME.eq(username)) > 0;
    }

    long insert(long personId, String username, String passwordHash, boolean administrator,
            boolean mustChangePassword, Instant now, Instant passwordExpiresAt) {
        var account = dsl.newRecord(ACCOUNT);
        account.setPersonId(personId);
        account.setUsername(username);
        account.setPasswordHash(passwordHash);
        account.setAdministrator(administrator);
        account.setEnabled(true);
        account.setMustChangePassword(mustChangePassword);
        account.setPasswordExpiresAt(passwordExpiresAt);
        account.setCreatedAt(now);
        account.store();
        return account.getId();
    }

    /** A new password; {@code expiresAt} set for a temporary one, null for one the person chose. */
    boolean setPassword(long personId, String passwordHash, boolean mustChange, Instant expiresAt) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, mustChange)
                .set(ACCOUNT.PASSWORD_EXPIRES_AT, expiresAt)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.PERSON_ID.eq(personId))
                .execute() == 1;
    }

    boolean setEnabled(long personId, boolean enabled) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.ENABLED, enabled)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.PERSON_ID.eq(personId))
                .execute() == 1;
    }

    Optional<String> passwordHash(long accountId) {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.PASSWORD_HASH);
    }

    void updatePreferredLocale(long accountId, String locale) {
        var account = dsl.fetchSingle(ACCOUNT, ACCOUNT.ID.eq(accountId));
        account.setPreferredLocale(locale);
        account.store();
    }
}
