package nl.zorgtafel.live.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.live.AcceptedHow;
import nl.zorgtafel.live.Attendee;
import nl.zorgtafel.live.Presence;

/**
 * Who attends and how, compact: one line per person with their acceptance of the statement and
 * whether their page is open. The chair and secretary set presence, written input with
 * afgemeld, a vervanger, and record an acceptance given on their screen or aloud. Rows are kept
 * per person: a push updates a row in place, and only a choice made here records anything.
 */
class AttendancePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    /** What the chair's choices on a row do. */
    interface Actions {
        void presence(Attendee attendee, Presence presence, boolean writtenInput);

        void acceptance(Attendee attendee, AcceptedHow how);

        void substitute(Attendee attendee);
    }

    private final Paragraph empty = new Paragraph();
    private final Actions actions;
    private KeyedRows<Long, Attendee, Row> rows;
    private Set<Long> connected = Set.of();

    /** One attendee's line. */
    final class Row extends Div {

        final Span who = new Span();
        final Span online = new Span();
        final Span details = new Span();
        final Select<Presence> presence = new Select<>();
        final Checkbox writtenInput = new Checkbox();
        final Button acceptedOnScreen = new Button();
        final Button acceptedAloud = new Button();
        final Button substitute = new Button();
        private Attendee attendee;

        Row(boolean mayRecord) {
            addClassName("live-attendee");
            online.addClassName("live-online");
            details.addClassName("live-attendee-details");
            var first = new Div(online, who, details);
            first.addClassName("live-attendee-line");
            add(first);
            if (mayRecord) {
                presence.setItems(Presence.values());
                presence.setItemLabelGenerator(p -> p == null ? "" : getTranslation("presence." + p));
                presence.addThemeName("small");
                presence.setWidth("9rem");
                // Only the person's own choice records; a value shown after a push does not.
                presence.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        actions.presence(attendee, e.getValue(), writtenInput.getValue());
                    }
                });
                writtenInput.setLabel(getTranslation("rsvp.written-input.short"));
                writtenInput.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        actions.presence(attendee, Presence.AFGEMELD, e.getValue());
                    }
                });
                acceptedOnScreen.setText(getTranslation("attendance.accepted-on-screen"));
                acceptedOnScreen.addClickListener(e -> actions.acceptance(attendee, AcceptedHow.OP_SCHERM));
                acceptedAloud.setText(getTranslation("attendance.accepted-aloud"));
                acceptedAloud.addClickListener(e -> actions.acceptance(attendee, AcceptedHow.MONDELING));
                substitute.setText(getTranslation("attendance.substitute"));
                substitute.addClickListener(e -> actions.substitute(attendee));
                for (var button : List.of(acceptedOnScreen, acceptedAloud, substitute)) {
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                }
                var second = new Div(presence, writtenInput, acceptedOnScreen, acceptedAloud, substitute);
                second.addClassName("live-attendee-line");
                add(second);
            }
        }

        void show(Attendee shown, boolean mayRecord) {
            this.attendee = shown;
            String guest = shown.guest() ? " (" + getTranslation("attendance.guest") + ")" : "";
            String replaces = shown.replacesName() != null
                    ? " " + getTranslation("live.replaces", shown.replacesName()) : "";
            who.setText(shown.name() + guest + ", " + shown.organisationName() + replaces);
            boolean isOnline = connected.contains(shown.personId());
            online.setText(isOnline ? "●" : "○");
            online.getElement().setAttribute("title", getTranslation(isOnline ? "live.online" : "live.offline"));
            online.getElement().setAttribute("aria-label", getTranslation(isOnline ? "live.online" : "live.offline"));
            online.setClassName("live-online-yes", isOnline);
            String written = shown.writtenInput() ? " (" + getTranslation("rsvp.written-input.short") + ")" : "";
            String accepted = shown.acceptedAt() != null
                    ? getTranslation("live.accepted-at", TIME.format(shown.acceptedAt()))
                            + (shown.acceptedHow() == AcceptedHow.ZELF ? ""
                                    : " (" + getTranslation("accepted-how." + shown.acceptedHow()) + ")")
                    : getTranslation("live.not-accepted");
            if (mayRecord) {
                presence.setAriaLabel(getTranslation("live.presence-of", shown.name()));
                if (presence.getValue() != shown.presence()) {
                    presence.setValue(shown.presence());
                }
                writtenInput.setVisible(shown.presence() == Presence.AFGEMELD);
                writtenInput.setValue(shown.writtenInput());
                details.setText(" · " + accepted);
                boolean open = shown.acceptedAt() == null && shown.presence() != Presence.AFGEMELD;
                acceptedOnScreen.setVisible(open);
                acceptedAloud.setVisible(open);
                substitute.setVisible(!shown.guest() && (shown.presence() == Presence.AFGEMELD
                        || shown.presence() == Presence.ONBEKEND));
                substitute.getElement().setAttribute("aria-label",
                        getTranslation("attendance.substitute-for", shown.name()));
            } else {
                details.setText(getTranslation("presence." + shown.presence()) + written + " · " + accepted);
            }
        }
    }

    AttendancePanel(Actions actions) {
        this.actions = actions;
        setId("live-attendance");
        empty.setText(getTranslation("live.attendance.empty"));
        add(empty);
    }

    void show(List<Attendee> attendance, Set<Long> connectedNow, boolean mayRecord) {
        this.connected = connectedNow;
        if (rows == null) {
            rows = new KeyedRows<>(this, Attendee::personId, a -> new Row(mayRecord), (row, a) -> row.show(a, mayRecord));
        }
        rows.show(attendance);
        empty.setVisible(rows.isEmpty());
    }

    Row row(long personId) {
        return rows == null ? null : rows.get(personId);
    }
}
