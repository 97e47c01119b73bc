package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.ACCOUNT_SESSION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AccountSessionRepository {

    private final DSLContext dsl;

    AccountSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Row(long id, long accountId, long organisationId, Instant startedAt, Instant lastSeenAt,
            Instant endedAt) {
    }

    long insert(long accountId, String key, Instant now, String client, String address) {
        var row = dsl.newRecord(ACCOUNT_SESSION);
        row.setAccountId(accountId);
        row.setSessionKey(key);
        row.setStartedAt(now);
        row.setLastSeenAt(now);
        row.setClient(client);
        row.setAddress(address);
        row.store();
        return row.getId();
    }

    Optional<Row> byKey(String key) {
        return dsl.select(ACCOUNT_SESSION.ID, ACCOUNT_SESSION.ACCOUNT_ID, PERSON.ORGANISATION_ID,
                        ACCOUNT_SESSION.STARTED_AT, ACCOUNT_SESSION.LAST_SEEN_AT, ACCOUNT_SESSION.ENDED_AT)
                .from(ACCOUNT_SESSION)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_SESSION.ACCOUNT_ID))
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT_SESSION.SESSION_KEY.eq(key))
                .fetchOptional(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    void touch(long id, Instant now) {
        dsl.update(ACCOUNT_SESSION).set(ACCOUNT_SESSION.LAST_SEEN_AT, now).where(ACCOUNT_SESSION.ID.eq(id)).execute();
    }

    /** Open sessions of an account started after {@code startedAfter}, newest first. */
    List<AccountSession> open(long accountId, Instant startedAfter, String currentKey) {
        return dsl.select(ACCOUNT_SESSION.ID, ACCOUNT_SESSION.SESSION_KEY, ACCOUNT_SESSION.STARTED_AT,
                        ACCOUNT_SESSION.LAST_SEEN_AT, ACCOUNT_SESSION.CLIENT, ACCOUNT_SESSION.ADDRESS)
                .from(ACCOUNT_SESSION)
                .where(ACCOUNT_SESSION.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_SESSION.ENDED_AT.isNull())
                .and(ACCOUNT_SESSION.STARTED_AT.gt(startedAfter))
                .orderBy(ACCOUNT_SESSION.STARTED_AT.desc())
                .fetch(r -> new AccountSession(r.value1(), r.value2().equals(currentKey), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Ends the given open sessions of the account (all when {@code ids} is null); returns their ids. */
    List<Long> end(long accountId, List<Long> ids, Instant now, String reason) {
        var condition = ACCOUNT_SESSION.ACCOUNT_ID.eq(accountId).and(ACCOUNT_SESSION.ENDED_AT.isNull());
        if (ids != null) {
            condition = condition.and(ACCOUNT_SESSION.ID.in(ids));
        }
        List<Long> ended = dsl.select(ACCOUNT_SESSION.ID).from(ACCOUNT_SESSION).where(condition)
                .fetch(ACCOUNT_SESSION.ID);
        if (!ended.isEmpty()) {
            dsl.update(ACCOUNT_SESSION).set(ACCOUNT_SESSION.ENDED_AT, now).set(ACCOUNT_SESSION.ENDED_REASON, reason)
                    .where(ACCOUNT_SESSION.ID.in(ended)).and(ACCOUNT_SESSION.ENDED_AT.isNull()).execute();
        }
        return ended;
    }

    record Owner(long accountId, long organisationId) {
    }

    Optional<Owner> accountOfPerson(long personId) {
        return dsl.select(ACCOUNT.ID, PERSON.ORGANISATION_ID).from(ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.PERSON_ID.eq(personId))
                .fetchOptional(r -> new Owner(r.value1(), r.value2()));
    }
}
