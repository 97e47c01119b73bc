package nl.zorgtafel.live.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.live.Attendee;
import nl.zorgtafel.live.Presence;

/**
 * Who attends and how, with their acceptance of the statement. Rows are kept per person: a push
 * updates a row in place, and only a choice made by the chair or secretary themselves records
 * anything.
 */
class AttendancePanel extends Div {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    private final Paragraph empty = new Paragraph();
    private KeyedRows<Long, Attendee, Row> rows;
    private final BiConsumer<Attendee, Presence> onPresence;

    /** One attendee's line. */
    final class Row extends HorizontalLayout {

        final Span who = new Span();
        final Span details = new Span();
        final Select<Presence> presence = new Select<>();
        private Attendee attendee;

        Row(boolean mayRecord) {
            addClassName("live-attendee");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(who);
            if (mayRecord) {
                presence.setAriaLabel(getTranslation("live.presence"));
                presence.setItems(Presence.values());
                presence.setItemLabelGenerator(p -> p == null ? "" : getTranslation("presence." + p));
                // Only the person's own choice records; a value shown after a push does not.
                presence.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        onPresence.accept(attendee, e.getValue());
                    }
                });
                add(presence);
            }
            add(details);
        }

        void show(Attendee shown, boolean mayRecord) {
            this.attendee = shown;
            String name = shown.name() + ", " + shown.organisationName();
            String replaces = shown.replacesName() != null
                    ? " " + getTranslation("live.replaces", shown.replacesName()) : "";
            who.setText(name + replaces + ": ");
            String written = shown.writtenInput() ? " (" + getTranslation("rsvp.written-input.short") + ")" : "";
            String accepted = shown.acceptedAt() != null
                    ? " · " + getTranslation("live.accepted-at", TIME.format(shown.acceptedAt()))
                    : " · " + getTranslation("live.not-accepted");
            if (mayRecord) {
                if (presence.getValue() != shown.presence()) {
                    presence.setValue(shown.presence());
                }
                details.setText(written + accepted);
            } else {
                details.setText(getTranslation("presence." + shown.presence()) + written + accepted);
            }
        }
    }

    AttendancePanel(BiConsumer<Attendee, Presence> onPresence) {
        this.onPresence = onPresence;
        setId("live-attendance");
        empty.setText(getTranslation("live.attendance.empty"));
        add(empty);
    }

    void show(List<Attendee> attendance, boolean mayRecord) {
        if (rows == null) {
            rows = new KeyedRows<>(this, Attendee::personId, a -> new Row(mayRecord), (row, a) -> row.show(a, mayRecord));
        }
        rows.show(attendance);
        empty.setVisible(rows.isEmpty());
    }
}
