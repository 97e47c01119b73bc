package nl.zorgtafel.action.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.OrganisationScore;
import nl.zorgtafel.security.Roles;

/** The chair's overview: all open actions of the table, overdue first, and accountability per organisation. */
@Route("acties")
@Menu(order = 35, title = "nav.acties", icon = "vaadin:list-select")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
public class ActionOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrganisationScore> scores = new Grid<>();
    final Grid<ActionView> open = new Grid<>();

    ActionOverviewView(ActionService actions) {
        setSizeFull();
        scores.setId("action-scores");
        scores.addColumn(OrganisationScore::organisationName).setHeader(getTranslation("action.organisation"))
                .setFlexGrow(3);
        scores.addColumn(OrganisationScore::open).setHeader(getTranslation("action.score.open"));
        scores.addColumn(OrganisationScore::overdue).setHeader(getTranslation("action.score.overdue"));
        scores.addColumn(s -> s.onTimePercentage() == null ? "–" : s.onTimePercentage() + "%")
                .setHeader(getTranslation("action.score.on-time"));
        scores.setItems(actions.scores());
        scores.setAllRowsVisible(true);
        scores.setEmptyStateText(getTranslation("action.overview.empty"));
        open.setId("open-actions");
        ActionColumns.add(open, actions.today());
        open.setItems(q -> actions.openAtTable(q.getOffset(), q.getLimit()).stream(), q -> actions.countOpenAtTable());
        open.setEmptyStateText(getTranslation("action.overview.empty"));
        add(new H2(getTranslation("nav.acties")), new H3(getTranslation("action.score.title")), scores,
                new H3(getTranslation("action.overview.open")), open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.acties");
    }
}
