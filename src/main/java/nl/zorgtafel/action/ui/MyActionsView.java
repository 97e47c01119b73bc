package nl.zorgtafel.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.security.Roles;

/** Mijn acties: what the person and their organisation agreed to do, overdue first, with status changes. */
@Route("mijn-acties")
@Menu(order = 25, title = "nav.mijn-acties", icon = "vaadin:tasks")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ActionView> grid = new Grid<>();
    private final ActionService actions;

    MyActionsView(ActionService actions) {
        this.actions = actions;
        setSizeFull();
        grid.setId("my-actions");
        ActionColumns.add(grid, actions.today());
        grid.addComponentColumn(a -> {
            var change = new Button(getTranslation("action.status-change"),
                    e -> new StatusDialog(actions, a, this::refresh).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            change.setEnabled(a.status() != nl.zorgtafel.action.ActionStatus.NIET_UITGEVOERD);
            return change;
        }).setKey("change").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("action.mine.empty"));
        add(new H2(getTranslation("nav.mijn-acties")), new Paragraph(getTranslation("action.mine.intro")), grid);
        // No total count: counting every action the person and organisation ever had would grow with
        // history; the grid asks for more rows as one scrolls (Vaadin's undefined size).
        grid.setItems(q -> actions.mine(q.getOffset(), q.getLimit()).stream());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mijn-acties");
    }
}
