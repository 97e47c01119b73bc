package nl.zorgtafel.mail;

import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.db.tables.records.OutboxMessageRecord;

@Repository
class OutboxRepository {

    private final DSLContext dsl;

    OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(OutgoingMail mail, Instant now) {
        var row = dsl.newRecord(OUTBOX_MESSAGE);
        row.setRecipient(mail.recipient());
        row.setSubject(mail.subject());
        row.setBodyText(mail.text());
        row.setBodyHtml(mail.html());
        row.setCalendar(mail.calendar());
        row.setCalendarMethod(mail.calendarMethod());
        row.setSealed(mail.sealed());
        row.setStatus(OutboxStatus.PENDING);
        row.setAttempts(0);
        row.setNextAttemptAt(now);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    /**
     * Claims due messages, oldest first, by moving their next attempt to the end of a lease: one
     * conditional update per message, so two senders never claim the same one, and no row stays
     * locked while the (slow, possibly hanging) SMTP server is talked to. A sender that dies
     * mid-way leaves its messages due again when the lease ends.
     */
    List<OutboxMessage> claim(Instant now, Instant leaseEnd, int limit) {
        var due = dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(OutboxStatus.PENDING).and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(OUTBOX_MESSAGE.ID)
                .limit(limit)
                .fetch(OutboxRepository::message);
        return due.stream().filter(message -> dsl.update(OUTBOX_MESSAGE)
                        .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, leaseEnd)
                        .where(OUTBOX_MESSAGE.ID.eq(message.id()))
                        .and(OUTBOX_MESSAGE.STATUS.eq(OutboxStatus.PENDING))
                        .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(now))
                        .execute() == 1)
                .toList();
    }

    void markSent(long id, Instant now) {
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, OutboxStatus.SENT)
                .set(OUTBOX_MESSAGE.SENT_AT, now).set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .where(OUTBOX_MESSAGE.ID.eq(id)).execute();
        // A delivered secret is not kept.
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.BODY_TEXT, "").setNull(OUTBOX_MESSAGE.BODY_HTML)
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.SEALED.isTrue()).execute();
    }

    void markFailedAttempt(long id, int attempts, Instant next, boolean giveUp, String error) {
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.ATTEMPTS, attempts)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, next)
                .set(OUTBOX_MESSAGE.STATUS, giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING)
                .set(OUTBOX_MESSAGE.LAST_ERROR, error)
                .where(OUTBOX_MESSAGE.ID.eq(id)).execute();
    }

    List<OutboxMessage> latest(int offset, int limit) {
        return dsl.selectFrom(OUTBOX_MESSAGE).orderBy(OUTBOX_MESSAGE.ID.desc()).offset(offset).limit(limit)
                .fetch(OutboxRepository::message);
    }

    /** A fresh copy of a message, due now: the original keeps its own history. Empty when unknown. */
    java.util.Optional<Long> copy(long id, Instant now) {
        var original = dsl.fetchOptional(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ID.eq(id));
        return original.map(r -> {
            var row = r.copy();
            row.setStatus(OutboxStatus.PENDING);
            row.setAttempts(0);
            row.setNextAttemptAt(now);
            row.setLastError(null);
            row.setSentAt(null);
            row.setCreatedAt(now);
            row.setVersion(0);
            row.store();
            return row.getId();
        });
    }

    java.util.Optional<OutboxMessage> find(long id) {
        return dsl.fetchOptional(OUTBOX_MESSAGE, OUTBOX_MESSAGE.ID.eq(id)).map(OutboxRepository::message);
    }

    int countPending() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(OutboxStatus.PENDING));
    }

    int count() {
        return dsl.fetchCount(OUTBOX_MESSAGE);
    }

    private static OutboxMessage message(OutboxMessageRecord r) {
        return new OutboxMessage(r.getId(), r.getRecipient(), r.getSubject(), r.getBodyText(), r.getBodyHtml(),
                r.getCalendar(), r.getCalendarMethod(), r.getStatus(), r.getAttempts(),
                r.getLastError(), r.getCreatedAt(), r.getSentAt(), r.getSealed());
    }
}
