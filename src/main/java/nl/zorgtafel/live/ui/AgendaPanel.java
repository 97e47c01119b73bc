package nl.zorgtafel.live.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import nl.zorgtafel.live.LiveState;
import nl.zorgtafel.meeting.MeetingAgenda;

/**
 * The agenda beside the item: each item with its planned minutes and the time spent on it, the
 * current one marked, and the session's own clock against its planned length. The leads can move
 * everyone to any item from here.
 */
class AgendaPanel extends Div {

    final ElapsedTime sessionClock = new ElapsedTime();
    final Span sessionPlanned = new Span();
    final UnorderedList list = new UnorderedList();
    private final LongConsumer goTo;

    AgendaPanel(LongConsumer goTo) {
        this.goTo = goTo;
        setId("live-agenda-panel");
        addClassName("live-side-block");
        sessionClock.setId("live-session-clock");
        list.setId("live-agenda");
        var clockLine = new Div(new Span(getTranslation("live.session-time") + " "), sessionClock, sessionPlanned);
        clockLine.addClassName("live-clock-line");
        add(new H3(getTranslation("live.agenda")), clockLine, list);
    }

    void show(LiveState state) {
        var timing = state.timing();
        var agenda = state.agenda();
        long sessionSeconds = timing.startedAt() == null ? 0
                : Math.max(0, Duration.between(timing.startedAt(), timing.readAt()).toSeconds());
        sessionClock.show(sessionSeconds, state.live(), agenda.availableMinutes() * 60L);
        sessionPlanned.setText(" " + getTranslation("live.of-planned", agenda.availableMinutes()));
        list.removeAll();
        for (MeetingAgenda.Item item : agenda.items()) {
            list.add(entry(state, item));
        }
        if (agenda.hiddenCaseItems() > 0) {
            list.add(new ListItem(getTranslation("agenda.hidden", agenda.hiddenCaseItems())));
        }
    }

    private ListItem entry(LiveState state, MeetingAgenda.Item item) {
        boolean current = Objects.equals(item.id(), state.currentItemId());
        var entry = new ListItem();
        entry.addClassName("live-agenda-item");
        entry.add(new Span(label(item)));
        var spent = new ElapsedTime();
        spent.show(state.timing().secondsOn(item.id(), state.currentItemId()), current && state.live(),
                item.plannedMinutes() * 60L);
        var time = new Span(spent, new Span(" / " + getTranslation("agenda.minutes", item.plannedMinutes())));
        time.addClassName("live-item-time");
        entry.add(time);
        if (current) {
            entry.addClassName("live-current");
            entry.getElement().setAttribute("aria-current", "step");
            entry.add(new Span(" — " + getTranslation("live.now")));
        } else if (state.leads() && state.live()) {
            var go = new Button(getTranslation("live.go-to"), e -> goTo.accept(item.id()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.getElement().setAttribute("aria-label", getTranslation("live.go-to-item", label(item)));
            entry.add(go);
        }
        return entry;
    }

    String label(MeetingAgenda.Item item) {
        return item.caseCode() != null ? item.caseCode()
                : item.title() != null ? item.title() : getTranslation("agenda-block." + item.block());
    }
}
