package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AUDIT_CHAIN_HEAD;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.db.tables.records.AuditEntryRecord;

@Repository
class AuditRepository {

    private static final int VERIFY_PAGE = 1000;

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the chain head until the transaction ends; returns {last id, last hash}. */
    ChainHead lockHead() {
        return dsl.select(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_HASH)
                .from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .forUpdate()
                .fetchSingle(r -> new ChainHead(r.value1(), r.value2()));
    }

    ChainHead head() {
        return dsl.select(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_HASH)
                .from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .fetchSingle(r -> new ChainHead(r.value1(), r.value2()));
    }

    /** Where the remaining chain begins: the first entry's id and the hash it links to. */
    ChainAnchor anchor() {
        return dsl.select(AUDIT_CHAIN_HEAD.ANCHOR_ID, AUDIT_CHAIN_HEAD.ANCHOR_HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .fetchSingle(r -> new ChainAnchor(r.value1(), r.value2()));
    }

    /**
     * Deletes the oldest entries up to the first one at or after {@code cutoff} (a prefix of the
     * chain, never a gap in it) and moves the anchor to the first remaining entry. Called with the
     * head locked. Returns how many were deleted.
     */
    int deleteBefore(Instant cutoff, ChainHead head) {
        Long firstKept = dsl.select(DSL.min(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OCCURRED_AT.ge(cutoff)).fetchSingle().value1();
        long keepFrom = firstKept == null ? head.lastId() + 1 : firstKept;
        var anchor = anchor();
        if (keepFrom <= anchor.id()) {
            return 0;
        }
        String anchorHash = keepFrom > head.lastId() ? head.lastHash()
                : dsl.select(AUDIT_ENTRY.PREVIOUS_HASH).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(keepFrom))
                        .fetchSingle(AUDIT_ENTRY.PREVIOUS_HASH);
        int deleted = dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.lt(keepFrom)).execute();
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.ANCHOR_ID, keepFrom)
                .set(AUDIT_CHAIN_HEAD.ANCHOR_HASH, anchorHash)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        return deleted;
    }

    void append(ChainedEntry entry) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, entry.id())
                .set(AUDIT_ENTRY.OCCURRED_AT, entry.occurredAt())
                .set(AUDIT_ENTRY.KIND, entry.kind())
                .set(AUDIT_ENTRY.ACTOR_ACCOUNT_ID, entry.actorAccountId())
                .set(AUDIT_ENTRY.ACTOR_ORGANISATION_ID, entry.actorOrganisationId())
                .set(AUDIT_ENTRY.CARE_TABLE_ID, entry.tableId())
                .set(AUDIT_ENTRY.OBJECT_TYPE, entry.objectType())
                .set(AUDIT_ENTRY.OBJECT_ID, entry.objectId())
                .set(AUDIT_ENTRY.CLIENT_ADDRESS, entry.clientAddress())
                .set(AUDIT_ENTRY.DETAIL, entry.detail())
                .set(AUDIT_ENTRY.PREVIOUS_HASH, entry.previousHash())
                .set(AUDIT_ENTRY.ENTRY_HASH, entry.entryHash())
                .execute();
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ID, entry.id())
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, entry.entryHash())
                .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .execute();
    }

    /**
     * A page of entries, newest first. The ORDER BY leads with the column filtered by equality
     * (the chair's table, the person, the kind or the object): that changes nothing in the order,
     * but lets H2 read the index (that column, occurred_at, id) backwards and stop after the page,
     * as MariaDB does anyway, instead of sorting that column's whole history.
     */
    List<AuditEntry> find(AuditFilter filter, Long scopeTableId, int offset, int limit) {
        return page(filter, scopeTableId, null, offset, limit);
    }

    /**
     * The page after {@code last} (the previous page's last entry), for the export: it reads on
     * from there by index however far back it is, where an offset would count past every entry
     * before it again (quadratic over an export of years).
     */
    List<AuditEntry> findAfter(AuditFilter filter, Long scopeTableId, AuditEntry last, int limit) {
        return page(filter, scopeTableId, last, 0, limit);
    }

    private List<AuditEntry> page(AuditFilter filter, Long scopeTableId, AuditEntry last, int offset, int limit) {
        var where = where(filter, scopeTableId);
        if (where.none()) {
            return List.of();
        }
        var conditions = new ArrayList<>(where.conditions());
        if (last != null) {
            // "Older than last" in the viewer's order; the first half gives the index its range.
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.le(last.occurredAt()).and(AUDIT_ENTRY.OCCURRED_AT
                    .lt(last.occurredAt()).or(AUDIT_ENTRY.ID.lt(last.id()))));
        }
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.KIND, AUDIT_ENTRY.ACTOR_ACCOUNT_ID,
                        PERSON.DISPLAY_NAME, AUDIT_ENTRY.ACTOR_ORGANISATION_ID, ORGANISATION.NAME,
                        AUDIT_ENTRY.CARE_TABLE_ID, AUDIT_ENTRY.OBJECT_TYPE, AUDIT_ENTRY.OBJECT_ID,
                        AUDIT_ENTRY.CLIENT_ADDRESS, AUDIT_ENTRY.DETAIL)
                .from(AUDIT_ENTRY)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(AUDIT_ENTRY.ACTOR_ACCOUNT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AUDIT_ENTRY.ACTOR_ORGANISATION_ID))
                .where(conditions)
                .orderBy(where.newestFirst())
                .offset(offset).limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12()));
    }

    /**
     * How many entries match, counted up to {@code cap}: a count of years of log would read all
     * of them; past the cap the viewer says "more than" and asks for a narrower filter.
     */
    int countUpTo(AuditFilter filter, Long scopeTableId, int cap) {
        var where = where(filter, scopeTableId);
        if (where.none()) {
            return 0;
        }
        // selectCount over a derived table rather than fetchCount(select): jOOQ wraps the latter in
        // a derived column list that MariaDB does not accept in the MySQL dialect.
        return dsl.selectCount()
                .from(dsl.selectOne().from(AUDIT_ENTRY).where(where.conditions()).limit(cap).asTable("capped"))
                .fetchSingle(0, int.class);
    }

    /**
     * The viewer's filter as SQL: its conditions, and its order with the columns filtered by
     * equality first (see {@link #find}). A name is looked up among the accounts first (a few
     * thousand people, not years of log), so the log itself is read by the actor index.
     */
    private Where where(AuditFilter filter, Long scopeTableId) {
        List<Condition> conditions = new ArrayList<>();
        Long actor = filter.actorAccountId();
        if (scopeTableId != null) {
            conditions.add(AUDIT_ENTRY.CARE_TABLE_ID.eq(scopeTableId));
        }
        if (actor != null) {
            conditions.add(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.eq(actor));
        }
        if (filter.actorName() != null && !filter.actorName().isBlank()) {
            var named = DSL.select(ACCOUNT.ID).from(ACCOUNT).join(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                    .where(DSL.lower(PERSON.DISPLAY_NAME).contains(filter.actorName().strip().toLowerCase()));
            List<Long> firstTwo = dsl.fetch(named.orderBy(ACCOUNT.ID).limit(2)).getValues(ACCOUNT.ID);
            if (firstTwo.isEmpty()) {
                return new Where(List.of(), List.of(), true);
            }
            // One person: their index range in order. Several: their histories merged and sorted.
            actor = firstTwo.size() == 1 ? firstTwo.getFirst() : actor;
            conditions.add(firstTwo.size() == 1 ? AUDIT_ENTRY.ACTOR_ACCOUNT_ID.eq(actor)
                    : AUDIT_ENTRY.ACTOR_ACCOUNT_ID.in(named));
        }
        if (filter.kind() != null) {
            conditions.add(AUDIT_ENTRY.KIND.eq(filter.kind()));
        }
        if (filter.objectType() != null) {
            conditions.add(AUDIT_ENTRY.OBJECT_TYPE.eq(filter.objectType()));
        }
        if (filter.objectId() != null) {
            conditions.add(AUDIT_ENTRY.OBJECT_ID.eq(filter.objectId()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(filter.to()));
        }
        return new Where(conditions, newestFirst(filter, scopeTableId, actor), false);
    }

    /**
     * Led by the equality columns of the most selective index that applies (migration V029):
     * an object's, a person's, a kind's at one table, a kind's, a table's history.
     */
    private static List<SortField<?>> newestFirst(AuditFilter filter, Long scopeTableId, Long actor) {
        List<SortField<?>> order = new ArrayList<>();
        if (filter.objectType() != null && filter.objectId() != null) {
            order.addAll(List.of(AUDIT_ENTRY.OBJECT_TYPE.desc(), AUDIT_ENTRY.OBJECT_ID.desc()));
        } else if (actor != null) {
            order.add(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.desc());
        } else {
            if (scopeTableId != null) {
                order.add(AUDIT_ENTRY.CARE_TABLE_ID.desc());
            }
            if (filter.kind() != null) {
                order.add(AUDIT_ENTRY.KIND.desc());
            }
        }
        order.add(AUDIT_ENTRY.OCCURRED_AT.desc());
        order.add(AUDIT_ENTRY.ID.desc());
        return order;
    }

    /** Hands every entry to the consumer in chain order, a page at a time. */
    void forEachInOrder(Consumer<ChainedEntry> consumer) {
        long after = 0;
        while (true) {
            List<ChainedEntry> page = dsl.selectFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ID.gt(after))
                    .orderBy(AUDIT_ENTRY.ID)
                    .limit(VERIFY_PAGE)
                    .fetch(AuditRepository::chained);
            page.forEach(consumer);
            if (page.size() < VERIFY_PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    private static ChainedEntry chained(AuditEntryRecord r) {
        return new ChainedEntry(r.getId(), r.getOccurredAt(), r.getKind(), r.getActorAccountId(),
                r.getActorOrganisationId(), r.getCareTableId(), r.getObjectType(), r.getObjectId(),
                r.getClientAddress(), r.getDetail(), r.getPreviousHash(), r.getEntryHash());
    }


    record ChainHead(long lastId, String lastHash) {
    }

    record ChainAnchor(long id, String hash) {
    }

    /** {@code none}: the filter names a person no account has, so nothing can match. */
    private record Where(List<Condition> conditions, List<SortField<?>> newestFirst, boolean none) {
    }

}
