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
 * everyone to any item from here. Lines are kept per item, so a push changes only times and marks.
 */
class AgendaPanel extends Div {

    final ElapsedTime sessionClock = new ElapsedTime();
    final Span sessionPlanned = new Span();
    final UnorderedList list = new UnorderedList();
    private final ListItem hidden = new ListItem();
    private final KeyedRows<Long, MeetingAgenda.Item, Entry> entries;
    private final LongConsumer goTo;
    private LiveState state;

    /** One item's line, kept across pushes: only its time and marking change. */
    final class Entry extends ListItem {

        private final Span label = new Span();
        private final ElapsedTime spent = new ElapsedTime();
        private final Span planned = new Span();
        private final Span now = new Span(" — " + getTranslation("live.now"));
        private final Button go = new Button(getTranslation("live.go-to"));
        private long itemId;

        Entry() {
            addClassName("live-agenda-item");
            var time = new Span(spent, planned);
            time.addClassName("live-item-time");
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClickListener(e -> goTo.accept(itemId));
            add(label, time, now, go);
        }

        void show(MeetingAgenda.Item item) {
            itemId = item.id();
            boolean current = Objects.equals(item.id(), state.currentItemId());
            label.setText(label(item));
            planned.setText(" / " + getTranslation("agenda.minutes", item.plannedMinutes()));
            spent.show(state.timing().secondsOn(item.id(), state.currentItemId()), current && state.live(),
                    item.plannedMinutes() * 60L);
            setClassName("live-current", current);
            if (current) {
                getElement().setAttribute("aria-current", "step");
            } else {
                getElement().removeAttribute("aria-current");
            }
            now.setVisible(current);
            go.setVisible(!current && state.leads() && state.live());
            go.getElement().setAttribute("aria-label", getTranslation("live.go-to-item", label(item)));
        }
    }

    AgendaPanel(LongConsumer goTo) {
        this.goTo = goTo;
        setId("live-agenda-panel");
        addClassName("live-side-block");
        sessionClock.setId("live-session-clock");
        list.setId("live-agenda");
        entries = new KeyedRows<>(list, MeetingAgenda.Item::id, i -> new Entry(), Entry::show);
        var clockLine = new Div(new Span(getTranslation("live.session-time") + " "), sessionClock, sessionPlanned);
        clockLine.addClassName("live-clock-line");
        add(new H3(getTranslation("live.agenda")), clockLine, list);
    }

    void show(LiveState shown) {
        this.state = shown;
        var timing = shown.timing();
        var agenda = shown.agenda();
        long sessionSeconds = timing.startedAt() == null ? 0
                : Math.max(0, Duration.between(timing.startedAt(), timing.readAt()).toSeconds());
        sessionClock.show(sessionSeconds, shown.live(), agenda.availableMinutes() * 60L);
        sessionPlanned.setText(" " + getTranslation("live.of-planned", agenda.availableMinutes()));
        list.remove(hidden);
        entries.show(agenda.items());
        if (agenda.hiddenCaseItems() > 0) {
            hidden.setText(getTranslation("agenda.hidden", agenda.hiddenCaseItems()));
            list.add(hidden);
        }
    }

    String label(MeetingAgenda.Item item) {
        return item.caseCode() != null ? item.caseCode()
                : item.title() != null ? item.title() : getTranslation("agenda-block." + item.block());
    }
}
