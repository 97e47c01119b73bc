package nl.zorgtafel.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class AgendaViewTest extends KaribuTest {

    @Autowired
    CaseService cases;

    @Autowired

    nl.zorgtafel.casefile.IntakeService intakes;

    @Autowired

    nl.zorgtafel.casefile.LifecycleService lifecycle;
    @Autowired
    MeetingService meetings;
    @Autowired
    nl.zorgtafel.mail.OutboxService outbox;
    @Autowired
    nl.zorgtafel.testsupport.SessionFixture fixture;

    @Test
    void the_chair_adds_a_case_with_proposed_deelnemers_and_sees_the_timing_warning() {
        String tableName = TestData.unique("Tafel");
        long table = testData.table(tableName);
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        String youthName = TestData.unique("Jeugdhulp");
        long youth = testData.organisation(youthName, OrganisationType.JEUGDHULP);
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        String youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        testData.signIn(youthCare);
        long caseId = intakes.saveAndSubmit(new CaseIntake(null, 0, false, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, null, null, null, null, null));
        testData.signIn(chair);
        lifecycle.decide(caseId, cases.open(caseId).intake().version(), TriageDecision.AGENDEREN, null, null);
        long meetingId = meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA, TestData.today().plusYears(1),
                LocalTime.of(13, 0), LocalTime.of(14, 0), "Zaal", null, null, null));
        testData.signOut();

        login(chair);
        UI.getCurrent().navigate("zitting/" + meetingId);
        var view = _get(AgendaView.class);
        assertThat(view.timing.getText()).isEqualTo("Gepland: 30 van 60 minuten.");

        // Saved empty: every missing part at once, on its field; the dialog stays open.
        _click(view.addCase);
        _setValue(view.dialog.minutes, null);
        _click(_get(Button.class, spec -> spec.withId("agenda-save")));
        assertThat(view.dialog.caseChoice.isInvalid()).isTrue();
        assertThat(view.dialog.caseChoice.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(view.dialog.minutes.isInvalid()).isTrue();
        assertThat(view.dialog.participants.isInvalid()).isTrue();
        assertThat(view.dialog.isOpened()).isTrue();

        _setValue(view.dialog.caseChoice, view.dialog.caseChoice.getListDataView().getItems()
                .filter(c -> c.caseFileId() == caseId).findFirst().orElseThrow());
        assertThat(view.dialog.participants.getValue()).extracting(o -> o.name()).containsExactly(youthName);
        _setValue(view.dialog.minutes, 40);
        _click(_get(Button.class, spec -> spec.withId("agenda-save")));

        assertThat(view.items.getElement().getTextRecursively()).contains("Nieuwe casussen").contains(youthName);
        assertThat(view.timing.getText()).startsWith("Let op").contains("70").contains("60");

        _click(view.invite);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        var subjects = testData.asAdministrator(() -> outbox.latest(0, 100)).stream()
                .map(nl.zorgtafel.mail.OutboxMessage::subject).filter(s -> s.contains(tableName)).toList();
        assertThat(subjects).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("Uitnodiging: zitting"));

        // The member answers: absent, with written input by a date.
        login(youthCare);
        UI.getCurrent().navigate("zitting/" + meetingId);
        var theirs = _get(AgendaView.class);
        _setValue(theirs.rsvpSection.answer, nl.zorgtafel.meeting.Rsvp.AFWEZIG);
        _setValue(theirs.rsvpSection.writtenInput, true);
        _click(theirs.rsvpSection.sendAnswer);
        assertThat(theirs.rsvpSection.writtenInputWhen.isInvalid()).as("written input needs a date").isTrue();
        _setValue(theirs.rsvpSection.writtenInputWhen, TestData.today().plusYears(1).minusDays(2));
        _click(theirs.rsvpSection.sendAnswer);

        login(chair);
        UI.getCurrent().navigate("zitting/" + meetingId);
        var chairView = _get(AgendaView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(chairView.rsvpSection.responses)).isEqualTo(2);
        assertThat(IntStreamHolder.rows(chairView.rsvpSection.responses)).anySatisfy(
                r -> assertThat(r).contains("Afwezig (schriftelijke inbreng)"));
    }

    @Test
    void past_the_cut_off_the_agenda_shows_it_is_locked_items_are_nagekomen_and_can_be_dragged() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        String youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        long first = fixture.agendered(youthCare, chair);
        long second = fixture.agendered(youthCare, chair);
        testData.signIn(chair);
        // Tomorrow: well inside the table's cut-off of working days.
        long meetingId = meetings.plan(new MeetingPlan(null, 0, MeetingKind.SPOED, TestData.today().plusDays(1),
                LocalTime.of(20, 0), LocalTime.of(21, 0), "Zaal", null, null, null));
        testData.signOut();

        login(chair);
        UI.getCurrent().navigate("zitting/" + meetingId);
        var view = _get(AgendaView.class);
        assertThat(view.cutOff.getText()).startsWith("De agenda is gesloten sinds");
        for (long caseId : new long[] {first, second}) {
            _click(view.addCase);
            _setValue(view.dialog.caseChoice, view.dialog.caseChoice.getListDataView().getItems()
                    .filter(c -> c.caseFileId() == caseId).findFirst().orElseThrow());
            _click(_get(Button.class, spec -> spec.withId("agenda-save")));
        }
        var rows = caseRows(view);
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.getElement().getTextRecursively()).contains("Nagekomen"));
        String firstCode = code(rows.get(0));

        // Drag the second case onto the first: it moves above it.
        UI.getCurrent().getInternals().setActiveDragSourceComponent(rows.get(1));
        com.vaadin.flow.component.ComponentUtil.fireEvent(rows.get(0),
                new com.vaadin.flow.component.dnd.DropEvent<>(rows.get(0), true, "move"));
        assertThat(code(caseRows(view).get(1))).isEqualTo(firstCode);
        assertThat(caseRows(view).get(0).getElement().getTextRecursively()).as("the clock time follows the order")
                .startsWith("20:25");
    }

    private static String code(com.vaadin.flow.component.Component row) {
        return row.getChildren().filter(com.vaadin.flow.router.RouterLink.class::isInstance).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }

    private static java.util.List<com.vaadin.flow.component.Component> caseRows(AgendaView view) {
        return view.items.getChildren().filter(c -> c.getElement().getClassList().contains("agenda-item"))
                .filter(c -> c.getChildren().anyMatch(com.vaadin.flow.router.RouterLink.class::isInstance))
                .toList();
    }

    /** Formatted answer cells of the responses grid. */
    static final class IntStreamHolder {
        static java.util.List<String> rows(com.vaadin.flow.component.grid.Grid<?> grid) {
            return java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                    .mapToObj(i -> String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i)))
                    .toList();
        }
    }
}
