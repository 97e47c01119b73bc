package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.NewAction;
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
 * The case journey through the real services, as the people at a table drive it: proposer,
 * chair, a session with an action, follow-up and closing; every status is reached and no case
 * is stuck. Runs on H2 and on MariaDB.
 */
abstract class CaseLifecycleTests {

    @Autowired
    IntakeService intakes;
    @Autowired
    LifecycleService lifecycle;
    @Autowired
    CaseService cases;
    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;
    @Autowired
    AuditService audit;
    @Autowired
    TestData testData;

    private long table;
    private long youth;
    private long avim;
    private String chair;
    private String secretary;
    private String youthCare;
    private String police;

    @BeforeEach
    void aTable() {
        table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, coordination);
        testData.signCovenant(table, youth);
        chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        secretary = testData.account("Secretaris", coordination, false, Map.of(table, TableRole.SECRETARIS));
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    static CaseIntake intake(IdentifyingData identifying) {
        boolean named = identifying != null;
        return new CaseIntake(null, 0, named, Urgency.HOOG, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null,
                "meisje", Set.of(), LivingSituation.THUIS, "VMBO", Set.of(ExploitationForm.SEKSUEEL), true,
                Set.of(Vulnerability.LVB_VERMOED), "Nieuwe telefoon, komt 's nachts laat thuis.", "Wie pakt wat op?",
                Set.of(), true, null, false, "Vader mogelijk betrokken", "Wil eerst praten",
                named ? LegalBasis.VITAAL_BELANG : null, null, null, null, identifying);
    }

    private int version(long caseId) {
        return cases.open(caseId).intake().version();
    }

    private CaseStatus statusAsChair(long caseId) {
        testData.signIn(chair);
        return cases.open(caseId).status();
    }

    @Test
    void a_case_walks_every_status_from_draft_to_closed_and_each_person_sees_what_concerns_them() {
        Set<CaseStatus> seen = EnumSet.noneOf(CaseStatus.class);
        testData.signIn(youthCare);
        long id = intakes.save(intake(null));
        seen.add(cases.open(id).status());

        // A draft is the proposing organisation's alone, also for the chair; the refusal is audited.
        testData.signIn(chair);
        assertThatThrownBy(() -> cases.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.startTriage(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.find(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 0, 5))
                .isNotEmpty();

        testData.signIn(youthCare);
        intakes.submit(id, version(id));
        seen.add(statusAsChair(id));
        lifecycle.startTriage(id, version(id));
        seen.add(statusAsChair(id));
        lifecycle.decide(id, version(id), TriageDecision.MEER_INFORMATIE_NODIG, "Welke school bezoekt zij?", null);
        seen.add(statusAsChair(id));

        // The proposer reads the chair's question, answers it and submits again.
        testData.signIn(youthCare);
        var returned = cases.open(id);
        assertThat(returned.triage().reason()).isEqualTo("Welke school bezoekt zij?");
        assertThat(cases.dashboard().myOrganisationsDecided()).filteredOn(d -> d.id() == id).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("Welke school bezoekt zij?"));
        assertThatThrownBy(() -> intakes.answer(id, version(id), " ")).isInstanceOf(CaseRuleException.class);
        intakes.answer(id, version(id), "VMBO De Brug, klas 3.");
        seen.add(statusAsChair(id));
        assertThat(cases.open(id).history()).filteredOn(e -> e.kind() == CaseEventKind.ANSWERED).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("VMBO De Brug, klas 3."));

        lifecycle.decide(id, version(id), TriageDecision.AFWIJZEN, "Past beter bij Veilig Thuis", "Meld bij Veilig Thuis");
        seen.add(statusAsChair(id));
        testData.signIn(youthCare);
        var declined = cases.open(id);
        assertThat(declined.triage()).isEqualTo(new CaseFileView.TriageOutcome("Past beter bij Veilig Thuis",
                "Meld bij Veilig Thuis"));

        testData.signIn(chair);
        lifecycle.reopen(id, version(id));
        lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
        seen.add(statusAsChair(id));

        long meeting = plan(14);
        long item = agendas.addCase(meeting, id, AgendaBlock.NEW_CASES, 15, Set.of(youth, avim), Set.of());
        live.accept(meeting);
        live.start(meeting);
        testData.signIn(youthCare);
        live.accept(meeting);
        long action = actions.add(item, new NewAction(youth, null, "Gesprek met de jongere over veiligheid",
                TestData.today().plusDays(10)));
        testData.signIn(chair);
        live.end(meeting);

        // Zitting afronden: besproken, and in opvolging while the action is open.
        var followedUp = cases.open(id);
        assertThat(followedUp.status()).isEqualTo(CaseStatus.IN_OPVOLGING);
        assertThat(followedUp.history()).extracting(CaseFileView.CaseEvent::to).contains(CaseStatus.BESPROKEN,
                CaseStatus.IN_OPVOLGING);
        assertThat(followedUp.history()).filteredOn(e -> e.kind() == CaseEventKind.DISCUSSED).singleElement()
                .satisfies(e -> assertThat(e.meetingAt()).isNotNull());
        assertThat(followedUp.discussions()).singleElement().satisfies(d -> assertThat(d.meetingId()).isEqualTo(meeting));
        assertThat(followedUp.actions()).singleElement().satisfies(a -> assertThat(a.open()).isTrue());
        assertThat(followedUp.closable()).isFalse();
        assertThatThrownBy(() -> lifecycle.close(id, version(id), CloseReason.AFGESCHAALD))
                .isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).messageKey()).isEqualTo("case.rule.open-actions"));

        // The party finishes its action: the chair is offered Afsluiten on the case and on Overzicht.
        testData.signIn(youthCare);
        actions.setStatus(action, actions.find(action).version(), ActionStatus.GEREED, null);
        testData.signIn(chair);
        assertThat(cases.open(id).closable()).isTrue();
        assertThat(cases.dashboard().readyToClose()).extracting(CaseSummary::id).contains(id);
        lifecycle.close(id, version(id), CloseReason.OVERGEDRAGEN);
        var closed = cases.open(id);
        assertThat(closed.status()).isEqualTo(CaseStatus.AFGESLOTEN);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.OVERGEDRAGEN);
        assertThat(closed.closedAt()).isNotNull();
        closed.history().stream().map(CaseFileView.CaseEvent::to).filter(s -> s != null).forEach(seen::add);

        assertThat(seen).as("every status of the lifecycle was reached").containsExactlyInAnyOrder(CaseStatus.values());
        // Every transition is an event with who and when.
        assertThat(closed.history()).filteredOn(e -> e.kind() == CaseEventKind.STATUS)
                .allSatisfy(e -> {
                    assertThat(e.actorName()).isNotBlank();
                    assertThat(e.at()).isNotNull();
                    assertThat(e.from()).isNotNull();
                });
    }

    @Test
    void a_vervolgcasus_is_geagendeerd_again_and_returns_to_follow_up_when_taken_off_the_agenda() {
        long id = discussedWithoutActions();
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.BESPROKEN);
        assertThat(cases.open(id).closable()).isTrue();

        long later = plan(40);
        long item = agendas.addCase(later, id, AgendaBlock.FOLLOW_UP, 10, Set.of(youth), Set.of());
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.GEAGENDEERD);
        assertThat(cases.open(id).closable()).isFalse();

        agendas.remove(item);
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.BESPROKEN);

        // Cancelling a session sends its vervolgcasussen back too.
        long another = plan(60);
        agendas.addCase(another, id, AgendaBlock.FOLLOW_UP, 10, Set.of(youth), Set.of());
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.GEAGENDEERD);
        meetings.cancel(another, meetings.find(true, 0, 50).stream().filter(m -> m.id() == another).findFirst()
                .orElseThrow().version());
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.BESPROKEN);
    }

    @Test
    void a_new_case_that_was_never_discussed_stays_geagendeerd_when_taken_off_an_agenda() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(intake(null));
        testData.signIn(chair);
        lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
        long meeting = plan(14);
        long item = agendas.addCase(meeting, id, AgendaBlock.NEW_CASES, 15, Set.of(youth), Set.of());
        agendas.remove(item);
        assertThat(statusAsChair(id)).isEqualTo(CaseStatus.GEAGENDEERD);
    }

    @Test
    void only_the_chair_triages_and_a_member_cannot_close_or_read_another_organisation_s_triage() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(intake(null));
        testData.signIn(secretary);
        assertThatThrownBy(() -> lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null))
                .isInstanceOf(AccessDeniedException.class);
        testData.signIn(chair);
        lifecycle.decide(id, version(id), TriageDecision.AFWIJZEN, "Reden", "Advies");
        testData.signIn(police);
        assertThatThrownBy(() -> cases.open(id)).isInstanceOf(AccessDeniedException.class);
        testData.signIn(youthCare);
        assertThatThrownBy(() -> lifecycle.reopen(id, version(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_chair_names_an_agendered_case_or_allows_the_proposer_to_and_it_is_recorded_with_its_basis() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(intake(null));
        testData.signIn(chair);
        lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
        var naming = new Naming(LegalBasis.WETTELIJKE_VERPLICHTING, null, null, null,
                new IdentifyingData("Noor " + TestData.unique("x"), LocalDate.of(2010, 4, 2), null, null));

        // The proposer may not, until the chair allows it; changing the intake to named is refused too.
        testData.signIn(youthCare);
        assertThatThrownBy(() -> intakes.name(id, version(id), naming)).isInstanceOf(AccessDeniedException.class);
        testData.signIn(chair);
        lifecycle.allowNaming(id);
        testData.signIn(youthCare);
        assertThatThrownBy(() -> intakes.name(id, version(id), new Naming(null, null, null, null, naming.identifying())))
                .isInstanceOf(CaseRuleException.class);
        intakes.name(id, version(id), naming);

        var named = cases.open(id);
        assertThat(named.intake().named()).isTrue();
        assertThat(named.intake().identifying().name()).isEqualTo(naming.identifying().name());
        assertThat(named.history()).filteredOn(e -> e.kind() == CaseEventKind.NAMED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("WETTELIJKE_VERPLICHTING"));
        assertThat(named.history()).extracting(CaseFileView.CaseEvent::kind).contains(CaseEventKind.NAMING_ALLOWED);
    }

    @Test
    void a_young_person_known_at_another_table_is_told_to_this_chair_without_anything_of_that_table() {
        var person = new IdentifyingData("Sanne " + TestData.unique("x"), LocalDate.of(2009, 11, 3), null, null);
        String otherTableName = TestData.unique("Andere tafel");
        long otherTable = testData.table(otherTableName);
        long otherYouth = testData.organisation(TestData.unique("Jeugdhulp elders"), OrganisationType.JEUGDHULP);
        String otherMember = testData.account("Elders", otherYouth, false, Map.of(otherTable, TableRole.LID));
        testData.signIn(otherMember);
        long elsewhere = intakes.saveAndSubmit(intake(person));
        String elsewhereCode = cases.open(elsewhere).code();

        testData.signIn(youthCare);
        long first = intakes.saveAndSubmit(intake(person));
        testData.signIn(chair);
        var view = cases.open(first);
        assertThat(view.matches().atThisTable()).isEmpty();
        assertThat(view.matches().atAnotherTable()).isTrue();
        assertThat(view.toString()).doesNotContain(elsewhereCode).doesNotContain(otherTableName);
        assertThat(cases.dashboard().knownElsewhere()).extracting(CaseSummary::id).containsExactly(first);

        // A second case at this table names the first one's code to the chair and the secretary only.
        testData.signIn(youthCare);
        long second = intakes.saveAndSubmit(intake(person));
        assertThat(cases.open(second).matches()).isEqualTo(RepeatMatches.NONE);
        testData.signIn(secretary);
        var again = cases.open(second);
        assertThat(again.matches().atThisTable()).containsExactly(cases.open(first).code());
        assertThat(again.matches().atAnotherTable()).isTrue();
        assertThat(again.repeatCase()).as("nothing was closed yet").isFalse();
    }

    @Test
    void a_new_case_within_12_months_of_closing_is_a_herhaalde_casus_also_when_named_later() {
        var person = new IdentifyingData("Yara " + TestData.unique("x"), LocalDate.of(2010, 1, 20), null, null);
        testData.signIn(youthCare);
        long earlier = intakes.saveAndSubmit(intake(person));
        testData.signIn(chair);
        lifecycle.decide(earlier, version(earlier), TriageDecision.AGENDEREN, null, null);
        long meeting = plan(14);
        agendas.addCase(meeting, earlier, AgendaBlock.NEW_CASES, 15, Set.of(youth), Set.of());
        live.start(meeting);
        live.end(meeting);
        lifecycle.close(earlier, version(earlier), CloseReason.AFGESCHAALD);

        testData.signIn(youthCare);
        long again = intakes.saveAndSubmit(intake(person));
        testData.signIn(chair);
        assertThat(cases.open(again).repeatCase()).isTrue();
        assertThat(cases.open(again).matches().atThisTable()).containsExactly(cases.open(earlier).code());

        // An anonymous case of the same young person, named once on the agenda, is marked too.
        testData.signIn(youthCare);
        long anonymous = intakes.saveAndSubmit(intake(null));
        testData.signIn(chair);
        lifecycle.decide(anonymous, version(anonymous), TriageDecision.AGENDEREN, null, null);
        assertThat(cases.open(anonymous).repeatCase()).isFalse();
        intakes.name(anonymous, version(anonymous), new Naming(LegalBasis.VITAAL_BELANG, null, null, null, person));
        assertThat(cases.open(anonymous).repeatCase()).isTrue();
    }

    @Test
    void consent_is_asked_again_when_the_young_person_turns_16_and_then_18() {
        LocalDate today = LocalDate.now(nl.zorgtafel.base.time.DutchTime.ZONE);
        var person = new IdentifyingData("Lotte " + TestData.unique("x"), today.minusYears(16).minusDays(1), null, null);
        testData.signIn(youthCare);
        // The mother consented when Lotte was 15: valid then, due again now that she is 16.
        var base = intake(person);
        long id = intakes.saveAndSubmit(new CaseIntake(null, 0, true, base.urgency(), base.role(), null, null, null,
                Set.of(), null, null, base.forms(), null, Set.of(), base.signals(), base.question(), Set.of(), true,
                null, true, null, null, LegalBasis.TOESTEMMING, null, ConsentGiver.OUDER_VOOGD, today.minusMonths(2),
                person));
        assertThat(cases.open(id).intake().ageBand()).as("the band follows from the date of birth")
                .isEqualTo(AgeBand.J16_17);
        var due = cases.open(id).consentRecheck();
        assertThat(due.age()).isEqualTo(16);
        assertThat(due.dueOn(today)).isTrue();
        assertThat(cases.dashboard().consentRecheckDue()).extracting(CaseDashboard.ConsentDue::id).contains(id);

        // From 16 the young person consents herself; a parent is refused now.
        assertThatThrownBy(() -> intakes.recheckConsent(id, version(id), ConsentGiver.OUDER_VOOGD, today))
                .isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).messageKey()).isEqualTo("case.rule.consent-from-16"));
        intakes.recheckConsent(id, version(id), ConsentGiver.JONGERE, today);
        var next = cases.open(id);
        assertThat(next.consentRecheck().age()).isEqualTo(18);
        assertThat(next.consentRecheck().dueOn(today)).isFalse();
        assertThat(next.history()).extracting(CaseFileView.CaseEvent::kind).contains(CaseEventKind.CONSENT_RECHECKED);
        assertThat(cases.dashboard().consentRecheckDue()).extracting(CaseDashboard.ConsentDue::id).doesNotContain(id);

        // Another organisation is not reminded, and may not record it.
        testData.signIn(police);
        assertThat(cases.dashboard().consentRecheckDue()).isEmpty();
    }

    @Test
    void a_decision_on_a_case_changed_meanwhile_is_refused_and_overwrites_nothing() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(intake(null));
        int seenByChair = version(id);
        // The proposer changes the case while the chair is reading it.
        var stored = cases.open(id).intake();
        intakes.save(new CaseIntake(id, stored.version(), false, Urgency.ACUUT, stored.role(), stored.age(), null,
                stored.gender(), Set.of(), stored.livingSituation(), stored.daytimeActivity(), stored.forms(),
                stored.onlineComponent(), stored.vulnerabilities(), "Nieuwe signalen sinds gisteren.",
                stored.question(), Set.of(), true, null, false, "Vader mogelijk betrokken", null, null, null, null,
                null, null));
        testData.signIn(chair);
        assertThatThrownBy(() -> lifecycle.decide(id, seenByChair, TriageDecision.AFWIJZEN, "Reden", "Advies"))
                .isInstanceOf(CaseConflictException.class);
        var now = cases.open(id);
        assertThat(now.status()).isEqualTo(CaseStatus.AANGEMELD);
        assertThat(now.intake().signals()).isEqualTo("Nieuwe signalen sinds gisteren.");
    }

    /** An agendered case discussed in a session without actions. */
    private long discussedWithoutActions() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(intake(null));
        testData.signIn(chair);
        lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
        long meeting = plan(14);
        agendas.addCase(meeting, id, AgendaBlock.NEW_CASES, 15, Set.of(youth), Set.of());
        live.start(meeting);
        live.end(meeting);
        return id;
    }

    private long plan(int daysAhead) {
        testData.signIn(chair);
        return meetings.plan(new MeetingPlan(null, 0, MeetingKind.REGULIER, TestData.today().plusDays(daysAhead),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor", null, null, null));
    }
}
