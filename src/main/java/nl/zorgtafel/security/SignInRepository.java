package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.RECOVERY_CODE;
import static nl.zorgtafel.db.Tables.SIGN_IN_ADDRESS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.SealedText;

/** The sign-in side of an account: credentials, failures and locks, the second factor. */
@Repository
class SignInRepository {

    private final DSLContext dsl;

    SignInRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a sign-in attempt needs to know about an account, by its lower-case username. */
    record Credentials(long accountId, long organisationId, String username, String passwordHash, boolean usable,
            int failedSignIns, Instant lockedUntil, Instant passwordExpiresAt, SealedText totpSecret,
            Long totpLastStep) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean passwordExpiredAt(Instant now) {
            return passwordExpiresAt != null && !passwordExpiresAt.isAfter(now);
        }

        boolean enrolled() {
            return totpSecret != null;
        }
    }

    Optional<Credentials> credentials(String username) {
        return dsl.select(ACCOUNT.ID, PERSON.ORGANISATION_ID, ACCOUNT.USERNAME, ACCOUNT.PASSWORD_HASH,
                        ACCOUNT.ENABLED, PERSON.ACTIVE, ACCOUNT.FAILED_SIGN_INS, ACCOUNT.LOCKED_UNTIL,
                        ACCOUNT.PASSWORD_EXPIRES_AT, ACCOUNT.TOTP_SECRET, ACCOUNT.TOTP_LAST_STEP)
                .from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() && r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** The account linked to this provider's subject. */
    Optional<Credentials> byProvider(String issuer, String subject) {
        return dsl.select(ACCOUNT.USERNAME).from(ACCOUNT)
                .where(ACCOUNT.OIDC_ISSUER.eq(issuer)).and(ACCOUNT.OIDC_SUBJECT.eq(subject))
                .fetchOptional(ACCOUNT.USERNAME)
                .flatMap(this::credentials);
    }

    /** Links the provider's subject to the account; false when it is linked to another account. */
    boolean linkProvider(long accountId, String issuer, String subject) {
        boolean elsewhere = dsl.fetchCount(ACCOUNT, ACCOUNT.OIDC_ISSUER.eq(issuer).and(ACCOUNT.OIDC_SUBJECT.eq(subject))
                .and(ACCOUNT.ID.ne(accountId))) > 0;
        if (elsewhere) {
            return false;
        }
        return dsl.update(ACCOUNT).set(ACCOUNT.OIDC_ISSUER, issuer).set(ACCOUNT.OIDC_SUBJECT, subject)
                .where(ACCOUNT.ID.eq(accountId)).execute() == 1;
    }

    void unlinkProvider(long accountId) {
        dsl.update(ACCOUNT).setNull(ACCOUNT.OIDC_ISSUER).setNull(ACCOUNT.OIDC_SUBJECT)
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    boolean providerLinked(long accountId) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.OIDC_SUBJECT.isNotNull())) > 0;
    }

    Optional<Credentials> credentials(long accountId) {
        return dsl.select(ACCOUNT.USERNAME).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.USERNAME)
                .flatMap(this::credentials);
    }

    void upgradePasswordHash(long accountId, String oldHash, String newHash) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, newHash)
                .where(ACCOUNT.ID.eq(accountId)).and(ACCOUNT.PASSWORD_HASH.eq(oldHash)).execute();
    }

    /** Counts one more failure; returns the new count. */
    int addFailure(long accountId) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_SIGN_INS, ACCOUNT.FAILED_SIGN_INS.plus(1))
                .where(ACCOUNT.ID.eq(accountId)).execute();
        return dsl.select(ACCOUNT.FAILED_SIGN_INS).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchSingle(ACCOUNT.FAILED_SIGN_INS);
    }

    void lock(long accountId, Instant until) {
        dsl.update(ACCOUNT).set(ACCOUNT.LOCKED_UNTIL, until).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    void clearFailures(long accountId) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_SIGN_INS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    record Owner(long accountId, long organisationId) {
    }

    /** Lifts a lock; the account's ids when it was locked. */
    Optional<Owner> unlock(long personId) {
        var owner = dsl.select(ACCOUNT.ID, PERSON.ORGANISATION_ID).from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.PERSON_ID.eq(personId)).and(ACCOUNT.LOCKED_UNTIL.isNotNull())
                .fetchOptional(r -> new Owner(r.value1(), r.value2()));
        owner.ifPresent(o -> clearFailures(o.accountId()));
        return owner;
    }

    Optional<Instant> lockedUntil(long personId) {
        return dsl.select(ACCOUNT.LOCKED_UNTIL).from(ACCOUNT).where(ACCOUNT.PERSON_ID.eq(personId))
                .fetchOptional(ACCOUNT.LOCKED_UNTIL);
    }

    // Per client address

    record AddressState(int failures, Instant lastFailureAt, Instant blockedUntil) {
    }

    Optional<AddressState> address(String address) {
        return dsl.select(SIGN_IN_ADDRESS.FAILURES, SIGN_IN_ADDRESS.LAST_FAILURE_AT, SIGN_IN_ADDRESS.BLOCKED_UNTIL)
                .from(SIGN_IN_ADDRESS).where(SIGN_IN_ADDRESS.ADDRESS.eq(address))
                .fetchOptional(r -> new AddressState(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Update, else insert: jOOQ's {@code onDuplicateKeyUpdate} renders MySQL 8's row alias
     * ({@code INSERT … AS excluded ON DUPLICATE KEY UPDATE}), which MariaDB rejects; every refused
     * sign-in then failed there before its audit entry. If two first failures from one address
     * race, the second insert is ignored and that failure not counted: the count is read, then
     * written, in any case.
     */
    void storeAddress(String address, AddressState state) {
        int updated = dsl.update(SIGN_IN_ADDRESS)
                .set(SIGN_IN_ADDRESS.FAILURES, state.failures())
                .set(SIGN_IN_ADDRESS.LAST_FAILURE_AT, state.lastFailureAt())
                .set(SIGN_IN_ADDRESS.BLOCKED_UNTIL, state.blockedUntil())
                .where(SIGN_IN_ADDRESS.ADDRESS.eq(address))
                .execute();
        if (updated == 0) {
            dsl.insertInto(SIGN_IN_ADDRESS)
                    .set(SIGN_IN_ADDRESS.ADDRESS, address)
                    .set(SIGN_IN_ADDRESS.FAILURES, state.failures())
                    .set(SIGN_IN_ADDRESS.LAST_FAILURE_AT, state.lastFailureAt())
                    .set(SIGN_IN_ADDRESS.BLOCKED_UNTIL, state.blockedUntil())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    void forgetAddressesBefore(Instant cutoff) {
        dsl.deleteFrom(SIGN_IN_ADDRESS).where(SIGN_IN_ADDRESS.LAST_FAILURE_AT.lt(cutoff)).execute();
    }

    // The second factor

    void enrol(long accountId, SealedText encryptedSecret, long step, Instant now) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.TOTP_SECRET, encryptedSecret)
                .set(ACCOUNT.TOTP_LAST_STEP, step)
                .set(ACCOUNT.TOTP_ENROLLED_AT, now)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    /** Forgets the second factor and its recovery codes: the person enrols again at sign-in. */
    void removeSecondFactor(long accountId) {
        dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        dsl.update(ACCOUNT).setNull(ACCOUNT.TOTP_SECRET).setNull(ACCOUNT.TOTP_LAST_STEP)
                .setNull(ACCOUNT.TOTP_ENROLLED_AT).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    /**
     * Records that a code of {@code step} was used; false when that step or a later one was used
     * already. One conditional update, so two nodes cannot both accept the same code.
     */
    boolean useStep(long accountId, long step) {
        return dsl.update(ACCOUNT).set(ACCOUNT.TOTP_LAST_STEP, step)
                .where(ACCOUNT.ID.eq(accountId))
                .and(ACCOUNT.TOTP_LAST_STEP.isNull().or(ACCOUNT.TOTP_LAST_STEP.lt(step)))
                .execute() == 1;
    }

    record RecoveryCode(long id, String hash) {
    }

    void replaceRecoveryCodes(long accountId, List<String> hashes, Instant now) {
        dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).execute();
        var insert = dsl.insertInto(RECOVERY_CODE, RECOVERY_CODE.ACCOUNT_ID, RECOVERY_CODE.CODE_HASH,
                RECOVERY_CODE.CREATED_AT);
        hashes.forEach(hash -> insert.values(accountId, hash, now));
        insert.execute();
    }

    List<RecoveryCode> unusedRecoveryCodes(long accountId) {
        return dsl.select(RECOVERY_CODE.ID, RECOVERY_CODE.CODE_HASH).from(RECOVERY_CODE)
                .where(RECOVERY_CODE.ACCOUNT_ID.eq(accountId)).and(RECOVERY_CODE.USED_AT.isNull())
                .orderBy(RECOVERY_CODE.ID)
                .fetch(r -> new RecoveryCode(r.value1(), r.value2()));
    }

    boolean useRecoveryCode(long id, Instant now) {
        return dsl.update(RECOVERY_CODE).set(RECOVERY_CODE.USED_AT, now)
                .where(RECOVERY_CODE.ID.eq(id)).and(RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }
}
