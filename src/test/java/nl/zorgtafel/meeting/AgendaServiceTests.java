package nl.zorgtafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.CaseFilter;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** Agenda building and the need-to-know it drives; runs on H2 and on MariaDB. */
abstract class AgendaServiceTests {

    @Autowired
    AgendaService agendas;
    @Autowired
    MeetingService meetings;
    @Autowired
    CaseService cases;
    @Autowired
    nl.zorgtafel.casefile.IntakeService intakes;
    @Autowired
    nl.zorgtafel.casefile.LifecycleService lifecycle;
    @Autowired
    TestData testData;

    private String chair;
    private String youthCare;
    private String police;
    private String school;
    private long avim;
    private long college;

    @BeforeEach
    void aTable() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        college = testData.organisation(TestData.unique("College"), OrganisationType.ONDERWIJS);
        chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        school = testData.account("School", college, false, Map.of(table, TableRole.LID));
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private long agendaCase() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(new CaseIntake(null, 0, false, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, null, null, null, null, null));
        testData.signIn(chair);
        lifecycle.decide(id, cases.open(id).intake().version(), TriageDecision.AGENDEREN, null, null);
        return id;
    }

    private long meeting(LocalDate date) {
        testData.signIn(chair);
        return meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA, date, LocalTime.of(13, 0),
                LocalTime.of(14, 0), "Zaal", null, null, null));
    }

    @Test
    void a_new_session_has_the_standard_blocks_and_warns_when_the_agenda_does_not_fit() {
        long caseId = agendaCase();
        long meetingId = meeting(TestData.today().plusYears(1));

        var empty = agendas.agenda(meetingId);
        assertThat(empty.items()).extracting(MeetingAgenda.Item::block).containsExactly(AgendaBlock.OPENING,
                AgendaBlock.REVIEW_ACTIONS, AgendaBlock.RONDVRAAG);
        assertThat(empty.plannedMinutes()).isEqualTo(30);
        assertThat(empty.overTime()).isFalse();
        assertThat(empty.locked()).isFalse();

        agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 45, Set.of(avim), Set.of());
        var full = agendas.agenda(meetingId);
        assertThat(full.plannedMinutes()).isEqualTo(75);
        assertThat(full.availableMinutes()).isEqualTo(60);
        assertThat(full.overTime()).isTrue();
        assertThat(full.items()).extracting(MeetingAgenda.Item::block).containsExactly(AgendaBlock.OPENING,
                AgendaBlock.REVIEW_ACTIONS, AgendaBlock.NEW_CASES, AgendaBlock.RONDVRAAG);
        assertThat(full.items().get(2).late()).isFalse();
    }

    @Test
    void a_case_added_after_the_cut_off_is_nagekomen() {
        long caseId = agendaCase();
        long meetingId = meeting(TestData.today().plusDays(1));

        agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());

        var agenda = agendas.agenda(meetingId);
        assertThat(agenda.locked()).isTrue();
        assertThat(agenda.items()).filteredOn(i -> i.caseFileId() != null).singleElement()
                .satisfies(i -> assertThat(i.late()).isTrue());
    }

    @Test
    void only_the_items_deelnemers_get_to_see_the_case() {
        long caseId = agendaCase();
        long meetingId = meeting(TestData.today().plusYears(1));
        testData.signIn(police);
        assertThat(cases.find(CaseFilter.none(), 0, 50)).extracting(CaseSummary::id).doesNotContain(caseId);
        assertThatThrownBy(() -> cases.open(caseId)).isInstanceOf(AccessDeniedException.class);

        testData.signIn(chair);
        agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());

        testData.signIn(police);
        assertThat(cases.find(CaseFilter.none(), 0, 50)).extracting(CaseSummary::id).contains(caseId);
        assertThat(cases.open(caseId).id()).isEqualTo(caseId);
        assertThat(agendas.agenda(meetingId).items()).extracting(MeetingAgenda.Item::caseFileId).contains(caseId);

        testData.signIn(school);
        assertThat(cases.find(CaseFilter.none(), 0, 50)).extracting(CaseSummary::id).doesNotContain(caseId);
        var theirs = agendas.agenda(meetingId);
        assertThat(theirs.items()).extracting(MeetingAgenda.Item::caseFileId).doesNotContain(caseId);
        assertThat(theirs.hiddenCaseItems()).isEqualTo(1);
    }

    @Test
    void a_case_goes_on_an_agenda_once_only_when_agendered_and_with_deelnemers() {
        long caseId = agendaCase();
        long meetingId = meeting(TestData.today().plusYears(1));
        assertThatThrownBy(() -> agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(), Set.of()))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("participants");
        assertThatThrownBy(() -> agendas.addCase(meetingId, caseId, AgendaBlock.RONDVRAAG, 15, Set.of(avim), Set.of()))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("block");
        agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());

        assertThat(agendas.schedulableCases(meetingId)).extracting(SchedulableCase::caseFileId).doesNotContain(caseId);
        assertThatThrownBy(() -> agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of()))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("agenda.rule.case");
    }

    @Test
    void items_move_within_their_block() {
        long first = agendaCase();
        long second = agendaCase();
        long meetingId = meeting(TestData.today().plusYears(1));
        agendas.addCase(meetingId, first, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());
        long secondItem = agendas.addCase(meetingId, second, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());

        agendas.move(secondItem, true);

        assertThat(agendas.agenda(meetingId).items()).filteredOn(i -> i.caseFileId() != null)
                .extracting(MeetingAgenda.Item::caseFileId).containsExactly(second, first);
        // The first item of a block does not jump into the block above.
        agendas.move(secondItem, true);
        assertThat(agendas.agenda(meetingId).items().get(2).caseFileId()).isEqualTo(second);
    }

    @Test
    void drag_and_drop_puts_an_item_before_or_after_another_in_its_block() {
        long meetingId = meeting(TestData.today().plusYears(1));
        long a = agendaCase();
        long b = agendaCase();
        long c = agendaCase();
        long itemA = agendas.addCase(meetingId, a, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());
        long itemB = agendas.addCase(meetingId, b, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());
        long itemC = agendas.addCase(meetingId, c, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());

        agendas.moveNextTo(itemA, itemC, true);
        assertThat(caseOrder(meetingId)).containsExactly(b, c, a);
        agendas.moveNextTo(itemC, itemB, false);
        assertThat(caseOrder(meetingId)).containsExactly(c, b, a);
        long opening = agendas.agenda(meetingId).items().get(0).id();
        assertThatThrownBy(() -> agendas.moveNextTo(itemA, opening, false))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("agenda.rule.same-block");
    }

    @Test
    void people_join_an_item_only_for_a_deelnemer_organisation() {
        long caseId = agendaCase();
        long meetingId = meeting(TestData.today().plusYears(1));
        long mentor = testData.person("Mentor", college, Map.of());

        assertThatThrownBy(() -> agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim),
                Set.of(mentor))).isInstanceOf(FieldRefusal.class).hasMessageContaining("agenda.rule.people");
        assertThat(agendas.peopleOf(Set.of(college))).extracting(MeetingAgenda.ItemPerson::personId).contains(mentor);

        agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim, college), Set.of(mentor));
        assertThat(agendas.agenda(meetingId).items()).filteredOn(i -> i.caseFileId() != null).singleElement()
                .satisfies(i -> assertThat(i.people()).extracting(MeetingAgenda.ItemPerson::personId)
                        .containsExactly(mentor));
    }

    private List<Long> caseOrder(long meetingId) {
        return agendas.agenda(meetingId).items().stream().map(MeetingAgenda.Item::caseFileId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
