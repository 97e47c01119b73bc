package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/**
 * Signals on a case (issue 19, F-11): three partners record what each saw and the timeline shows
 * each with its source; someone without need-to-know is refused (audited); a signal five months
 * after closing puts a re-aanmelding proposal on the chair's Overzicht until the chair decides,
 * one thirteen months after closing does not. Runs on H2 and on MariaDB.
 */
abstract class SignalTests {

    @Autowired IntakeService intakes;
    @Autowired LifecycleService lifecycle;
    @Autowired CaseService cases;
    @Autowired SignalService signals;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired LiveMeetingService live;
    @Autowired AuditService audit;
    @Autowired DSLContext dsl;
    @Autowired TestData testData;

    private long youth;
    private long avim;
    private long school;
    private String chair;
    private String youthCare;
    private String police;
    private String teacher;
    private String municipality;
    private int sessions;

    @BeforeEach
    void aTableWithFourPartners() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        school = testData.organisation(TestData.unique("VMBO De Brug"), OrganisationType.ONDERWIJS);
        long gemeente = testData.organisation(TestData.unique("Gemeente"), OrganisationType.GEMEENTE);
        testData.signCovenant(table, coordination);
        testData.signCovenant(table, youth);
        chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        teacher = testData.account("Zorgcoördinator school", school, false, Map.of(table, TableRole.LID));
        municipality = testData.account("Gemeente", gemeente, false, Map.of(table, TableRole.LID));
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void the_timeline_shows_each_partners_signal_with_its_source_and_refuses_who_has_no_part() {
        long id = discussed();
        testData.signIn(teacher);
        signals.record(id, new CaseSignal.New(SignalKind.SCHOOLVERZUIM, TestData.today().minusDays(20),
                "Drie weken vrijwel elke maandag afwezig."));
        testData.signIn(police);
        signals.record(id, new CaseSignal.New(SignalKind.POLITIEREGISTRATIE, TestData.today().minusDays(9),
                "Aangetroffen in een auto bij het station, 's nachts."));
        testData.signIn(youthCare);
        signals.record(id, new CaseSignal.New(SignalKind.NIEUWE_TELEFOON_OF_CONTACTEN, TestData.today().minusDays(2),
                "Tweede telefoon, wil niet zeggen van wie."));

        testData.signIn(chair);
        var file = cases.open(id);
        assertThat(file.signals()).extracting(CaseSignal::kind).containsExactly(
                SignalKind.NIEUWE_TELEFOON_OF_CONTACTEN, SignalKind.POLITIEREGISTRATIE, SignalKind.SCHOOLVERZUIM);
        assertThat(file.signals()).extracting(CaseSignal::sourceOrganisation).allSatisfy(source ->
                assertThat(source).matches("(Jeugdhulp|AVIM|VMBO De Brug).*"));
        assertThat(file.signals().get(1).fact()).isEqualTo("Aangetroffen in een auto bij het station, 's nachts.");
        assertThat(file.signals()).noneMatch(CaseSignal::reopenProposal);
        assertThat(file.history()).filteredOn(e -> e.kind() == CaseEventKind.SIGNAL).hasSize(3)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("auto"));

        // The municipality takes no part in this case: no timeline, no signal, and the refusal is audited.
        testData.signIn(municipality);
        assertThatThrownBy(() -> cases.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signals.record(id, new CaseSignal.New(SignalKind.OVERIG, TestData.today(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        testData.signIn(chair);
        assertThat(audit.find(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 0, 5))
                .isNotEmpty();
    }

    @Test
    void a_signal_is_refused_with_a_reason_per_field_and_nothing_is_stored() {
        long id = discussed();
        testData.signIn(police);
        assertThatThrownBy(() -> signals.record(id, new CaseSignal.New(null, TestData.today().plusDays(1), " ")))
                .isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).reasons()).extracting(r -> r.field())
                        .containsExactlyInAnyOrder("kind", "observedOn", "fact"));
        assertThatThrownBy(() -> signals.record(id, new CaseSignal.New(SignalKind.LETSEL, TestData.today(),
                "x".repeat(SignalService.FACT_MAX + 1)))).isInstanceOf(CaseRuleException.class);
        testData.signIn(chair);
        assertThat(cases.open(id).signals()).isEmpty();
    }

    @Test
    void a_signal_five_months_after_closing_proposes_reaanmelding_to_the_chair_until_decided() {
        long recent = closedDaysAgo(discussed(), 150);
        long longAgo = closedDaysAgo(discussed(), 400);

        testData.signIn(police);
        assertThat(signals.record(recent, new CaseSignal.New(SignalKind.VERMISSING, TestData.today(),
                "Opnieuw als vermist opgegeven door moeder."))).isTrue();
        assertThat(signals.record(longAgo, new CaseSignal.New(SignalKind.VERMISSING, TestData.today(),
                "Vermist opgegeven."))).isFalse();

        testData.signIn(chair);
        assertThat(cases.dashboard().reopenProposed()).extracting(CaseSummary::id).containsExactly(recent);
        assertThat(cases.open(recent).reopenProposed()).isTrue();
        assertThat(cases.open(longAgo).reopenProposed()).isFalse();
        // Only the chair decides; a member cannot set the proposal aside.
        testData.signIn(police);
        assertThatThrownBy(() -> signals.setProposalAside(recent)).isInstanceOf(AccessDeniedException.class);

        testData.signIn(chair);
        signals.setProposalAside(recent);
        assertThat(cases.dashboard().reopenProposed()).isEmpty();
        var decided = cases.open(recent);
        assertThat(decided.reopenProposed()).isFalse();
        assertThat(decided.history()).extracting(CaseFileView.CaseEvent::kind)
                .contains(CaseEventKind.REOPEN_PROPOSAL_SET_ASIDE);
    }

    private long closedDaysAgo(long id, int days) {
        testData.signIn(chair);
        lifecycle.close(id, cases.open(id).intake().version(), CloseReason.AFGESCHAALD);
        dsl.update(CASE_FILE).set(CASE_FILE.CLOSED_AT, Instant.now().minus(Duration.ofDays(days)))
                .where(CASE_FILE.ID.eq(id)).execute();
        return id;
    }

    /** A case youth care proposed, discussed at a session with youth care, the police and the school. */
    private long discussed() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(CaseLifecycleTests.intake(null));
        testData.signIn(chair);
        lifecycle.decide(id, cases.open(id).intake().version(), TriageDecision.AGENDEREN, null, null);
        var day = TestData.today().plusDays(14 + 7L * sessions++);
        long meeting = meetings.plan(new MeetingPlan(null, 0, MeetingKind.REGULIER, day, LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Stadskantoor", null, null, null));
        agendas.addCase(meeting, id, AgendaBlock.NEW_CASES, 15, Set.of(youth, avim, school), Set.of());
        live.start(meeting);
        live.end(meeting);
        return id;
    }
}
