package nl.zorgtafel.action;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.ACTION_DIGEST;
import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.security.TableRole;

@Repository
class ActionRepository {

    private static final org.jooq.Table<?> OWNER = PERSON.as("owner");
    private static final org.jooq.Field<Long> OWNER_ID = OWNER.field(PERSON.ID);
    private static final org.jooq.Field<String> OWNER_NAME = OWNER.field(PERSON.DISPLAY_NAME);

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    /*
     * The meeting feature's enum columns read by their stored names: the agenda builder (meeting)
     * shows this feature's review counts, so action may not depend on meeting's types as well.
     * ActionCrossFeatureTest ties the names to meeting.MeetingStatus and meeting.AgendaBlock.
     */
    static final Set<String> TAKING_ACTIONS = Set.of("LOPEND", "AFGEROND");
    static final String REVIEW_BLOCK = "REVIEW_ACTIONS";
    private static final Field<String> MEETING_STATUS = DSL.field(MEETING.STATUS.getQualifiedName(), String.class);
    private static final Field<String> ITEM_BLOCK = DSL.field(AGENDA_ITEM.BLOCK.getQualifiedName(), String.class);

    ActionRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    /**
     * What decides access to the actions of an agenda item; {@code takesActions} while its session
     * runs or has just ended (not yet definitief).
     */
    record ItemFacts(long itemId, long meetingId, long tableId, Long caseFileId, boolean takesActions,
            Instant meetingStart, Set<Long> deelnemers) {
    }

    Optional<ItemFacts> item(long itemId) {
        Set<Long> deelnemers = dsl.select(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID).from(AGENDA_ITEM_PARTICIPANT)
                .where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(itemId)).fetchSet(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID);
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, MEETING.CARE_TABLE_ID, AGENDA_ITEM.CASE_FILE_ID,
                        DSL.field(MEETING_STATUS.in(TAKING_ACTIONS)), MEETING.STARTS_AT)
                .from(AGENDA_ITEM).join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(r -> new ItemFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), deelnemers));
    }

    boolean isReviewBlock(long itemId) {
        return dsl.fetchCount(AGENDA_ITEM, AGENDA_ITEM.ID.eq(itemId).and(ITEM_BLOCK.eq(REVIEW_BLOCK))) > 0;
    }

    Optional<Long> itemOf(long actionId) {
        return dsl.select(ACTION_ITEM.AGENDA_ITEM_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionId))
                .fetchOptional(ACTION_ITEM.AGENDA_ITEM_ID);
    }

    /** The organisation of a person who may be named on an action, if any. */
    Optional<Long> activeOrganisationOf(long personId) {
        return dsl.select(PERSON.ORGANISATION_ID).from(PERSON)
                .where(PERSON.ID.eq(personId).and(caseWorker()))
                .fetchOptional(PERSON.ORGANISATION_ID);
    }

    List<ActionService.Colleague> activePeopleOf(long organisationId) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(organisationId).and(caseWorker()))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new ActionService.Colleague(r.value1(), r.value2()));
    }

    long insert(ItemFacts item, NewAction action, long createdBy, Instant now) {
        var row = dsl.newRecord(ACTION_ITEM);
        row.setCaseFileId(item.caseFileId());
        row.setMeetingId(item.meetingId());
        row.setAgendaItemId(item.itemId());
        row.setCareTableId(item.tableId());
        row.setClosed(false);
        row.setOrganisationId(action.organisationId());
        row.setPersonId(action.personId());
        row.setDescription(encryption.seal(ACTION_ITEM.DESCRIPTION, action.description().strip()));
        row.setDeadline(action.deadline());
        row.setStatus(ActionStatus.OPEN);
        row.setCreatedByPersonId(createdBy);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    boolean change(long actionId, int version, NewAction action, Instant now) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.ORGANISATION_ID, action.organisationId())
                .set(ACTION_ITEM.PERSON_ID, action.personId())
                .set(ACTION_ITEM.DESCRIPTION, encryption.seal(ACTION_ITEM.DESCRIPTION, action.description().strip()))
                .set(ACTION_ITEM.DEADLINE, action.deadline())
                .set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(actionId).and(ACTION_ITEM.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean setStatus(long actionId, int version, ActionStatus status, String reason, Instant now) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, status)
                .set(ACTION_ITEM.STATUS_REASON, encryption.seal(ACTION_ITEM.STATUS_REASON, reason))
                .set(ACTION_ITEM.CLOSED, !status.isOpen())
                .set(ACTION_ITEM.COMPLETED_AT, status == ActionStatus.GEREED
                        ? DSL.coalesce(ACTION_ITEM.COMPLETED_AT, DSL.val(now, ACTION_ITEM.COMPLETED_AT))
                        : DSL.val((Instant) null, ACTION_ITEM.COMPLETED_AT))
                .set(ACTION_ITEM.COMPLETED_ON, status == ActionStatus.GEREED
                        ? DSL.coalesce(ACTION_ITEM.COMPLETED_ON, DSL.val(dutchDay(now), ACTION_ITEM.COMPLETED_ON))
                        : DSL.val((LocalDate) null, ACTION_ITEM.COMPLETED_ON))
                .set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(actionId).and(ACTION_ITEM.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean review(long actionId, int version, long meetingId, ReviewOutcome outcome, String note, Instant now) {
        var update = dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.REVIEW_OUTCOME, outcome)
                .set(ACTION_ITEM.REVIEW_MEETING_ID, meetingId)
                .set(ACTION_ITEM.REVIEW_NOTE, encryption.seal(ACTION_ITEM.REVIEW_NOTE, note))
                .set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1));
        if (outcome.resultingStatus() != null) {
            update = update.set(ACTION_ITEM.STATUS, outcome.resultingStatus())
                    .set(ACTION_ITEM.CLOSED, !outcome.resultingStatus().isOpen());
            if (outcome.resultingStatus() == ActionStatus.GEREED) {
                update = update.set(ACTION_ITEM.COMPLETED_AT,
                        DSL.coalesce(ACTION_ITEM.COMPLETED_AT, DSL.val(now, ACTION_ITEM.COMPLETED_AT)))
                        .set(ACTION_ITEM.COMPLETED_ON,
                                DSL.coalesce(ACTION_ITEM.COMPLETED_ON, DSL.val(dutchDay(now), ACTION_ITEM.COMPLETED_ON)));
            }
            if (outcome == ReviewOutcome.NIET_MOGELIJK) {
                update = update.set(ACTION_ITEM.STATUS_REASON, encryption.seal(ACTION_ITEM.STATUS_REASON, note));
            }
        }
        return update.where(ACTION_ITEM.ID.eq(actionId).and(ACTION_ITEM.VERSION.eq(version))).execute() == 1;
    }

    Optional<ActionView> find(long actionId) {
        return select().where(ACTION_ITEM.ID.eq(actionId)).fetchOptional(this::view);
    }

    List<ActionView> ofItem(long itemId) {
        return select().where(ACTION_ITEM.AGENDA_ITEM_ID.eq(itemId)).orderBy(ACTION_ITEM.ID).fetch(this::view);
    }

    /** The case's actions agreed at the table's sessions before this one, newest session first. */
    List<ActionView> earlierOfCase(long caseFileId, long tableId, Instant before) {
        return select().where(ACTION_ITEM.CASE_FILE_ID.eq(caseFileId).and(MEETING.CARE_TABLE_ID.eq(tableId))
                        .and(MEETING.STARTS_AT.lt(before)))
                .orderBy(MEETING.STARTS_AT.desc(), ACTION_ITEM.ID).fetch(this::view);
    }

    /**
     * A person's own actions and their organisation's, at one table: open first (the overdue ones
     * have the earliest deadlines), then finished ones; each by deadline. One page of them.
     * Two index ranges, one per branch, each read no further than the page's end; never the
     * table's whole history.
     */
    List<ActionView> mine(long tableId, long personId, long organisationId, int offset, int limit) {
        var page = mineBranch(ACTION_ITEM.ORGANISATION_ID.eq(organisationId), tableId, offset + limit)
                .union(mineBranch(ACTION_ITEM.PERSON_ID.eq(personId), tableId, offset + limit))
                .asTable("mine");
        return select(page).orderBy(page.field(ACTION_ITEM.CLOSED), page.field(ACTION_ITEM.DEADLINE),
                        page.field(ACTION_ITEM.ID))
                .offset(offset).limit(limit)
                .fetch(this::view);
    }

    private org.jooq.Select<org.jooq.Record3<Long, Boolean, LocalDate>> mineBranch(Condition whose, long tableId,
            int rows) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.CLOSED, ACTION_ITEM.DEADLINE).from(ACTION_ITEM)
                .where(ACTION_ITEM.CARE_TABLE_ID.eq(tableId).and(whose))
                .orderBy(ACTION_ITEM.CLOSED, ACTION_ITEM.DEADLINE, ACTION_ITEM.ID)
                .limit(rows);
    }

    /**
     * Open and overdue among the person's and their organisation's actions: the organisation's
     * from one index range, the person's for other organisations from another; only open rows.
     */
    ActionService.OpenCount countMyOpen(long tableId, long personId, long organisationId, LocalDate today) {
        var own = ACTION_ITEM.CARE_TABLE_ID.eq(tableId).and(ACTION_ITEM.CLOSED.isFalse());
        var ofOrganisation = own.and(ACTION_ITEM.ORGANISATION_ID.eq(organisationId));
        var ofPersonElsewhere = own.and(ACTION_ITEM.PERSON_ID.eq(personId))
                .and(ACTION_ITEM.ORGANISATION_ID.ne(organisationId));
        var overdue = ACTION_ITEM.DEADLINE.lt(today);
        var r = dsl.select(
                        DSL.field(dsl.selectCount().from(ACTION_ITEM).where(ofOrganisation)),
                        DSL.field(dsl.selectCount().from(ACTION_ITEM).where(ofOrganisation.and(overdue))),
                        DSL.field(dsl.selectCount().from(ACTION_ITEM).where(ofPersonElsewhere)),
                        DSL.field(dsl.selectCount().from(ACTION_ITEM).where(ofPersonElsewhere.and(overdue))))
                .fetchSingle();
        return new ActionService.OpenCount(r.value1() + r.value3(), r.value2() + r.value4());
    }

    /** Open actions of the table, earliest deadline (so overdue) first; one page of them. */
    List<ActionView> openAtTable(long tableId, int offset, int limit) {
        return select().where(ACTION_ITEM.CARE_TABLE_ID.eq(tableId).and(ACTION_ITEM.CLOSED.isFalse()))
                .orderBy(ACTION_ITEM.DEADLINE, ACTION_ITEM.ID)
                .offset(offset).limit(limit)
                .fetch(this::view);
    }

    int countOpenAtTable(long tableId) {
        return dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.CARE_TABLE_ID.eq(tableId).and(ACTION_ITEM.CLOSED.isFalse()));
    }

    /** Per organisation with overdue actions at the table: how many, most first; counted in SQL. */
    List<ActionService.Overdue> overdueByOrganisation(long tableId, LocalDate today) {
        var count = DSL.count().as("overdue");
        var perOrganisation = dsl.select(ACTION_ITEM.ORGANISATION_ID, count).from(ACTION_ITEM)
                .where(ACTION_ITEM.CARE_TABLE_ID.eq(tableId).and(ACTION_ITEM.CLOSED.isFalse())
                        .and(ACTION_ITEM.DEADLINE.lt(today)))
                .groupBy(ACTION_ITEM.ORGANISATION_ID)
                .asTable("overdue_per_organisation");
        var overdue = perOrganisation.field(count);
        return dsl.select(ORGANISATION.NAME, overdue).from(perOrganisation)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(perOrganisation.field(ACTION_ITEM.ORGANISATION_ID)))
                .orderBy(overdue.desc(), ORGANISATION.NAME)
                .fetch(r -> new ActionService.Overdue(r.value1(), r.value2()));
    }

    /**
     * Accountability per organisation at the table in one pass over the scores index: open,
     * overdue, finished (done or not done) and done by the deadline. Most overdue first.
     */
    List<OrganisationScore> scores(long tableId, LocalDate today) {
        var open = ACTION_ITEM.STATUS.in(ActionStatus.OPEN, ActionStatus.IN_UITVOERING);
        var done = ACTION_ITEM.STATUS.eq(ActionStatus.GEREED);
        var openCount = DSL.count().filterWhere(open).as("open_count");
        var overdueCount = DSL.count().filterWhere(open.and(ACTION_ITEM.DEADLINE.lt(today))).as("overdue_count");
        var finishedCount = DSL.count().filterWhere(done.or(ACTION_ITEM.STATUS.eq(ActionStatus.NIET_UITGEVOERD)))
                .as("finished_count");
        var onTimeCount = DSL.count().filterWhere(done.and(ACTION_ITEM.COMPLETED_ON.le(ACTION_ITEM.DEADLINE)))
                .as("on_time_count");
        var counts = dsl.select(ACTION_ITEM.ORGANISATION_ID, openCount, overdueCount, finishedCount, onTimeCount)
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.CARE_TABLE_ID.eq(tableId))
                .groupBy(ACTION_ITEM.ORGANISATION_ID)
                .asTable("scores");
        return dsl.select(counts.field(ACTION_ITEM.ORGANISATION_ID), ORGANISATION.NAME, counts.field(openCount),
                        counts.field(overdueCount), counts.field(finishedCount), counts.field(onTimeCount))
                .from(counts)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(counts.field(ACTION_ITEM.ORGANISATION_ID)))
                .orderBy(counts.field(overdueCount).desc(), ORGANISATION.NAME)
                .fetch(r -> new OrganisationScore(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /**
     * Actions of earlier sessions of the table that come back in this session's review block:
     * not reviewed yet, reviewed at this very session (to show the outcome), or carried on at an
     * earlier review. {@code visibleTo} null means all; else only actions agreed on items that
     * organisation took part in. Two index ranges (by review session, by outcome); reviewed
     * history is never read.
     */
    List<ActionView> forReview(long tableId, long meetingId, Instant meetingStart, Long visibleTo) {
        return select(reviewIds(tableId, meetingId)).where(reviewVisible(meetingStart, visibleTo))
                .orderBy(ACTION_ITEM.DEADLINE, ACTION_ITEM.ID).fetch(this::view);
    }

    /** Whether the action comes back in this session's review block (before its start). */
    boolean inReview(long actionId, long tableId, long meetingId, Instant meetingStart) {
        return dsl.fetchExists(dsl.selectOne().from(reviewRows(tableId, meetingId))
                .where(ACTION_ITEM.ID.eq(actionId).and(reviewVisible(meetingStart, null))));
    }

    int countForReview(long tableId, long meetingId, Instant meetingStart) {
        return dsl.selectCount().from(reviewRows(tableId, meetingId))
                .where(reviewVisible(meetingStart, null)).fetchSingle().value1();
    }

    /** The review block's actions with their sessions, read by key from the review ids. */
    private org.jooq.Table<?> reviewRows(long tableId, long meetingId) {
        var ids = reviewIds(tableId, meetingId);
        return ids.join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ids.field(ACTION_ITEM.ID)))
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID));
    }

    private org.jooq.Table<? extends Record> reviewIds(long tableId, long meetingId) {
        var atTable = ACTION_ITEM.CARE_TABLE_ID.eq(tableId);
        // Three disjoint branches, each an equality on an index (an OR would read the table's whole range).
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .where(atTable.and(ACTION_ITEM.REVIEW_MEETING_ID.isNull()))
                .unionAll(dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                        .where(atTable.and(ACTION_ITEM.REVIEW_MEETING_ID.eq(meetingId))))
                .unionAll(dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                        .where(atTable.and(ACTION_ITEM.REVIEW_OUTCOME.eq(ReviewOutcome.LOOPT_DOOR))
                                .and(ACTION_ITEM.REVIEW_MEETING_ID.ne(meetingId))))
                .asTable("review");
    }

    private static Condition reviewVisible(Instant meetingStart, Long visibleTo) {
        Condition condition = MEETING.STARTS_AT.lt(meetingStart);
        if (visibleTo != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(AGENDA_ITEM_PARTICIPANT)
                    .where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(ACTION_ITEM.AGENDA_ITEM_ID)
                            .and(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID.eq(visibleTo)))));
        }
        return condition;
    }

    /** Whom a digest goes to: one line per person and action. */
    record DigestLine(long personId, String email, long actionId, LocalDate deadline) {
    }

    /**
     * Open actions due by {@code until}, per person who should hear of them: the named person
     * while active; for an action without one (or whose person left), every active member of the
     * owning organisation at the table, observers excepted.
     */
    List<DigestLine> dueBy(LocalDate until) {
        var named = dsl.select(PERSON.ID, PERSON.EMAIL, ACTION_ITEM.ID, ACTION_ITEM.DEADLINE).from(ACTION_ITEM)
                .join(PERSON).on(PERSON.ID.eq(ACTION_ITEM.PERSON_ID))
                .where(openDueBy(until).and(PERSON.ACTIVE.isTrue()));
        var namedActive = DSL.exists(DSL.selectOne().from(PERSON.as("named"))
                .where(PERSON.as("named").field(PERSON.ID).eq(ACTION_ITEM.PERSON_ID)
                        .and(PERSON.as("named").field(PERSON.ACTIVE).isTrue())));
        var organisation = dsl.select(PERSON.ID, PERSON.EMAIL, ACTION_ITEM.ID, ACTION_ITEM.DEADLINE).from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(MEETING.CARE_TABLE_ID))
                .join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID)
                        .and(PERSON.ORGANISATION_ID.eq(ACTION_ITEM.ORGANISATION_ID)))
                .where(openDueBy(until).and(PERSON.ACTIVE.isTrue()).and(namedActive.not())
                        .and(TABLE_MEMBERSHIP.TABLE_ROLE.ne(TableRole.WAARNEMER)));
        return named.union(organisation)
                .fetch(r -> new DigestLine(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** A case whose consent must be asked again, per person of its proposing organisation who should hear of it. */
    record ConsentLine(long personId, String email, long caseId) {
    }

    /**
     * Cases whose consent re-check (the young person turned 16 or 18) is due by {@code today},
     * per active member (observers excepted) of the proposing organisation at the case's table.
     */
    List<ConsentLine> consentRecheckDue(LocalDate today) {
        return dsl.select(PERSON.ID, PERSON.EMAIL, CASE_FILE.ID).from(CASE_FILE)
                .join(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(CASE_FILE.CARE_TABLE_ID))
                .join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID)
                        .and(PERSON.ORGANISATION_ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID)))
                .where(CASE_FILE.CONSENT_RECHECK_DUE.le(today)
                        .and(CASE_FILE.STATUS.notIn(CaseStatus.AFGESLOTEN, CaseStatus.AFGEWEZEN))
                        .and(PERSON.ACTIVE.isTrue())
                        .and(TABLE_MEMBERSHIP.TABLE_ROLE.ne(TableRole.WAARNEMER)))
                .fetch(r -> new ConsentLine(r.value1(), r.value2(), r.value3()));
    }

    private static Condition openDueBy(LocalDate until) {
        return ACTION_ITEM.STATUS.in(ActionStatus.OPEN, ActionStatus.IN_UITVOERING)
                .and(ACTION_ITEM.DEADLINE.le(until));
    }

    /** Records today's digest for a person; false when one was already sent today. */
    boolean markDigest(long personId, LocalDate day) {
        return dsl.insertInto(ACTION_DIGEST).set(ACTION_DIGEST.PERSON_ID, personId).set(ACTION_DIGEST.SENT_ON, day)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** What an {@link ActionView} is read from. */
    private static final List<org.jooq.SelectField<?>> COLUMNS = List.of(ACTION_ITEM.ID, ACTION_ITEM.CASE_FILE_ID,
            CASE_FILE.CODE, ACTION_ITEM.MEETING_ID, ACTION_ITEM.AGENDA_ITEM_ID, ACTION_ITEM.ORGANISATION_ID,
            ORGANISATION.NAME, OWNER_ID, OWNER_NAME, ACTION_ITEM.DESCRIPTION, ACTION_ITEM.DEADLINE, ACTION_ITEM.STATUS,
            ACTION_ITEM.STATUS_REASON, ACTION_ITEM.REVIEW_OUTCOME, ACTION_ITEM.REVIEW_MEETING_ID,
            ACTION_ITEM.REVIEW_NOTE, ACTION_ITEM.VERSION);

    /** The columns of an action for the rows of {@code ids} (a derived table with an {@code id}): a page, read by key. */
    private SelectOnConditionStep<Record> select(org.jooq.Table<? extends Record> ids) {
        return withNames(dsl.select(COLUMNS).from(ids)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ids.field(ACTION_ITEM.ID))));
    }

    private SelectOnConditionStep<Record> select() {
        return withNames(dsl.select(COLUMNS).from(ACTION_ITEM));
    }

    /** The case's code, the session, the organisation's and the named person's names. */
    private static SelectOnConditionStep<Record> withNames(org.jooq.SelectJoinStep<Record> actions) {
        return actions.join(CASE_FILE).on(CASE_FILE.ID.eq(ACTION_ITEM.CASE_FILE_ID))
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .leftJoin(OWNER).on(OWNER_ID.eq(ACTION_ITEM.PERSON_ID));
    }

    private ActionView view(Record r) {
        return new ActionView(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.CASE_FILE_ID), r.get(CASE_FILE.CODE),
                r.get(ACTION_ITEM.MEETING_ID), r.get(ACTION_ITEM.AGENDA_ITEM_ID), r.get(ACTION_ITEM.ORGANISATION_ID),
                r.get(ORGANISATION.NAME), r.get(OWNER_ID), r.get(OWNER_NAME), open(r, ACTION_ITEM.DESCRIPTION),
                r.get(ACTION_ITEM.DEADLINE), r.get(ACTION_ITEM.STATUS),
                open(r, ACTION_ITEM.STATUS_REASON), r.get(ACTION_ITEM.REVIEW_OUTCOME),
                r.get(ACTION_ITEM.REVIEW_MEETING_ID), open(r, ACTION_ITEM.REVIEW_NOTE), r.get(ACTION_ITEM.VERSION));
    }

    private static LocalDate dutchDay(Instant instant) {
        return instant.atZone(DutchTime.ZONE).toLocalDate();
    }

    private String open(Record r, TableField<?, SealedText> column) {
        return encryption.open(column, r.get(column));
    }

    /**
     * Who may be named for case work: active, with an account of their own (not a guest), and not
     * the installation's Beheerder, who sees no case content. (The same rule stands in the other
     * features' repositories that offer people; SQL stays in repositories.)
     */
    private static Condition caseWorker() {
        return PERSON.ACTIVE.isTrue().and(PERSON.GUEST.isFalse())
                .and(DSL.notExists(DSL.selectOne().from(ACCOUNT)
                        .where(ACCOUNT.PERSON_ID.eq(PERSON.ID).and(ACCOUNT.ADMINISTRATOR.isTrue()))));
    }
}
