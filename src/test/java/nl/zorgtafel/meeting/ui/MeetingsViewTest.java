package nl.zorgtafel.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class MeetingsViewTest extends KaribuTest {

    @Autowired
    CareTableService tables;
    @Autowired
    nl.zorgtafel.meeting.MeetingService meetings;

    private String chair;
    private String observer;

    @BeforeEach
    void aTableWithARhythm() {
        long table = testData.table(TestData.unique("Tafel"));
        testData.asAdministrator(() -> {
            var s = tables.settings(table);
            return tables.save(new CareTableSettings(s.id(), s.name(), s.code(), s.confidentialityStatement(), 2,
                    LocalTime.of(13, 0), 120, 2, 2, s.version(), Set.of()));
        });
        long org = testData.organisation(TestData.unique("Org"), OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        chair = testData.account("Voorzitter", org, false, Map.of(table, TableRole.VOORZITTER));
        observer = testData.account("Waarnemer", org, false, Map.of(table, TableRole.WAARNEMER));
    }

    @Test
    void the_chair_plans_a_series_and_one_extra_session_and_an_observer_only_reads() {
        login(chair);
        UI.getCurrent().navigate("zittingen");
        var view = _get(MeetingsView.class);

        _click(view.planSeries);
        _setValue(view.dialogs.seriesCount, 4);
        // Skip the second date of the rhythm (a holiday): the series still has four sessions.
        LocalDate holiday = view.dialogs.seriesSkip.getListDataView().getItems().skip(1).findFirst().orElseThrow();
        _setValue(view.dialogs.seriesSkip, java.util.Set.of(holiday));
        _setValue(view.dialogs.place, "Stadskantoor, zaal 3");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> GridKt._get(view.grid, i).startsAt()
                .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate())).doesNotContain(holiday);

        // The month calendar shows them as links, this month or the next.
        view.tabs.setSelectedIndex(2);
        assertThat(view.month.isVisible()).isTrue();
        String thisMonth = view.month.table.getElement().getTextRecursively();
        view.month.show(java.time.YearMonth.now().plusMonths(1));
        String nextMonth = view.month.table.getElement().getTextRecursively();
        assertThat(thisMonth + nextMonth).contains("13:00 Regulier");
        assertThat(view.month.table.getCaptionText()).startsWith("Zittingen in");
        view.tabs.setSelectedIndex(0);

        _click(view.planOne);
        // Date pickers speak Dutch: month names, Monday first, d-M-yyyy.
        assertThat(view.dialogs.date.getI18n().getMonthNames().getFirst()).isEqualTo("januari");
        assertThat(view.dialogs.date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(view.dialogs.date.getI18n().getDateFormats()).startsWith("d-M-yyyy");
        _setValue(view.dialogs.date, TestData.today().plusDays(3));
        _setValue(view.dialogs.place, "");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));
        assertThat(view.dialogs.place.isInvalid()).isTrue();
        assertThat(view.dialogs.dialog.isOpened()).isTrue();
        _setValue(view.dialogs.videoLink, "https://meet.example.org/zorgtafel-spoed");
        _setValue(view.dialogs.start, LocalTime.of(8, 0));
        _setValue(view.dialogs.end, LocalTime.of(9, 0));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));
        assertThat(GridKt._size(view.grid)).isEqualTo(5);

        // Move one session of the series to another day.
        var moveButton = (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.grid, 0, "move");
        _click(moveButton);
        LocalDate newDay = GridKt._get(view.grid, 0).startsAt().atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDate().plusDays(1);
        _setValue(view.dialogs.date, newDay);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .anyMatch(m -> m.startsAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().equals(newDay)))
                .isTrue();

        login(observer);
        UI.getCurrent().navigate("zittingen");
        var readOnly = _get(MeetingsView.class);
        assertThat(GridKt._size(readOnly.grid)).isEqualTo(5);
        assertThat(readOnly.planOne.isVisible() && readOnly.planOne.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void two_chairs_changing_one_session_at_once_never_overwrite_each_other() {
        login(chair);
        UI.getCurrent().navigate("zittingen");
        var view = _get(MeetingsView.class);
        _click(view.planOne);
        _setValue(view.dialogs.date, TestData.today().plusDays(10));
        _setValue(view.dialogs.place, "Stadskantoor");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));
        var session = GridKt._get(view.grid, 0);

        // The chair opens the change dialog; meanwhile the other lead moves the session elsewhere.
        _click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.grid, 0, "move"));
        _setValue(view.dialogs.place, "Politiebureau");
        var day = session.startsAt().atZone(java.time.ZoneId.of("Europe/Amsterdam"));
        meetings.change(new nl.zorgtafel.meeting.MeetingPlan(session.id(), session.version(), session.kind(),
                day.toLocalDate(), day.toLocalTime(), session.endsAt().atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalTime(), "Gemeentehuis", null, session.chairPersonId(), session.secretaryPersonId()));
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("meeting-save")));

        // The second save is refused with a message; the dialog keeps what was typed; nothing overwritten.
        assertThat(view.dialogs.dialog.isOpened()).isTrue();
        assertThat(view.dialogs.place.getValue()).isEqualTo("Politiebureau");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                        .contains("niets overschreven"));
        assertThat(meetings.find(true, 0, 10).stream().filter(m -> m.id() == session.id()).findFirst().orElseThrow()
                .place()).isEqualTo("Gemeentehuis");
    }
}
