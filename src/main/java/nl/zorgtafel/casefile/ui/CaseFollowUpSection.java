package nl.zorgtafel.casefile.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFileView;

/**
 * What the table did with the case: the sessions that discussed it (date, decisions, a link to
 * the minutes once they are definitief) and the actions agreed on it with their status.
 */
class CaseFollowUpSection extends Div {

    final UnorderedList discussions = new UnorderedList();
    final Grid<CaseFileView.CaseAction> actions = new Grid<>();

    CaseFollowUpSection() {
        discussions.setId("case-discussions");
        actions.setId("case-actions-grid");
        actions.addColumn(CaseFileView.CaseAction::description).setHeader(getTranslation("action.description"))
                .setFlexGrow(3);
        actions.addColumn(CaseFileView.CaseAction::organisation).setHeader(getTranslation("action.organisation"));
        actions.addColumn(a -> a.person() == null ? "" : a.person()).setHeader(getTranslation("case.actions.person"));
        actions.addColumn(a -> Dates.day(a.deadline().atStartOfDay(CaseLabels.NETHERLANDS)))
                .setHeader(getTranslation("action.deadline")).setAutoWidth(true);
        actions.addColumn(a -> getTranslation("action-status." + a.status())).setHeader(getTranslation("action.status"))
                .setAutoWidth(true);
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setAllRowsVisible(true);
        actions.setEmptyStateText(getTranslation("case.actions.empty"));
        add(new H3(getTranslation("case.discussions")), discussions, new H3(getTranslation("case.actions")), actions);
    }

    void show(List<CaseFileView.Discussion> held, List<CaseFileView.CaseAction> agreed) {
        discussions.removeAll();
        if (held.isEmpty()) {
            discussions.add(new ListItem(getTranslation("case.discussions.empty")));
        }
        for (var discussion : held) {
            var item = new ListItem(new Span(getTranslation("case.discussions.session",
                    Dates.day(discussion.startsAt()))));
            if (discussion.minutesFinal()) {
                item.add(new Span(" "), SharedPages.link(
                        getTranslation("case.discussions.minutes"), SharedPages.Minutes.class, discussion.meetingId()));
            }
            if (discussion.decisions().isEmpty()) {
                item.add(new Paragraph(getTranslation("case.discussions.no-decision")));
            }
            discussion.decisions().forEach(d -> item.add(new Paragraph(getTranslation("case.discussions.decision", d))));
            discussions.add(item);
        }
        actions.setItems(agreed);
    }
}
