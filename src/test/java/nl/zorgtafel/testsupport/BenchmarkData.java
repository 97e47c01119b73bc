package nl.zorgtafel.testsupport;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;

/**
 * A country's worth of history, deterministic from a seed: 30 tables, 60 organisations, 3,000
 * people, and per table sessions every two weeks back in time, each with a review block and five
 * case items of ten actions. A million actions are 20,000 sessions, 100,000 cases and 300,000
 * deelnemer rows. Only the three most recent sessions per table leave open actions (the oldest of
 * them overdue), as in a working region: history grows, open work does not. {@link #grow} adds
 * older sessions, so one data set is measured at 100k and again at 1M actions. Rows are written
 * straight into the tables in batches (not through the services: the point is the size).
 */
public final class BenchmarkData {

    public static final int TABLES = 30;
    public static final int ORGANISATIONS = 60;
    public static final int PEOPLE = 3000;
    static final int ORGANISATIONS_PER_TABLE = 10;
    static final int ITEMS_PER_SESSION = 5;
    static final int ACTIONS_PER_ITEM = 10;
    public static final int ACTIONS_PER_SESSION = ITEMS_PER_SESSION * ACTIONS_PER_ITEM;
    /** Above any id the application or the other tests hand out. */
    private static final long BASE = 4_000_000_000L;
    private static final int BATCH = 2000;

    private final DSLContext dsl;
    /** One sealed description for every action: sealing a million texts would time the cipher, not the queries. */
    private final SealedText text;
    private final long seed;
    private final Instant now;
    private final LocalDate today;
    private int sessionsPerTable;

    public BenchmarkData(DSLContext dsl, FieldEncryption encryption, long seed, Instant now) {
        this.dsl = dsl;
        this.text = encryption.seal(ACTION_ITEM.DESCRIPTION, "Benchactie: gesprek met school plannen");
        this.seed = seed;
        this.now = now;
        this.today = now.atZone(DutchTime.ZONE).toLocalDate();
    }

    public static long tableId(int table) {
        return BASE + table;
    }

    public static long organisationId(int organisation) {
        return BASE + organisation;
    }

    public static long personId(int person) {
        return BASE + person;
    }

    /** The organisations of a table: ten of the sixty, overlapping with neighbouring tables. */
    public static int organisationOf(int table, int k) {
        return (table * 7 + k) % ORGANISATIONS;
    }

    /** Person {@code n} of a table (0..99): a member of organisation {@code n % 10} of that table. */
    public static int personOf(int table, int n) {
        return table * (PEOPLE / TABLES) + n;
    }

    /** The upcoming session of a table, with its review block (for the live review queries). */
    public static long upcomingMeetingId(int table) {
        return meetingId(table, -1);
    }

    public static long upcomingReviewItemId(int table) {
        return itemId(meetingId(table, -1), 0);
    }

    static long meetingId(int table, int age) {
        return BASE + 1_000_000L * (table + 1) + age + 1;
    }

    static long itemId(long meetingId, int item) {
        return (meetingId - BASE) * 8 + item + BASE;
    }

    /** A case of the session at {@code age}: one per case item. */
    public static long caseId(int table, int age, int item) {
        return BASE + 100_000_000L * (table + 1) + (long) age * ITEMS_PER_SESSION + item;
    }

    /** Tables, organisations, people, memberships and each table's upcoming session. */
    public void loadParties() {
        insert(ORGANISATION, List.of(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ORG_TYPE, ORGANISATION.CREATED_AT),
                ORGANISATIONS, o -> List.of(organisationId(o), "Benchorganisatie " + o,
                        OrganisationType.values()[o % OrganisationType.values().length], now));
        insert(CARE_TABLE, List.of(CARE_TABLE.ID, CARE_TABLE.NAME, CARE_TABLE.CODE, CARE_TABLE.CONFIDENTIALITY_STATEMENT,
                CARE_TABLE.CREATED_AT), TABLES, t -> List.of(tableId(t), "Benchtafel " + t, "B" + t,
                        "Vertrouwelijk.", now));
        insert(PERSON, List.of(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ORGANISATION_ID, PERSON.CREATED_AT),
                PEOPLE, p -> List.of(personId(p), "Benchpersoon " + p, "bench" + p + "@example.org",
                        organisationId(organisationOf(p / (PEOPLE / TABLES), p % ORGANISATIONS_PER_TABLE)), now));
        insert(TABLE_MEMBERSHIP, List.of(TABLE_MEMBERSHIP.CARE_TABLE_ID, TABLE_MEMBERSHIP.PERSON_ID,
                TABLE_MEMBERSHIP.TABLE_ROLE, TABLE_MEMBERSHIP.CREATED_AT), PEOPLE, p -> List.of(
                        tableId(p / (PEOPLE / TABLES)), personId(p),
                        p % (PEOPLE / TABLES) == 0 ? TableRole.VOORZITTER : TableRole.LID, now));
        insert(MEETING, meetingFields(), TABLES, t -> meetingRow(t, -1));
        insert(AGENDA_ITEM, itemFields(), TABLES, t -> itemRow(meetingId(t, -1), 0, null));
    }

    /** Adds older sessions (with their cases, items and actions) until each table has {@code sessions}. */
    public void grow(int totalActions) {
        int target = Math.max(1, totalActions / ACTIONS_PER_SESSION / TABLES);
        int from = sessionsPerTable;
        if (target <= from) {
            return;
        }
        int ages = target - from;
        int sessions = ages * TABLES;
        insert(MEETING, meetingFields(), sessions, i -> meetingRow(i % TABLES, from + i / TABLES));
        insert(CASE_FILE, caseFields(), sessions * ITEMS_PER_SESSION, i -> {
            int session = i / ITEMS_PER_SESSION;
            return caseRow(session % TABLES, from + session / TABLES, i % ITEMS_PER_SESSION);
        });
        insert(AGENDA_ITEM, itemFields(), sessions * (ITEMS_PER_SESSION + 1), i -> {
            int session = i / (ITEMS_PER_SESSION + 1);
            int item = i % (ITEMS_PER_SESSION + 1);
            int table = session % TABLES;
            int age = from + session / TABLES;
            return itemRow(meetingId(table, age), item, item == 0 ? null : caseId(table, age, item - 1));
        });
        insert(AGENDA_ITEM_PARTICIPANT, List.of(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID,
                AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID), sessions * ITEMS_PER_SESSION * 3, i -> {
                    int caseItem = i / 3;
                    int session = caseItem / ITEMS_PER_SESSION;
                    int table = session % TABLES;
                    int age = from + session / TABLES;
                    int item = caseItem % ITEMS_PER_SESSION;
                    return List.of(itemId(meetingId(table, age), item + 1),
                            organisationId(organisationOf(table, (item * 3 + i % 3) % ORGANISATIONS_PER_TABLE)));
                });
        insert(ACTION_ITEM, actionFields(), sessions * ACTIONS_PER_SESSION, i -> {
            int session = i / ACTIONS_PER_SESSION;
            return actionRow(session % TABLES, from + session / TABLES, i % ACTIONS_PER_SESSION);
        });
        sessionsPerTable = target;
    }

    public int sessionsPerTable() {
        return sessionsPerTable;
    }

    public int actions() {
        return sessionsPerTable * TABLES * ACTIONS_PER_SESSION;
    }

    private static List<Field<?>> meetingFields() {
        return List.of(MEETING.ID, MEETING.CARE_TABLE_ID, MEETING.KIND, MEETING.STATUS, MEETING.STARTS_AT,
                MEETING.ENDS_AT, MEETING.ICAL_UID, MEETING.CREATED_AT);
    }

    /** Age 0 was a week ago, each older one two weeks before; age -1 is next week. */
    private List<Object> meetingRow(int table, int age) {
        Instant starts = startOf(age);
        return List.of(meetingId(table, age), tableId(table), MeetingKind.REGULIER,
                age < 0 ? MeetingStatus.UITGENODIGD : MeetingStatus.VERSLAG_DEFINITIEF, starts,
                starts.plus(Duration.ofHours(2)), "bench-" + table + "-" + age + "@zorgtafel", now);
    }

    private Instant startOf(int age) {
        return today.minusDays(7 + 14L * age).atTime(LocalTime.of(13, 0)).atZone(DutchTime.ZONE).toInstant();
    }

    private static List<Field<?>> itemFields() {
        return List.of(AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.BLOCK, AGENDA_ITEM.POSITION,
                AGENDA_ITEM.CASE_FILE_ID, AGENDA_ITEM.PLANNED_MINUTES, AGENDA_ITEM.CREATED_AT);
    }

    private List<Object> itemRow(long meetingId, int item, Long caseId) {
        var row = new ArrayList<Object>(List.of(itemId(meetingId, item), meetingId,
                item == 0 ? AgendaBlock.REVIEW_ACTIONS : AgendaBlock.FOLLOW_UP, item));
        row.add(caseId);
        row.addAll(List.of(15, now));
        return row;
    }

    private static List<Field<?>> caseFields() {
        return List.of(CASE_FILE.ID, CASE_FILE.CARE_TABLE_ID, CASE_FILE.CODE, CASE_FILE.STATUS,
                CASE_FILE.PROPOSING_ORGANISATION_ID, CASE_FILE.PROPOSED_BY_PERSON_ID, CASE_FILE.URGENCY,
                CASE_FILE.AGE_BAND, CASE_FILE.SUBMITTED_AT, CASE_FILE.CREATED_AT, CASE_FILE.UPDATED_AT);
    }

    private List<Object> caseRow(int table, int age, int item) {
        long id = caseId(table, age, item);
        Instant submitted = startOf(age).minus(Duration.ofDays(10));
        return List.of(id, tableId(table), "BN-" + (id - BASE), age < 3 ? CaseStatus.BESPROKEN : CaseStatus.AFGESLOTEN,
                organisationId(organisationOf(table, item)), personId(personOf(table, item)), Urgency.NORMAAL,
                AgeBand.values()[(int) (id % 4)], submitted, submitted, submitted);
    }

    private static List<Field<?>> actionFields() {
        return List.of(ACTION_ITEM.ID, ACTION_ITEM.CASE_FILE_ID, ACTION_ITEM.MEETING_ID, ACTION_ITEM.AGENDA_ITEM_ID,
                ACTION_ITEM.CARE_TABLE_ID, ACTION_ITEM.ORGANISATION_ID, ACTION_ITEM.PERSON_ID, ACTION_ITEM.DESCRIPTION,
                ACTION_ITEM.DEADLINE, ACTION_ITEM.STATUS, ACTION_ITEM.CLOSED, ACTION_ITEM.COMPLETED_AT,
                ACTION_ITEM.COMPLETED_ON, ACTION_ITEM.REVIEW_OUTCOME, ACTION_ITEM.REVIEW_MEETING_ID,
                ACTION_ITEM.CREATED_BY_PERSON_ID, ACTION_ITEM.CREATED_AT, ACTION_ITEM.UPDATED_AT);
    }

    /**
     * The three most recent sessions leave open actions (deadlines three weeks after the session,
     * so the oldest of them are overdue); older ones were reviewed at the next session: mostly done
     * (four in five of those on time), else not done or not possible.
     */
    private List<Object> actionRow(int table, int age, int n) {
        var random = new SplittableRandom(seed ^ (meetingId(table, age) * 64 + n));
        int item = n / ACTIONS_PER_ITEM;
        long meeting = meetingId(table, age);
        int organisationIndex = (item * 3 + n % 3) % ORGANISATIONS_PER_TABLE;
        Long person = random.nextInt(2) == 0 ? null
                : personId(personOf(table, organisationIndex + ORGANISATIONS_PER_TABLE * random.nextInt(10)));
        LocalDate deadline = startOf(age).atZone(DutchTime.ZONE).toLocalDate().plusDays(21);
        ActionStatus status;
        ReviewOutcome outcome = null;
        Long reviewedAt = null;
        LocalDate completedOn = null;
        if (age < 3) {
            status = random.nextInt(3) == 0 ? ActionStatus.IN_UITVOERING : ActionStatus.OPEN;
        } else {
            int roll = random.nextInt(20);
            status = roll < 14 ? ActionStatus.GEREED : roll < 17 ? ActionStatus.NIET_UITGEVOERD : ActionStatus.NIET_MOGELIJK;
            outcome = ReviewOutcome.valueOf(status.name());
            reviewedAt = meetingId(table, age - 1);
            if (status == ActionStatus.GEREED) {
                completedOn = deadline.plusDays(random.nextInt(5) == 0 ? 3 : -random.nextInt(10));
            }
        }
        var row = new ArrayList<Object>();
        row.addAll(List.of(BASE + (meeting - BASE) * 64 + n, caseId(table, age, item), meeting,
                itemId(meeting, item + 1), tableId(table), organisationId(organisationOf(table, organisationIndex))));
        row.add(person);
        row.addAll(List.of(text, deadline, status, !status.isOpen()));
        row.add(completedOn == null ? null : completedOn.atTime(12, 0).atZone(DutchTime.ZONE).toInstant());
        row.add(completedOn);
        row.add(outcome);
        row.add(reviewedAt);
        row.addAll(List.of(personId(personOf(table, 0)), now, now));
        return row;
    }

    /** Multi-row inserts of {@value #BATCH} rows at a time. */
    private void insert(Table<?> table, List<Field<?>> fields, int rows, java.util.function.IntFunction<List<Object>> row) {
        for (int from = 0; from < rows; from += BATCH) {
            var insert = dsl.insertInto(table, fields);
            for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                insert = insert.values(row.apply(i));
            }
            insert.execute();
        }
    }

    /** Runs {@code step} and says how long loading took. */
    public static void timed(String what, Runnable step, Consumer<String> out) {
        long began = System.nanoTime();
        step.run();
        out.accept(String.format("loaded %s in %.1f s", what, (System.nanoTime() - began) / 1e9));
    }
}
