package nl.zorgtafel.minutes;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.ATTENDANCE;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MINUTES_LETTER;
import static nl.zorgtafel.db.Tables.MINUTES_SUMMARY;
import static nl.zorgtafel.db.Tables.MINUTES_VERSION;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.STATEMENT_ACCEPTANCE;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.TableRole;

@Repository
class MinutesRepository {

    private static final org.jooq.Table<?> OTHER = PERSON.as("other");

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    MinutesRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    record SessionFacts(long meetingId, long tableId, MeetingStatus status, Instant startsAt) {
    }

    Optional<SessionFacts> session(long meetingId) {
        return dsl.select(MEETING.ID, MEETING.CARE_TABLE_ID, MEETING.STATUS, MEETING.STARTS_AT).from(MEETING)
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new SessionFacts(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** What was recorded for the session, with the secretary's summaries, as the minutes say it. */
    MinutesContent content(long meetingId) {
        var header = dsl.select(MEETING.CARE_TABLE_ID, CARE_TABLE.NAME, MEETING.STARTS_AT, MEETING.ENDS_AT,
                        DSL.coalesce(MEETING.PLACE, MEETING.VIDEO_LINK), CARE_TABLE.CONFIDENTIALITY_STATEMENT,
                        MEETING.CHAIR_PERSON_ID)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(MEETING.ID.eq(meetingId)).fetchSingle();
        long tableId = header.value1();
        return new MinutesContent(meetingId, header.value2(), header.value3(), header.value4(), header.value5(),
                chairName(tableId, header.value7()), header.value6(), attendance(meetingId), review(meetingId, tableId, header.value3()),
                cases(meetingId), next(tableId, header.value3()));
    }

    private String chairName(long tableId, Long chairPersonId) {
        var query = chairPersonId != null
                ? dsl.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(chairPersonId))
                : dsl.select(PERSON.DISPLAY_NAME).from(TABLE_MEMBERSHIP).join(PERSON)
                        .on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                        .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(TABLE_MEMBERSHIP.TABLE_ROLE
                                .eq(TableRole.VOORZITTER)).and(PERSON.ACTIVE.isTrue()))
                        .orderBy(PERSON.ID).limit(1);
        return query.fetchOptional(PERSON.DISPLAY_NAME).orElse(null);
    }

    private List<MinutesContent.Attendance> attendance(long meetingId) {
        return dsl.select(PERSON.DISPLAY_NAME, ORGANISATION.NAME, ATTENDANCE.PRESENCE, ATTENDANCE.WRITTEN_INPUT,
                        OTHER.field(PERSON.DISPLAY_NAME), STATEMENT_ACCEPTANCE.ACCEPTED_AT)
                .from(ATTENDANCE)
                .leftJoin(STATEMENT_ACCEPTANCE).on(STATEMENT_ACCEPTANCE.MEETING_ID.eq(ATTENDANCE.MEETING_ID)
                        .and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(ATTENDANCE.PERSON_ID)))
                .join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(OTHER).on(OTHER.field(PERSON.ID).eq(ATTENDANCE.REPLACES_PERSON_ID))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(ATTENDANCE.PRESENCE, ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                // The snapshot keeps stored names, so a frozen version reads the same whatever the code calls them.
                .fetch(r -> new MinutesContent.Attendance(r.value1(), r.value2(), r.value3().name(), r.value4(),
                        r.value5(), r.value6()));
    }

    private Map<Long, Set<Long>> deelnemers(org.jooq.Condition items) {
        Map<Long, Set<Long>> byItem = new HashMap<>();
        dsl.select(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID, AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID)
                .from(AGENDA_ITEM_PARTICIPANT).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .where(items)
                .forEach(r -> byItem.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
        return byItem;
    }

    /**
     * Every action that came back in this session's review block (earlier sessions' actions of the
     * table not reviewed before, or carried on at an earlier review, or reviewed here), with the
     * outcome recorded here, or none: the minutes say which got no outcome.
     */
    private List<MinutesContent.ReviewLine> review(long meetingId, long tableId, Instant startsAt) {
        var originMeeting = MEETING.as("origin");
        Condition dueHere = originMeeting.CARE_TABLE_ID.eq(tableId)
                .and(originMeeting.STARTS_AT.lt(startsAt))
                .and(ACTION_ITEM.REVIEW_MEETING_ID.isNull()
                        .or(ACTION_ITEM.REVIEW_MEETING_ID.eq(meetingId))
                        .or(ACTION_ITEM.REVIEW_OUTCOME.eq(ReviewOutcome.LOOPT_DOOR)));
        var origin = deelnemers(AGENDA_ITEM.ID.in(DSL.select(ACTION_ITEM.AGENDA_ITEM_ID).from(ACTION_ITEM)
                .join(originMeeting).on(originMeeting.ID.eq(ACTION_ITEM.MEETING_ID)).where(dueHere)));
        return dsl.select(CASE_FILE.CODE, ORGANISATION.NAME, ACTION_ITEM.DESCRIPTION, ACTION_ITEM.DEADLINE,
                        ACTION_ITEM.STATUS, ACTION_ITEM.REVIEW_OUTCOME, ACTION_ITEM.REVIEW_NOTE, ACTION_ITEM.AGENDA_ITEM_ID,
                        CASE_FILE.ID, ACTION_ITEM.REVIEW_MEETING_ID)
                .from(ACTION_ITEM)
                .join(originMeeting).on(originMeeting.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(CASE_FILE).on(CASE_FILE.ID.eq(ACTION_ITEM.CASE_FILE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .where(dueHere)
                .orderBy(CASE_FILE.CODE, ACTION_ITEM.DEADLINE, ACTION_ITEM.ID)
                .fetch(r -> {
                    boolean reviewedHere = r.value10() != null && r.value10() == meetingId;
                    return new MinutesContent.ReviewLine(r.value9(), r.value1(), r.value2(),
                            encryption.open(ACTION_ITEM.DESCRIPTION, r.value3()), r.value4(),
                            r.value5().name(), reviewedHere ? r.value6().name() : null,
                            reviewedHere ? encryption.open(ACTION_ITEM.REVIEW_NOTE, r.value7()) : null, Set.copyOf(origin.getOrDefault(r.value8(), Set.of())));
                });
    }

    /** The case items in agenda order, each with its deelnemers, summary, notes and actions (five queries in all). */
    private List<MinutesContent.CaseSection> cases(long meetingId) {
        var caseItems = AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.CASE_FILE_ID.isNotNull());
        var deelnemers = deelnemers(caseItems);
        Map<Long, List<String>> deelnemerNames = new HashMap<>();
        dsl.select(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID, ORGANISATION.NAME).from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID))
                .where(caseItems).orderBy(ORGANISATION.NAME)
                .forEach(r -> deelnemerNames.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<MinutesContent.Note>> inbreng = new HashMap<>();
        Map<Long, List<String>> decisions = new HashMap<>();
        dsl.select(ITEM_NOTE.AGENDA_ITEM_ID, ITEM_NOTE.KIND, ORGANISATION.NAME, ITEM_NOTE.BODY).from(ITEM_NOTE)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ITEM_NOTE.AGENDA_ITEM_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ITEM_NOTE.ORGANISATION_ID))
                .where(caseItems).orderBy(ITEM_NOTE.ID)
                .forEach(r -> {
                    String body = encryption.open(ITEM_NOTE.BODY, r.value4());
                    if (r.value2() == NoteKind.BESLUIT) {
                        decisions.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(body);
                    } else {
                        inbreng.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                .add(new MinutesContent.Note(r.value3(), body));
                    }
                });
        Map<Long, List<MinutesContent.ActionLine>> actions = new HashMap<>();
        dsl.select(ACTION_ITEM.AGENDA_ITEM_ID, ORGANISATION.NAME, PERSON.DISPLAY_NAME, ACTION_ITEM.DESCRIPTION,
                        ACTION_ITEM.DEADLINE, ACTION_ITEM.STATUS)
                .from(ACTION_ITEM)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION_ITEM.AGENDA_ITEM_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.PERSON_ID))
                .where(caseItems).orderBy(ACTION_ITEM.ID)
                .forEach(r -> actions.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new MinutesContent.ActionLine(r.value2(), r.value3(),
                                encryption.open(ACTION_ITEM.DESCRIPTION, r.value4()), r.value5(),
                                r.value6().name())));
        return dsl.select(AGENDA_ITEM.ID, CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.NAMED, MINUTES_SUMMARY.SUMMARY)
                .from(AGENDA_ITEM)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(AGENDA_ITEM.CASE_FILE_ID))
                .leftJoin(MINUTES_SUMMARY).on(MINUTES_SUMMARY.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(caseItems)
                .orderBy(AGENDA_ITEM.BLOCK.desc(), AGENDA_ITEM.POSITION)
                .fetch(r -> new MinutesContent.CaseSection(r.value1(), r.value2(), r.value3(), r.value4(),
                        Set.copyOf(deelnemers.getOrDefault(r.value1(), Set.of())),
                        deelnemerNames.getOrDefault(r.value1(), List.of()),
                        encryption.open(MINUTES_SUMMARY.SUMMARY, r.value5()),
                        inbreng.getOrDefault(r.value1(), List.of()), decisions.getOrDefault(r.value1(), List.of()),
                        actions.getOrDefault(r.value1(), List.of())));
    }

    private MinutesContent.NextSession next(long tableId, Instant after) {
        return dsl.select(MEETING.STARTS_AT, DSL.coalesce(MEETING.PLACE, MEETING.VIDEO_LINK)).from(MEETING)
                .where(MEETING.CARE_TABLE_ID.eq(tableId).and(MEETING.STARTS_AT.gt(after))
                        .and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD)))
                .orderBy(MEETING.STARTS_AT).limit(1)
                .fetchOptional(r -> new MinutesContent.NextSession(r.value1(), r.value2())).orElse(null);
    }

    /** The session's case item, if {@code itemId} is one. */
    record CaseItem(long itemId, long meetingId, long caseFileId, Set<Long> deelnemers) {
    }

    Optional<CaseItem> caseItem(long itemId) {
        var deelnemers = deelnemers(AGENDA_ITEM.ID.eq(itemId)).getOrDefault(itemId, Set.of());
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.CASE_FILE_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.CASE_FILE_ID.isNotNull()))
                .fetchOptional(r -> new CaseItem(r.value1(), r.value2(), r.value3(), Set.copyOf(deelnemers)));
    }

    record Text(String body, int version) {
    }

    /** The secretary's summaries and the chair's letters: the same shape, one text per case item. */
    private record TextTable(org.jooq.Table<?> table, org.jooq.Field<Long> item, TableField<?, SealedText> body,
            org.jooq.Field<Long> updatedBy, org.jooq.Field<Instant> updatedAt, org.jooq.Field<Integer> version) {
    }

    private static final TextTable SUMMARIES = new TextTable(MINUTES_SUMMARY, MINUTES_SUMMARY.AGENDA_ITEM_ID,
            MINUTES_SUMMARY.SUMMARY, MINUTES_SUMMARY.UPDATED_BY_PERSON_ID, MINUTES_SUMMARY.UPDATED_AT,
            MINUTES_SUMMARY.VERSION);
    private static final TextTable LETTERS = new TextTable(MINUTES_LETTER, MINUTES_LETTER.AGENDA_ITEM_ID,
            MINUTES_LETTER.BODY, MINUTES_LETTER.UPDATED_BY_PERSON_ID, MINUTES_LETTER.UPDATED_AT,
            MINUTES_LETTER.VERSION);

    Optional<Text> summary(long itemId) {
        return text(SUMMARIES, itemId);
    }

    boolean saveSummary(long itemId, int version, String body, long personId, Instant now) {
        return saveText(SUMMARIES, itemId, version, body, personId, now);
    }

    Optional<Text> letter(long itemId) {
        return text(LETTERS, itemId);
    }

    boolean saveLetter(long itemId, int version, String body, long personId, Instant now) {
        return saveText(LETTERS, itemId, version, body, personId, now);
    }

    private Optional<Text> text(TextTable t, long itemId) {
        return dsl.select(t.body(), t.version()).from(t.table()).where(t.item().eq(itemId))
                .fetchOptional(r -> new Text(encryption.open(t.body(), r.value1()), r.value2()));
    }

    /** Stores a text when nobody changed it meanwhile (version 0 means: there was none yet). */
    private boolean saveText(TextTable t, long itemId, int version, String body, long personId, Instant now) {
        if (version == 0) {
            return dsl.insertInto(t.table()).set(t.item(), itemId).set(t.body(), encryption.seal(t.body(), body))
                    .set(t.updatedBy(), personId)
                    .set(t.updatedAt(), now).set(t.version(), 1)
                    .onDuplicateKeyIgnore().execute() == 1;
        }
        return dsl.update(t.table()).set(t.body(), encryption.seal(t.body(), body)).set(t.updatedBy(), personId)
                .set(t.updatedAt(), now)
                .set(t.version(), t.version().plus(1))
                .where(t.item().eq(itemId).and(t.version().eq(version)))
                .execute() == 1;
    }

    boolean markDefinitive(long meetingId) {
        return dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.VERSLAG_DEFINITIEF).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.eq(MeetingStatus.AFGEROND))).execute() == 1;
    }

    int lastVersion(long meetingId) {
        return dsl.select(DSL.coalesce(DSL.max(MINUTES_VERSION.VERSION_NUMBER), 0)).from(MINUTES_VERSION)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId)).fetchSingle().value1();
    }

    void insertVersion(long meetingId, int number, String content, String hash, String reason, Long personId,
            Instant now) {
        dsl.insertInto(MINUTES_VERSION)
                .set(MINUTES_VERSION.MEETING_ID, meetingId)
                .set(MINUTES_VERSION.VERSION_NUMBER, number)
                .set(MINUTES_VERSION.CONTENT, encryption.seal(MINUTES_VERSION.CONTENT, content))
                .set(MINUTES_VERSION.CONTENT_HASH, hash)
                .set(MINUTES_VERSION.REASON, encryption.seal(MINUTES_VERSION.REASON, reason))
                .set(MINUTES_VERSION.FINALISED_BY_PERSON_ID, personId)
                .set(MINUTES_VERSION.FINALISED_AT, now)
                .execute();
    }

    List<MinutesVersion> versions(long meetingId) {
        return dsl.select(MINUTES_VERSION.MEETING_ID, MINUTES_VERSION.VERSION_NUMBER, MINUTES_VERSION.CONTENT_HASH,
                        MINUTES_VERSION.REASON, PERSON.DISPLAY_NAME, MINUTES_VERSION.FINALISED_AT)
                .from(MINUTES_VERSION).leftJoin(PERSON).on(PERSON.ID.eq(MINUTES_VERSION.FINALISED_BY_PERSON_ID))
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES_VERSION.VERSION_NUMBER.desc())
                .fetch(r -> new MinutesVersion(r.value1(), r.value2(), r.value3(),
                        encryption.open(MINUTES_VERSION.REASON, r.value4()), r.value5(), r.value6()));
    }

    record Frozen(String content, String hash) {
    }

    Optional<Frozen> frozen(long meetingId, int number) {
        return dsl.select(MINUTES_VERSION.CONTENT, MINUTES_VERSION.CONTENT_HASH).from(MINUTES_VERSION)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId).and(MINUTES_VERSION.VERSION_NUMBER.eq(number)))
                .fetchOptional(r -> new Frozen(encryption.open(MINUTES_VERSION.CONTENT, r.value1()), r.value2()));
    }

    /**
     * Sessions with definitive minutes that may mention the case: those of its table from the
     * first session it was on the agenda (later sessions review its actions).
     */
    List<Long> sessionsWithMinutesSince(long caseFileId) {
        var first = DSL.select(DSL.min(MEETING.STARTS_AT)).from(MEETING).join(AGENDA_ITEM)
                .on(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID)).where(AGENDA_ITEM.CASE_FILE_ID.eq(caseFileId));
        var table = DSL.select(CASE_FILE.CARE_TABLE_ID).from(CASE_FILE).where(CASE_FILE.ID.eq(caseFileId));
        return dsl.selectDistinct(MEETING.ID).from(MEETING)
                .join(MINUTES_VERSION).on(MINUTES_VERSION.MEETING_ID.eq(MEETING.ID))
                .where(MEETING.CARE_TABLE_ID.eq(table).and(MEETING.STARTS_AT.ge(first)))
                .orderBy(MEETING.ID)
                .fetch(MEETING.ID);
    }

    /** The table of a case (0 when there is no such case, which no table has). */
    long caseTable(long caseFileId) {
        return dsl.select(CASE_FILE.CARE_TABLE_ID).from(CASE_FILE).where(CASE_FILE.ID.eq(caseFileId))
                .fetchOptional(CASE_FILE.CARE_TABLE_ID).orElse(0L);
    }

    List<Integer> versionNumbers(long meetingId) {
        return dsl.select(MINUTES_VERSION.VERSION_NUMBER).from(MINUTES_VERSION)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId)).orderBy(MINUTES_VERSION.VERSION_NUMBER)
                .fetch(MINUTES_VERSION.VERSION_NUMBER);
    }

    /** Retention only: replaces a frozen version's content with its redaction, and its hash with the new one. */
    void replaceContent(long meetingId, int number, String content, String hash) {
        dsl.update(MINUTES_VERSION).set(MINUTES_VERSION.CONTENT, encryption.seal(MINUTES_VERSION.CONTENT, content))
                .set(MINUTES_VERSION.CONTENT_HASH, hash)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId).and(MINUTES_VERSION.VERSION_NUMBER.eq(number)))
                .execute();
    }
}
