package nl.zorgtafel.action.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.casefile.ui.CaseFilePage;

/** The columns Mijn acties and the chair's overview share. */
final class ActionColumns {


    private ActionColumns() {
    }

    static void add(Grid<ActionView> grid, LocalDate today) {
        // Descriptions are read in full: cells wrap instead of cutting text off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> new RouterLink(a.caseCode(), CaseFilePage.class, a.caseFileId()))
                .setHeader(grid.getTranslation("action.case")).setKey("case").setAutoWidth(true);
        grid.addColumn(a -> a.organisationName() + (a.personName() == null ? "" : " (" + a.personName() + ")"))
                .setHeader(grid.getTranslation("action.party")).setKey("party").setFlexGrow(2);
        grid.addColumn(ActionView::description).setHeader(grid.getTranslation("action.description"))
                .setKey("description").setFlexGrow(4);
        grid.addComponentColumn(a -> {
            var deadline = new Span(Dates.day(a.deadline()));
            if (a.overdue(today)) {
                deadline.setText(Dates.day(a.deadline()) + " · " + grid.getTranslation("action.overdue"));
                deadline.getElement().getThemeList().add("badge error");
            }
            return deadline;
        }).setHeader(grid.getTranslation("action.deadline")).setKey("deadline").setAutoWidth(true);
        grid.addColumn(a -> grid.getTranslation("action-status." + a.status())
                + (a.statusReason() == null ? "" : ": " + a.statusReason()))
                .setHeader(grid.getTranslation("action.status")).setKey("status").setFlexGrow(2);
    }
}
