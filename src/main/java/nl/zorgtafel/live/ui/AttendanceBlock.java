package nl.zorgtafel.live.ui;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import nl.zorgtafel.live.AcceptedHow;
import nl.zorgtafel.live.AttendanceCount;
import nl.zorgtafel.live.AttendanceService;
import nl.zorgtafel.live.Attendee;
import nl.zorgtafel.live.LiveState;
import nl.zorgtafel.live.Presence;
import nl.zorgtafel.meeting.MeetingStatus;

/**
 * Attendance beside the item: the count ("12 van 15 aanwezig, 2 afgemeld"), how many have the
 * page open, and the compact list behind a fold; the chair and secretary add people here.
 */
class AttendanceBlock extends Div {

    final Paragraph count = new Paragraph();
    final Paragraph connected = new Paragraph();
    final Details fold = new Details();
    final Button add = new Button();
    final AttendancePanel list;

    /**
     * @param step runs a chair's step and shows a refusal instead of failing
     */
    AttendanceBlock(AttendanceService attendance, LongSupplier meeting, Consumer<Runnable> step, Runnable refresh,
            Runnable onAdd) {
        this.list = new AttendancePanel(new AttendancePanel.Actions() {
            @Override
            public void presence(Attendee a, Presence presence, boolean written) {
                step.accept(() -> attendance.setPresence(meeting.getAsLong(), a.personId(), a.version(), presence,
                        written));
            }

            @Override
            public void acceptance(Attendee a, AcceptedHow how) {
                step.accept(() -> attendance.recordAcceptance(meeting.getAsLong(), a.personId(), how));
            }

            @Override
            public void substitute(Attendee a) {
                new SubstituteDialog(attendance, meeting.getAsLong(), a, refresh).open();
            }
        });
        setId("live-attendance-block");
        addClassName("live-side-block");
        count.setId("live-attendance-count");
        connected.setId("live-connected");
        fold.setSummaryText(getTranslation("attendance.list"));
        fold.add(list);
        add.setText(getTranslation("attendance.add"));
        add.setId("live-attendance-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> onAdd.run());
        add(new H3(getTranslation("live.attendance")), count, connected, add, fold);
    }

    void show(LiveState state) {
        var counted = AttendanceCount.of(state.attendance());
        StringBuilder text = new StringBuilder(getTranslation("attendance.count", counted.present(), counted.expected()));
        if (counted.excused() > 0) {
            text.append(", ").append(getTranslation("attendance.count.excused", counted.excused()));
        }
        if (counted.unknown() > 0) {
            text.append(", ").append(getTranslation("attendance.count.unknown", counted.unknown()));
        }
        if (counted.observers() > 0) {
            text.append(", ").append(getTranslation("attendance.count.observers", counted.observers()));
        }
        count.setText(text.toString());
        long online = state.attendance().stream().filter(a -> state.connected().contains(a.personId())).count();
        connected.setText(getTranslation("live.connected", online));
        add.setVisible(state.leads() && (state.live() || state.status() == MeetingStatus.AFGEROND));
        list.show(state.attendance(), state.connected(), state.leads());
    }
}
