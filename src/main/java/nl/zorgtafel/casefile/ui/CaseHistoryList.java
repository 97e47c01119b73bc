package nl.zorgtafel.casefile.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFileView.CaseEvent;

/**
 * The case's history in words, in the user's language: who did what and when, status changes
 * as "van Aangemeld naar Geagendeerd", the chair's reason and advice and the proposer's answer
 * where the reader may see them. Stored codes never reach the screen.
 */
class CaseHistoryList extends UnorderedList {

    CaseHistoryList() {
        setId("case-history");
    }

    void show(List<CaseEvent> events) {
        removeAll();
        events.forEach(e -> add(line(e)));
    }

    private ListItem line(CaseEvent e) {
        String who = e.actorName() == null ? "" : e.actorName() + ": ";
        var item = new ListItem(new Span(Dates.moment(e.at()) + " — " + who + describe(e)));
        if (e.message() != null) {
            item.add(quote("case.history.message." + e.kind(), e.message()));
        }
        if (e.advice() != null) {
            item.add(quote("case.history.advice", e.advice()));
        }
        return item;
    }

    private Div quote(String labelKey, String text) {
        var quote = new Div(new Span(getTranslation(labelKey) + ": "), new Span(text));
        quote.addClassName("case-history-quote");
        return quote;
    }

    private String describe(CaseEvent e) {
        return switch (e.kind()) {
            case STATUS -> e.to() == null ? getTranslation("case.event.STATUS")
                    : getTranslation("case.event.status-to", status(e.from()), status(e.to()))
                            + (e.detail() == null ? "" : " (" + getTranslation("close-reason." + e.detail()) + ")");
            case CHANGED -> e.detail() == null || e.detail().isBlank() ? getTranslation("case.event.CHANGED")
                    : getTranslation("case.event.changed-fields", fields(e.detail()));
            case NAMED -> getTranslation("case.event.NAMED")
                    + (e.detail() == null ? "" : " (" + getTranslation("basis." + e.detail()) + ")");
            case MILESTONE -> getTranslation("case.event.MILESTONE")
                    + (e.detail() == null ? "" : ": " + getTranslation("milestone." + e.detail()));
            case RISK_ASSESSMENT -> getTranslation("case.event.RISK_ASSESSMENT")
                    + (e.detail() == null ? "" : ": " + e.detail());
            case DISCUSSED -> getTranslation("case.event.DISCUSSED",
                    e.meetingAt() == null ? "" : Dates.day(e.meetingAt()));
            default -> getTranslation("case.event." + e.kind());
        };
    }

    private String status(Object status) {
        return status == null ? "?" : getTranslation("case-status." + status);
    }

    private String fields(String names) {
        return Arrays.stream(names.split(",\\s*")).map(name -> getTranslation("case.field." + name))
                .collect(Collectors.joining(", "));
    }
}
