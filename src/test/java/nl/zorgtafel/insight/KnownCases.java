package nl.zorgtafel.insight;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.CARE_TABLE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_FILE_VULNERABILITY;
import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.CaseEventKind;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.base.db.SealedText;

/**
 * A known set of cases in the first quarter of 2025 at the fixture's table, written row by row
 * (portable jOOQ, no vendor SQL) so every submission date and step time is exact. The expected
 * figures are in {@link InsightServiceTests}; the comments there say which case makes which number.
 */
final class KnownCases {

    static final InsightPeriod Q1_2025 = InsightPeriod.quarter(2025, 1);

    private final DSLContext dsl;
    private final SessionFixture.Session session;
    private final long chairPerson;
    private final long[] ids = new long[13];
    String municipalityA;
    String municipalityB;
    String municipalityC;

    KnownCases(DSLContext dsl, TestData testData, SessionFixture.Session session) {
        this.dsl = dsl;
        this.session = session;
        this.chairPerson = testData.personIdOf(session.chair());
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DutchTime.ZONE).toInstant();
    }

    long id(int n) {
        return ids[n];
    }

    void build(long otherTableId) {
        municipalityA = municipality("Aa");
        municipalityB = municipality("Bb");
        municipalityC = municipality("Zz");
        for (String name : List.of(municipalityA, municipalityB)) {
            long id = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).where(MUNICIPALITY.NAME.eq(name)).fetchOne().value1();
            dsl.insertInto(CARE_TABLE_MUNICIPALITY).set(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID, session.tableId())
                    .set(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID, id).execute();
        }
        var sl = YoungPersonRole.VERMOEDELIJK_SLACHTOFFER;
        var both = YoungPersonRole.BEIDE;
        var seks = ExploitationForm.SEKSUEEL;
        var crim = ExploitationForm.CRIMINEEL;
        long youth = session.youth();
        long avim = session.avim();
        add(1, AgeBand.J12_15, "meisje", sl, true, youth, List.of(seks, ExploitationForm.FINANCIEEL),
                List.of(Vulnerability.LVB_VERMOED), municipalityA, false);
        add(2, AgeBand.J12_15, "meisje", sl, true, youth, List.of(seks),
                List.of(Vulnerability.LVB_VASTGESTELD, Vulnerability.PSYCHISCHE_PROBLEMATIEK), municipalityA, false);
        add(3, AgeBand.J12_15, "Meisje", sl, true, youth, List.of(seks), List.of(Vulnerability.PSYCHISCHE_PROBLEMATIEK),
                municipalityA, true);
        for (int n = 4; n <= 6; n++) {
            add(n, AgeBand.J12_15, "meisje", sl, false, youth, List.of(seks),
                    List.of(Vulnerability.PSYCHISCHE_PROBLEMATIEK), municipalityA, false);
        }
        add(7, AgeBand.J16_17, "meisje", sl, false, youth, List.of(seks, crim), List.of(), municipalityA, false);
        add(8, AgeBand.J16_17, "Jongen", sl, false, avim, List.of(seks, crim), List.of(), municipalityA, false);
        add(9, AgeBand.J16_17, "jongen", both, false, avim, List.of(crim), List.of(), municipalityA, false);
        add(10, AgeBand.J16_17, " JONGEN ", both, false, avim, List.of(crim), List.of(), municipalityA, false);
        add(11, AgeBand.TOT_12, "non-binair", both, false, avim, List.of(crim), List.of(), municipalityC, false);
        // The last evening of the quarter in Dutch summer time (UTC+2): inside.
        ids[12] = insert(session.tableId(), at(2025, 3, 31, 23, 30), null, null, null, false, avim, false);
        dsl.insertInto(CASE_FILE_EXPLOITATION).set(CASE_FILE_EXPLOITATION.CASE_FILE_ID, ids[12])
                .set(CASE_FILE_EXPLOITATION.FORM, crim).execute();
        // Ten minutes into April in Amsterdam, still 31 March in UTC: outside.
        insert(session.tableId(), at(2025, 4, 1, 0, 10), AgeBand.J12_15, "meisje", sl, true, youth, true);
        // Another table's case in the quarter: never in this table's figures.
        insert(otherTableId, at(2025, 2, 1, 9, 0), AgeBand.J12_15, "meisje", sl, true, youth, true);
        steps();
        milestones();
        consultations();
        actions();
    }

    private String municipality(String prefix) {
        String name = TestData.unique(prefix);
        dsl.insertInto(MUNICIPALITY).set(MUNICIPALITY.NAME, name).set(MUNICIPALITY.ACTIVE, true)
                .set(MUNICIPALITY.VERSION, 0).set(MUNICIPALITY.CREATED_AT, Instant.now()).execute();
        return name;
    }

    private void add(int n, AgeBand band, String gender, YoungPersonRole role, boolean online, long organisation,
            List<ExploitationForm> forms, List<Vulnerability> vulnerabilities, String municipality, boolean repeat) {
        ids[n] = insert(session.tableId(), at(2025, 1, n + 1, 9, 0), band, gender, role, online, organisation, repeat);
        forms.forEach(f -> dsl.insertInto(CASE_FILE_EXPLOITATION).set(CASE_FILE_EXPLOITATION.CASE_FILE_ID, ids[n])
                .set(CASE_FILE_EXPLOITATION.FORM, f).execute());
        vulnerabilities.forEach(v -> dsl.insertInto(CASE_FILE_VULNERABILITY)
                .set(CASE_FILE_VULNERABILITY.CASE_FILE_ID, ids[n]).set(CASE_FILE_VULNERABILITY.VULNERABILITY, v)
                .execute());
        long municipalityId = dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).where(MUNICIPALITY.NAME.eq(municipality))
                .fetchOne().value1();
        dsl.insertInto(CASE_FILE_MUNICIPALITY).set(CASE_FILE_MUNICIPALITY.CASE_FILE_ID, ids[n])
                .set(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID, municipalityId).execute();
    }

    private long insert(long tableId, Instant submitted, AgeBand band, String gender, YoungPersonRole role,
            boolean online, long organisation, boolean repeat) {
        return dsl.insertInto(CASE_FILE)
                .set(CASE_FILE.CARE_TABLE_ID, tableId)
                .set(CASE_FILE.CODE, TestData.unique("IN"))
                .set(CASE_FILE.STATUS, CaseStatus.AANGEMELD)
                .set(CASE_FILE.NAMED, false)
                .set(CASE_FILE.PROPOSING_ORGANISATION_ID, organisation)
                .set(CASE_FILE.PROPOSED_BY_PERSON_ID, chairPerson)
                .set(CASE_FILE.URGENCY, Urgency.NORMAAL)
                .set(CASE_FILE.YOUNG_PERSON_ROLE, role)
                .set(CASE_FILE.AGE_BAND, band)
                .set(CASE_FILE.GENDER, gender)
                .set(CASE_FILE.ONLINE_COMPONENT, online)
                .set(CASE_FILE.REPEAT_CASE, repeat)
                .set(CASE_FILE.LEGAL_HOLD, false)
                .set(CASE_FILE.SUBMITTED_AT, submitted)
                .set(CASE_FILE.VERSION, 0)
                .set(CASE_FILE.CREATED_AT, submitted)
                .set(CASE_FILE.UPDATED_AT, submitted)
                .returningResult(CASE_FILE.ID).fetchOne().value1();
    }

    /**
     * Triage after 1, 2, 3, 4, 5 and 10 days (cases 1–6); first discussion 7, 14, 21 and 28 days after
     * triage (cases 1–4); closed 30 and 60 days after the first discussion (cases 1–2).
     */
    private void steps() {
        int[] triageDays = {1, 2, 3, 4, 5, 10};
        int[] discussionDays = {7, 14, 21, 28};
        int[] closingDays = {30, 60};
        for (int n = 1; n <= 6; n++) {
            Instant submitted = at(2025, 1, n + 1, 9, 0);
            // Picking the case up (in triage) is not the decision.
            status(n, submitted.plus(Duration.ofHours(2)), CaseStatus.AANGEMELD, CaseStatus.IN_TRIAGE);
            Instant triaged = submitted.plus(Duration.ofDays(triageDays[n - 1]));
            status(n, triaged, CaseStatus.IN_TRIAGE, CaseStatus.GEAGENDEERD);
            if (n <= 4) {
                Instant discussed = triaged.plus(Duration.ofDays(discussionDays[n - 1]));
                event(n, discussed, CaseEventKind.DISCUSSED, null, null);
                // A later discussion (vervolgcasus) and a later agendering do not move the first.
                event(n, discussed.plus(Duration.ofDays(3)), CaseEventKind.DISCUSSED, null, null);
                status(n, discussed.plus(Duration.ofDays(2)), CaseStatus.BESPROKEN, CaseStatus.GEAGENDEERD);
                if (n <= 2) {
                    dsl.update(CASE_FILE).set(CASE_FILE.CLOSED_AT, discussed.plus(Duration.ofDays(closingDays[n - 1])))
                            .set(CASE_FILE.STATUS, CaseStatus.AFGESLOTEN).where(CASE_FILE.ID.eq(ids[n])).execute();
                }
            }
        }
    }

    private void status(int n, Instant at, CaseStatus from, CaseStatus to) {
        event(n, at, CaseEventKind.STATUS, from, to);
    }

    private void event(int n, Instant at, CaseEventKind kind, CaseStatus from, CaseStatus to) {
        dsl.insertInto(CASE_EVENT).set(CASE_EVENT.CASE_FILE_ID, ids[n]).set(CASE_EVENT.OCCURRED_AT, at)
                .set(CASE_EVENT.KIND, kind).set(CASE_EVENT.FROM_STATUS, from).set(CASE_EVENT.TO_STATUS, to).execute();
    }

    /** Veilig Thuis for cases 1–5 (case 1 twice), AVIM for case 6, aangifte made (7), considered (8), not made (9). */
    private void milestones() {
        for (int n = 1; n <= 5; n++) {
            milestone(n, Milestone.MELDING_VEILIG_THUIS, null);
        }
        milestone(1, Milestone.MELDING_VEILIG_THUIS, null);
        milestone(6, Milestone.MELDING_POLITIE_AVIM, null);
        milestone(7, Milestone.AANGIFTE, "GEDAAN");
        milestone(8, Milestone.AANGIFTE, "OVERWOGEN");
        milestone(9, Milestone.AANGIFTE, "NIET_GEDAAN");
    }

    private void milestone(int n, Milestone milestone, String variant) {
        dsl.insertInto(ROUTE_MILESTONE).set(ROUTE_MILESTONE.CASE_FILE_ID, ids[n]).set(ROUTE_MILESTONE.MILESTONE, milestone)
                .set(ROUTE_MILESTONE.VARIANT, variant).set(ROUTE_MILESTONE.OCCURRED_ON, LocalDate.of(2025, 2, 1))
                .set(ROUTE_MILESTONE.RECORDED_BY_PERSON_ID, chairPerson).set(ROUTE_MILESTONE.VERSION, 0)
                .set(ROUTE_MILESTONE.CREATED_AT, Instant.now()).execute();
    }

    /** Six answered and one waiting in the quarter; one answered in April. */
    private void consultations() {
        for (int n = 0; n < 6; n++) {
            consultation(at(2025, 2, 1 + n, 10, 0), at(2025, 2, 2 + n, 10, 0));
        }
        consultation(at(2025, 3, 20, 10, 0), null);
        consultation(at(2025, 4, 2, 10, 0), at(2025, 4, 3, 10, 0));
    }

    private void consultation(Instant asked, Instant answered) {
        dsl.insertInto(CONSULTATION).set(CONSULTATION.CARE_TABLE_ID, session.tableId())
                .set(CONSULTATION.ASKED_BY_PERSON_ID, chairPerson).set(CONSULTATION.ASKING_ORGANISATION_ID, session.youth())
                .set(CONSULTATION.QUESTION, new SealedText("v1:test:vraag")).set(CONSULTATION.ASKED_AT, asked)
                .set(CONSULTATION.ANSWERED_AT, answered).set(CONSULTATION.VERSION, 0).execute();
    }

    /**
     * Youth care: three done on time, one done late, one open past its deadline, one not possible;
     * police: one open past its deadline; one youth-care action due in April (outside).
     */
    private void actions() {
        LocalDate deadline = LocalDate.of(2025, 2, 10);
        Instant onTime = at(2025, 2, 10, 12, 0);
        Instant late = at(2025, 2, 12, 12, 0);
        action(session.youth(), deadline, ActionStatus.GEREED, onTime);
        action(session.youth(), deadline, ActionStatus.GEREED, at(2025, 2, 1, 12, 0));
        action(session.youth(), deadline, ActionStatus.GEREED, onTime);
        action(session.youth(), deadline, ActionStatus.GEREED, late);
        action(session.youth(), deadline, ActionStatus.OPEN, null);
        action(session.youth(), deadline, ActionStatus.NIET_MOGELIJK, null);
        action(session.avim(), LocalDate.of(2025, 3, 31), ActionStatus.IN_UITVOERING, null);
        action(session.youth(), LocalDate.of(2025, 4, 1), ActionStatus.OPEN, null);
    }

    private void action(long organisation, LocalDate deadline, ActionStatus status, Instant completed) {
        dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.CASE_FILE_ID, ids[1]).set(ACTION_ITEM.MEETING_ID, session.meetingId())
                .set(ACTION_ITEM.AGENDA_ITEM_ID, session.caseItemId()).set(ACTION_ITEM.ORGANISATION_ID, organisation)
                .set(ACTION_ITEM.DESCRIPTION, new SealedText("v1:test:actie")).set(ACTION_ITEM.DEADLINE, deadline)
                .set(ACTION_ITEM.CARE_TABLE_ID, session.tableId()).set(ACTION_ITEM.CLOSED, !status.isOpen())
                .set(ACTION_ITEM.STATUS, status).set(ACTION_ITEM.COMPLETED_AT, completed)
                .set(ACTION_ITEM.COMPLETED_ON, completed == null ? null
                        : completed.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .set(ACTION_ITEM.CREATED_BY_PERSON_ID, chairPerson).set(ACTION_ITEM.CREATED_AT, Instant.now())
                .set(ACTION_ITEM.UPDATED_AT, Instant.now()).set(ACTION_ITEM.VERSION, 0).execute();
    }
}
