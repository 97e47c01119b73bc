package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MINUTES_VERSION;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;

/**
 * What sessions and actions did with a case, read from the meeting and action features' tables
 * (casefile sits below them, so their statuses appear here as the stored names; {@code
 * CrossFeatureStatusTest} ties these names to the owning enums).
 */
@Repository
class CaseFollowUpRepository {

    /** action.ActionStatus#isOpen. */
    static final Set<String> OPEN_ACTION = Set.of("OPEN", "IN_UITVOERING");
    /** meeting.MeetingStatus of sessions still to be held (or being held). */
    static final Set<String> COMING_MEETING = Set.of("GEPLAND", "UITGENODIGD", "LOPEND");
    /** meeting.MeetingStatus of sessions that are being or were held. */
    static final Set<String> DISCUSSING_MEETING = Set.of("LOPEND", "AFGEROND", "VERSLAG_DEFINITIEF");
    /** live.NoteKind of a conclusion or decision. */
    static final String DECISION = "BESLUIT";

    /*
     * The other features' enum columns read as their stored names: the generated fields carry
     * those features' enums, which casefile (below them) must not depend on.
     */
    private static final Field<String> ACTION_STATUS = stored(ACTION_ITEM.STATUS);
    private static final Field<String> MEETING_STATUS = stored(MEETING.STATUS);
    private static final Field<String> NOTE_KIND = stored(ITEM_NOTE.KIND);

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    CaseFollowUpRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    /** Organisations that are deelnemer of an agenda item for the case. */
    Set<Long> deelnemers(long caseId) {
        return dsl.selectDistinct(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID).from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId))
                .fetchSet(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID);
    }

    /** Organisations that own an action on the case. */
    Set<Long> actionOwners(long caseId) {
        return dsl.selectDistinct(ACTION_ITEM.ORGANISATION_ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.CASE_FILE_ID.eq(caseId))
                .fetchSet(ACTION_ITEM.ORGANISATION_ID);
    }

    boolean hasOpenActions(long caseId) {
        // Counted, not fetchExists: on H2 2.4 EXISTS misses a row inserted earlier in the same transaction.
        return dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.CASE_FILE_ID.eq(caseId).and(openAction())) > 0;
    }

    static Condition openAction() {
        return ACTION_STATUS.in(OPEN_ACTION);
    }

    private static Field<String> stored(Field<?> enumColumn) {
        return DSL.field(enumColumn.getQualifiedName(), String.class);
    }

    /** The cases that have an item on this session's agenda. */
    List<Long> casesOnAgendaOf(long meetingId) {
        return dsl.selectDistinct(AGENDA_ITEM.CASE_FILE_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.CASE_FILE_ID.isNotNull()))
                .orderBy(AGENDA_ITEM.CASE_FILE_ID)
                .fetch(AGENDA_ITEM.CASE_FILE_ID);
    }

    /** True when the case is on the agenda of a session still to be held, other than the one given. */
    boolean onComingAgenda(long caseId, long exceptMeetingId) {
        return dsl.fetchCount(AGENDA_ITEM.join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)),
                AGENDA_ITEM.CASE_FILE_ID.eq(caseId)
                        .and(MEETING.ID.ne(exceptMeetingId))
                        .and(MEETING_STATUS.in(COMING_MEETING))) > 0;
    }

    boolean wasDiscussed(long caseId) {
        return dsl.fetchCount(CASE_EVENT, CASE_EVENT.CASE_FILE_ID.eq(caseId)
                .and(CASE_EVENT.KIND.eq(CaseEventKind.DISCUSSED))) > 0;
    }

    /**
     * The sessions that discussed the case (held or running), newest first, with their
     * decisions. Two queries, not one per session: MariaDB cannot correlate a multiset's
     * derived table with the outer row.
     */
    List<CaseFileView.Discussion> discussions(long caseId) {
        Map<Long, List<String>> decisions = new HashMap<>();
        dsl.select(ITEM_NOTE.AGENDA_ITEM_ID, ITEM_NOTE.BODY).from(ITEM_NOTE)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ITEM_NOTE.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId).and(NOTE_KIND.eq(DECISION)))
                .orderBy(ITEM_NOTE.CREATED_AT, ITEM_NOTE.ID)
                .forEach(r -> decisions.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(encryption.open(ITEM_NOTE.BODY, r.value2())));
        return dsl.select(MEETING.ID, MEETING.STARTS_AT, AGENDA_ITEM.ID,
                        DSL.field(DSL.exists(DSL.selectOne().from(MINUTES_VERSION)
                                .where(MINUTES_VERSION.MEETING_ID.eq(MEETING.ID)))))
                .from(AGENDA_ITEM)
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId).and(MEETING_STATUS.in(DISCUSSING_MEETING)))
                .orderBy(MEETING.STARTS_AT.desc())
                .fetch(r -> new CaseFileView.Discussion(r.value1(), r.value2(),
                        decisions.getOrDefault(r.value3(), List.of()), r.value4()));
    }

    /** The case's actions with their owner and status, open ones first, then by deadline. */
    List<CaseFileView.CaseAction> actions(long caseId) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.DESCRIPTION, ORGANISATION.NAME, PERSON.DISPLAY_NAME,
                        ACTION_ITEM.DEADLINE, ACTION_STATUS, MEETING.STARTS_AT)
                .from(ACTION_ITEM)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.PERSON_ID))
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .where(ACTION_ITEM.CASE_FILE_ID.eq(caseId))
                .orderBy(DSL.when(openAction(), 0).otherwise(1), ACTION_ITEM.DEADLINE, ACTION_ITEM.ID)
                .fetch(r -> new CaseFileView.CaseAction(r.value1(), encryption.open(ACTION_ITEM.DESCRIPTION, r.value2()),
                        r.value3(), r.value4(), r.value5(),
                        r.value6(), OPEN_ACTION.contains(r.value6()), r.value7()));
    }
}
