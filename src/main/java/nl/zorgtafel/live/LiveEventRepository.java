package nl.zorgtafel.live;

import static nl.zorgtafel.db.Tables.LIVE_EVENT;
import static nl.zorgtafel.db.Tables.LIVE_PAGE;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The live changes every node writes and relays, and the live pages open on all nodes. */
@Repository
class LiveEventRepository {

    /** A change another node (or this one) made, as stored. */
    record Event(long id, String node, LiveChanged change) {
    }

    private final DSLContext dsl;

    LiveEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(String node, LiveChanged change, Instant now) {
        dsl.insertInto(LIVE_EVENT)
                .set(LIVE_EVENT.NODE, node)
                .set(LIVE_EVENT.MEETING_ID, change.meetingId())
                .set(LIVE_EVENT.AGENDA_ITEM_ID, change.agendaItemId())
                .set(LIVE_EVENT.VISIBLE_TO, encode(change.visibleToOrganisations()))
                .set(LIVE_EVENT.CREATED_AT, now)
                .execute();
    }

    /** Committed changes after {@code floor}, oldest first, at most {@code limit}. */
    List<Event> after(long floor, int limit) {
        return dsl.select(LIVE_EVENT.ID, LIVE_EVENT.NODE, LIVE_EVENT.MEETING_ID, LIVE_EVENT.AGENDA_ITEM_ID,
                        LIVE_EVENT.VISIBLE_TO)
                .from(LIVE_EVENT)
                .where(LIVE_EVENT.ID.gt(floor))
                .orderBy(LIVE_EVENT.ID)
                .limit(limit)
                .fetch(LiveEventRepository::event);
    }

    /** Changes with these ids that have been committed meanwhile. */
    List<Event> byIds(java.util.Collection<Long> ids) {
        return dsl.select(LIVE_EVENT.ID, LIVE_EVENT.NODE, LIVE_EVENT.MEETING_ID, LIVE_EVENT.AGENDA_ITEM_ID,
                        LIVE_EVENT.VISIBLE_TO)
                .from(LIVE_EVENT)
                .where(LIVE_EVENT.ID.in(ids))
                .orderBy(LIVE_EVENT.ID)
                .fetch(LiveEventRepository::event);
    }

    long lastId() {
        Long last = dsl.select(DSL.max(LIVE_EVENT.ID)).from(LIVE_EVENT).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    int purgeEvents(Instant before) {
        return dsl.deleteFrom(LIVE_EVENT).where(LIVE_EVENT.CREATED_AT.lt(before)).execute();
    }

    long openPage(String node, long meetingId, long personId, Instant now) {
        return dsl.insertInto(LIVE_PAGE)
                .set(LIVE_PAGE.NODE, node)
                .set(LIVE_PAGE.MEETING_ID, meetingId)
                .set(LIVE_PAGE.PERSON_ID, personId)
                .set(LIVE_PAGE.SEEN_AT, now)
                .returningResult(LIVE_PAGE.ID)
                .fetchOne(LIVE_PAGE.ID);
    }

    void closePage(long id) {
        dsl.deleteFrom(LIVE_PAGE).where(LIVE_PAGE.ID.eq(id)).execute();
    }

    /** This node's pages are still open: they keep counting for another while. */
    void touchPages(String node, Instant now) {
        dsl.update(LIVE_PAGE).set(LIVE_PAGE.SEEN_AT, now).where(LIVE_PAGE.NODE.eq(node)).execute();
    }

    void closePages(String node) {
        dsl.deleteFrom(LIVE_PAGE).where(LIVE_PAGE.NODE.eq(node)).execute();
    }

    int purgePages(Instant seenBefore) {
        return dsl.deleteFrom(LIVE_PAGE).where(LIVE_PAGE.SEEN_AT.lt(seenBefore)).execute();
    }

    /** The people with the session's live page open on any node that still answers. */
    Set<Long> connected(long meetingId, Instant seenAfter) {
        return new HashSet<>(dsl.selectDistinct(LIVE_PAGE.PERSON_ID).from(LIVE_PAGE)
                .where(LIVE_PAGE.MEETING_ID.eq(meetingId)).and(LIVE_PAGE.SEEN_AT.gt(seenAfter))
                .fetch(LIVE_PAGE.PERSON_ID));
    }

    private static Event event(org.jooq.Record5<Long, String, Long, Long, String> r) {
        return new Event(r.value1(), r.value2(), new LiveChanged(r.value3(), r.value4(), decode(r.value5())));
    }

    private static String encode(Set<Long> organisations) {
        return organisations == null ? null
                : organisations.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> decode(String organisations) {
        if (organisations == null) {
            return null;
        }
        return organisations.isEmpty() ? Set.of()
                : Arrays.stream(organisations.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
