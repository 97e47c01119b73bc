package nl.zorgtafel.retention;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CONCERN_ENTRY;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.ConcernBasis;
import nl.zorgtafel.casefile.ConcernKind;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalHoldService;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.RiskAssessment;
import nl.zorgtafel.casefile.RouteService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.insight.InsightPeriod;
import nl.zorgtafel.insight.InsightService;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * Issue 16's first "done when": with an injectable clock, a declined case is purged after three
 * months, a closed case under legal hold is not, the report names both, and insight still counts
 * them; plus who may read the preview and reports, and the hold's rules. H2 and MariaDB.
 */
abstract class RetentionServiceTests {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    RetentionService retention;
    @Autowired
    LegalHoldService holds;
    @Autowired
    IntakeService intakes;
    @Autowired
    LifecycleService lifecycle;
    @Autowired
    CaseService cases;
    @Autowired
    RouteService routes;
    @Autowired
    InsightService insights;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;
    @Autowired
    MutableClock clock;
    @Autowired
    nl.zorgtafel.live.LiveMeetingService live;
    @Autowired
    nl.zorgtafel.minutes.MinutesService minutes;
    @Autowired
    nl.zorgtafel.base.db.FieldEncryption encryption;

    SessionFixture.Session session;
    Instant start;
    long declined;
    long closed;

    @BeforeEach
    void declinedAndClosedCases() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        session = fixture.create();
        // A declined proposal, with the chair's reason and advice and identifying data on the row.
        testData.signIn(session.youthCare());
        declined = intakes.saveAndSubmit(intake("Signalen over Samira de Vries"));
        testData.signIn(session.chair());
        lifecycle.decide(declined, cases.open(declined).intake().version(), TriageDecision.AFWIJZEN,
                "Samira is al in beeld", "Meld bij Veilig Thuis");
        identifying(declined);
        // A closed case (closing after a discussion is the lifecycle's business; here it is set)
        // with a risk assessment, put under legal hold by the chair at the request of the police.
        closed = session.caseId();
        routes.addRiskAssessment(closed, new RiskAssessment(null, "Ris-L", LocalDate.now(NL), "Hoog risico voor Samira",
                "Jan Jansen"));
        dsl.update(CASE_FILE).set(CASE_FILE.STATUS, CaseStatus.AFGESLOTEN).set(CASE_FILE.CLOSED_AT, start)
                .where(CASE_FILE.ID.eq(closed)).execute();
        identifying(closed);
        holds.set(closed, session.avim(), "Strafrechtelijk onderzoek loopt");
        testData.signOut();
    }

    @AfterEach
    void signOut() {
        testData.signOut();
        clock.set(Instant.now());
    }

    private static CaseIntake intake(String signals) {
        return new CaseIntake(null, 0, false, Urgency.NORMAAL, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null,
                null, Set.of(), null, null, Set.of(ExploitationForm.SEKSUEEL), true, Set.of(), signals, "Vraag",
                Set.of(), true, null, true, null, "Stem van de jongere", null, null, null, null, null);
    }

    /** Stands for a named case's sealed identity (its content does not matter here). */
    private void identifying(long caseId) {
        dsl.update(CASE_FILE).set(DSL.field(CASE_FILE.NAME_ENC.getQualifiedName(), String.class), "v1:test:naam")
                .set(CASE_FILE.PERSON_HASH, "a".repeat(64)).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    private Object raw(long caseId, Field<?> field) {
        return dsl.select(field).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();
    }

    private long cases(InsightPeriod period) {
        testData.signIn(session.chair());
        try {
            return insights.insight(period).cases();
        } finally {
            testData.signOut();
        }
    }

    @Test
    void a_declined_case_is_purged_after_three_months_and_a_held_closed_case_is_not_while_insight_still_counts_both() {
        var period = InsightPeriod.custom(LocalDate.ofInstant(start, NL).minusDays(1), LocalDate.ofInstant(start, NL));
        long counted = cases(period);
        assertThat(counted).isGreaterThanOrEqualTo(2);

        // Two months on: nothing is due yet.
        clock.set(start.atZone(NL).plusMonths(2).toInstant());
        testData.signIn(session.chair());
        assertThat(retention.previewCount()).isZero();

        // 25 months on: the declined case is due, the closed one too but it is held.
        clock.set(start.atZone(NL).plusMonths(25).toInstant());
        assertThat(retention.preview(0, 10)).extracting(PurgeCandidate::code, PurgeCandidate::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code(closed), true),
                        org.assertj.core.groups.Tuple.tuple(code(declined), false));
        testData.signOut();

        // A person of concern the police recorded on the declined case (issue 19's compartment).
        dsl.insertInto(CONCERN_ENTRY)
                .set(CONCERN_ENTRY.CASE_FILE_ID, declined)
                .set(CONCERN_ENTRY.CARE_TABLE_ID, session.tableId())
                .set(CONCERN_ENTRY.KIND, ConcernKind.PERSOON)
                .set(CONCERN_ENTRY.IDENTIFIER,
                        encryption.seal(CONCERN_ENTRY.IDENTIFIER, "Rico de Vries"))
                .set(CONCERN_ENTRY.MATCH_KEY, "c".repeat(64))
                .set(CONCERN_ENTRY.LEGAL_BASIS, ConcernBasis.WPG_ARTIKEL_20)
                .set(CONCERN_ENTRY.RECORDED_BY_ORGANISATION_ID, session.avim())
                .set(CONCERN_ENTRY.RECORDED_BY_PERSON_ID, testData.personIdOf(session.police()))
                .set(CONCERN_ENTRY.RECORDED_AT, start)
                .execute();

        PurgeSummary summary = testData.asAdministrator(() -> retention.run(false));

        assertThat(summary.held()).isGreaterThanOrEqualTo(1);
        // Its kenmerk and its key are gone (it links to nothing any more); its kind stays for counting.
        assertThat(dsl.fetchCount(CONCERN_ENTRY,
                CONCERN_ENTRY.CASE_FILE_ID.eq(declined)
                        .and(CONCERN_ENTRY.IDENTIFIER.isNull())
                        .and(CONCERN_ENTRY.MATCH_KEY.isNull()))).isEqualTo(1);
        // Raw rows: identifying data and free text of the declined case are gone, its descriptors stay.
        assertThat(raw(declined, CASE_FILE.NAME_ENC)).isNull();
        assertThat(raw(declined, CASE_FILE.PERSON_HASH)).isNull();
        assertThat(raw(declined, CASE_FILE.SIGNALS)).isNull();
        assertThat(raw(declined, CASE_FILE.QUESTION)).isNull();
        assertThat(raw(declined, CASE_FILE.VOICE_OF_YOUNG_PERSON)).isNull();
        assertThat(raw(declined, CASE_FILE.DECISION_REASON)).isNull();
        assertThat(raw(declined, CASE_FILE.DECISION_ADVICE)).isNull();
        assertThat(raw(declined, CASE_FILE.PURGED_AT)).isNotNull();
        assertThat(raw(declined, CASE_FILE.STATUS)).isEqualTo(CaseStatus.AFGEWEZEN);
        assertThat(raw(declined, CASE_FILE.ONLINE_COMPONENT)).isEqualTo(true);
        assertThat(dsl.fetchCount(CASE_EVENT, CASE_EVENT.CASE_FILE_ID.eq(declined)
                .and(CASE_EVENT.MESSAGE.isNotNull().or(CASE_EVENT.ADVICE.isNotNull())))).isZero();
        // The held case keeps everything.
        assertThat(raw(closed, CASE_FILE.NAME_ENC)).isNotNull();
        assertThat(raw(closed, CASE_FILE.SIGNALS)).isNotNull();
        assertThat(raw(closed, CASE_FILE.PURGED_AT)).isNull();
        assertThat(dsl.fetchCount(RISK_ASSESSMENT, RISK_ASSESSMENT.CASE_FILE_ID.eq(closed)
                .and(RISK_ASSESSMENT.OUTCOME.isNotNull()))).isEqualTo(1);

        // The report names both: the purged one, and the held one with who asked for the hold.
        testData.signIn(session.chair());
        var lines = retention.report(summary.runId(), 0, 50);
        assertThat(lines).extracting(PurgeLine::code).contains(code(declined), code(closed));
        assertThat(lines).filteredOn(l -> l.code().equals(code(closed))).singleElement()
                .satisfies(l -> {
                    assertThat(l.held()).isTrue();
                    assertThat(l.holdRequestedBy()).startsWith("AVIM");
                    assertThat(l.phase()).isEqualTo(RetentionPhase.AFGESLOTEN);
                });
        assertThat(lines).filteredOn(l -> l.code().equals(code(declined))).singleElement()
                .satisfies(l -> assertThat(l.held()).isFalse());
        // The case view says so, and the held case shows its hold.
        assertThat(holds.state(declined).purgedAt()).isNotNull();
        assertThat(holds.state(closed).held()).isTrue();
        testData.signOut();

        // Statistics still count both.
        assertThat(cases(period)).isEqualTo(counted);

        // A second run does not purge the declined case again.
        PurgeSummary again = testData.asAdministrator(() -> retention.run(false));
        testData.signIn(session.chair());
        assertThat(retention.report(again.runId(), 0, 50)).extracting(PurgeLine::code)
                .doesNotContain(code(declined)).contains(code(closed));

        // A purged case is not reopened: it lost its texts; a new proposal is the way back.
        int version = cases.open(declined).intake().version();
        assertThatThrownBy(() -> lifecycle.reopen(declined, version))
                .isInstanceOfSatisfying(nl.zorgtafel.base.validation.FieldRefusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.rule.purged"));
        assertThat(raw(declined, CASE_FILE.STATUS)).isEqualTo(CaseStatus.AFGEWEZEN);
    }

    @Test
    void lifting_the_hold_moves_the_due_date_by_the_time_held() {
        // Held for 10 months, then lifted: the closed case is due 24 + 10 months after closing.
        clock.set(start.atZone(NL).plusMonths(10).toInstant());
        testData.signIn(session.chair());
        holds.lift(closed);
        clock.set(start.atZone(NL).plusMonths(30).toInstant());
        assertThat(retention.preview(0, 10)).extracting(PurgeCandidate::code).doesNotContain(code(closed));
        clock.set(start.atZone(NL).plusMonths(34).plusDays(1).toInstant());
        assertThat(retention.preview(0, 10)).filteredOn(c -> c.code().equals(code(closed))).singleElement()
                .satisfies(c -> assertThat(c.held()).isFalse());
    }

    @Test
    void a_dry_run_reports_but_purges_nothing() {
        clock.set(start.atZone(NL).plusMonths(4).toInstant());
        PurgeSummary summary = testData.asAdministrator(() -> retention.run(true));
        assertThat(summary.dryRun()).isTrue();
        assertThat(raw(declined, CASE_FILE.SIGNALS)).isNotNull();
        testData.signIn(session.chair());
        assertThat(retention.report(summary.runId(), 0, 50)).extracting(PurgeLine::code, PurgeLine::dryRun)
                .contains(org.assertj.core.groups.Tuple.tuple(code(declined), true));
    }

    @Test
    void the_responsible_partner_reads_its_own_lines_and_another_member_none() {
        clock.set(start.atZone(NL).plusMonths(25).toInstant());
        PurgeSummary summary = testData.asAdministrator(() -> retention.run(false));
        testData.signIn(session.youthCare());
        assertThat(retention.report(summary.runId(), 0, 50)).extracting(PurgeLine::code)
                .containsExactlyInAnyOrder(code(declined), code(closed));
        // What stays due is the held case, still its organisation's to see.
        assertThat(retention.preview(0, 10)).extracting(PurgeCandidate::code).containsExactly(code(closed));
        testData.signIn(session.school());
        assertThat(retention.previewCount()).isZero();
        assertThat(retention.report(summary.runId(), 0, 50)).isEmpty();
        assertThat(retention.reportCount(summary.runId())).isZero();
    }

    @Test
    void an_observer_is_refused_the_reports_and_a_member_the_hold_and_both_refusals_are_audited() {
        long before = denials();
        testData.signIn(session.observer());
        assertThatThrownBy(() -> retention.report(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.police());
        assertThatThrownBy(() -> holds.lift(closed)).isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.school());
        assertThatThrownBy(() -> holds.state(declined)).isInstanceOf(AccessDeniedException.class);
        assertThat(denials()).isEqualTo(before + 3);
    }

    @Test
    void a_hold_needs_who_asked_and_a_short_reason_and_cannot_be_set_twice() {
        testData.signIn(session.chair());
        assertThatThrownBy(() -> holds.set(declined, null, "reden")).isInstanceOf(FieldRefusal.class);
        assertThatThrownBy(() -> holds.set(declined, session.avim(), " ")).isInstanceOf(FieldRefusal.class);
        assertThatThrownBy(() -> holds.set(declined, session.avim(), "x".repeat(301))).isInstanceOf(FieldRefusal.class);
        assertThatThrownBy(() -> holds.set(closed, session.avim(), "nogmaals")).isInstanceOf(FieldRefusal.class);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.LEGAL_HOLD_SET)
                .and(AUDIT_ENTRY.OBJECT_ID.eq(closed)))).isEqualTo(1);
    }

    @Test
    void periods_below_the_minimums_are_refused_and_a_change_is_audited() {
        testData.asAdministrator(() -> {
            assertThatThrownBy(() -> retention.save(session.tableId(), new RetentionPeriods(0, 6, 3, 0)))
                    .isInstanceOf(FieldRefusal.class)
                    .satisfies(e -> assertThat(((FieldRefusal) e).reasons()).extracting(FieldRefusal.Reason::field)
                            .containsExactly("declinedMonths", "closedMonths"));
            retention.save(session.tableId(), new RetentionPeriods(1, 24, 3, 0));
            return null;
        });
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.RETENTION_CHANGED)
                .and(AUDIT_ENTRY.OBJECT_ID.eq(session.tableId())))).isEqualTo(1);
        // One month for declined proposals at this table: due after a month and a day.
        clock.set(start.atZone(NL).plusMonths(1).plusDays(1).toInstant());
        testData.signIn(session.chair());
        assertThat(retention.preview(0, 10)).extracting(PurgeCandidate::code).containsExactly(code(declined));
    }

    @Test
    void the_minutes_of_a_purged_case_are_redacted_in_place_and_a_version_says_so() {
        // The closed case was discussed first: inbreng naming the young person, minutes made definitief.
        dsl.update(CASE_FILE).set(CASE_FILE.STATUS, CaseStatus.GEAGENDEERD).where(CASE_FILE.ID.eq(closed)).execute();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        live.addNote(session.caseItemId(), nl.zorgtafel.live.NoteKind.BESLUIT, null, "Samira krijgt een veiligheidsplan");
        live.end(session.meetingId());
        minutes.finalise(session.meetingId());
        holds.lift(closed);
        testData.signOut();
        dsl.update(CASE_FILE).set(CASE_FILE.STATUS, CaseStatus.AFGESLOTEN).set(CASE_FILE.CLOSED_AT, start)
                .where(CASE_FILE.ID.eq(closed)).execute();
        var versions = nl.zorgtafel.db.Tables.MINUTES_VERSION;
        assertThat(encryption.open(versions.CONTENT, dsl.select(versions.CONTENT).from(versions)
                .where(versions.MEETING_ID.eq(session.meetingId())).fetchSingle().value1())).contains("Samira");

        clock.set(start.atZone(NL).plusMonths(25).toInstant());
        PurgeSummary summary = testData.asAdministrator(() -> retention.run(false));

        assertThat(summary.minutesRedacted()).isEqualTo(1);
        assertThat(raw(closed, CASE_FILE.PURGED_AT)).isNotNull();
        var stored = dsl.select(versions.VERSION_NUMBER, versions.CONTENT, versions.CONTENT_HASH, versions.REASON)
                .from(versions).where(versions.MEETING_ID.eq(session.meetingId())).orderBy(versions.VERSION_NUMBER)
                .fetch();
        assertThat(stored).hasSize(2);
        assertThat(encryption.open(versions.REASON, stored.get(1).value4())).isEqualTo("bewaartermijn verstreken");
        for (var version : stored) {
            String content = encryption.open(versions.CONTENT, version.value2());
            assertThat(content).doesNotContain("Samira").contains("bewaartermijn verstreken");
            assertThat(version.value3()).isEqualTo(sha256(content));
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long denials() {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED));
    }

    private String code(long caseId) {
        return dsl.select(CASE_FILE.CODE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();
    }
}
