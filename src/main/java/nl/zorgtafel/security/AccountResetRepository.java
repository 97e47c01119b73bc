package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.ACCOUNT_LINK;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.SECOND_FACTOR_RESET;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** One-time password links and second-factor reset requests. */
@Repository
class AccountResetRepository {

    private final DSLContext dsl;

    AccountResetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whom a reset concerns, with what a mail to them needs. */
    record Target(long accountId, long personId, long organisationId, String email, String locale,
            boolean seesCases) {
    }

    Optional<Target> target(long personId) {
        var seesCases = org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne()
                .from(TABLE_MEMBERSHIP).where(TABLE_MEMBERSHIP.PERSON_ID.eq(PERSON.ID))));
        return dsl.select(ACCOUNT.ID, PERSON.ID, PERSON.ORGANISATION_ID, PERSON.EMAIL, ACCOUNT.PREFERRED_LOCALE, seesCases)
                .from(ACCOUNT).join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Target(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6())));
    }

    Optional<Target> targetOfAccount(long accountId) {
        return dsl.select(ACCOUNT.PERSON_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.PERSON_ID).flatMap(this::target);
    }

    void insertLink(long accountId, String tokenHash, Instant now, Instant expiresAt, Long createdBy) {
        // An earlier, unused link stops working: only the newest counts.
        dsl.update(ACCOUNT_LINK).set(ACCOUNT_LINK.USED_AT, now)
                .where(ACCOUNT_LINK.ACCOUNT_ID.eq(accountId)).and(ACCOUNT_LINK.USED_AT.isNull()).execute();
        dsl.insertInto(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.ACCOUNT_ID, accountId)
                .set(ACCOUNT_LINK.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_LINK.CREATED_AT, now)
                .set(ACCOUNT_LINK.EXPIRES_AT, expiresAt)
                .set(ACCOUNT_LINK.CREATED_BY_ACCOUNT_ID, createdBy)
                .execute();
    }

    /** The account of an unused, unexpired link. */
    Optional<Long> validLink(String tokenHash, Instant now) {
        return dsl.select(ACCOUNT_LINK.ACCOUNT_ID).from(ACCOUNT_LINK)
                .where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_LINK.USED_AT.isNull())
                .and(ACCOUNT_LINK.EXPIRES_AT.gt(now))
                .fetchOptional(ACCOUNT_LINK.ACCOUNT_ID);
    }

    boolean useLink(String tokenHash, Instant now) {
        return dsl.update(ACCOUNT_LINK).set(ACCOUNT_LINK.USED_AT, now)
                .where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash)).and(ACCOUNT_LINK.USED_AT.isNull())
                .execute() == 1;
    }

    void setChosenPassword(long accountId, String hash) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash).set(ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .setNull(ACCOUNT.PASSWORD_EXPIRES_AT).set(ACCOUNT.FAILED_SIGN_INS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }

    /** The Beheerder who asked to reset this account's second factor, while not yet approved. */
    Optional<Long> openSecondFactorRequest(long accountId) {
        return dsl.select(SECOND_FACTOR_RESET.REQUESTED_BY_ACCOUNT_ID).from(SECOND_FACTOR_RESET)
                .where(SECOND_FACTOR_RESET.ACCOUNT_ID.eq(accountId)).and(SECOND_FACTOR_RESET.APPROVED_AT.isNull())
                .orderBy(SECOND_FACTOR_RESET.ID.desc()).limit(1)
                .fetchOptional(SECOND_FACTOR_RESET.REQUESTED_BY_ACCOUNT_ID);
    }

    void requestSecondFactorReset(long accountId, long requestedBy, Instant now) {
        dsl.insertInto(SECOND_FACTOR_RESET)
                .set(SECOND_FACTOR_RESET.ACCOUNT_ID, accountId)
                .set(SECOND_FACTOR_RESET.REQUESTED_BY_ACCOUNT_ID, requestedBy)
                .set(SECOND_FACTOR_RESET.REQUESTED_AT, now)
                .execute();
    }

    /** Approves the open request unless its requester approves it; true when approved now. */
    boolean approveSecondFactorReset(long accountId, long approvedBy, Instant now) {
        return dsl.update(SECOND_FACTOR_RESET)
                .set(SECOND_FACTOR_RESET.APPROVED_BY_ACCOUNT_ID, approvedBy)
                .set(SECOND_FACTOR_RESET.APPROVED_AT, now)
                .where(SECOND_FACTOR_RESET.ACCOUNT_ID.eq(accountId))
                .and(SECOND_FACTOR_RESET.APPROVED_AT.isNull())
                .and(SECOND_FACTOR_RESET.REQUESTED_BY_ACCOUNT_ID.ne(approvedBy))
                .execute() > 0;
    }
}
