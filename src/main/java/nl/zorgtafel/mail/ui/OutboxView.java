package nl.zorgtafel.mail.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.mail.OutboxMessage;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.security.Roles;

/** Beheer → Uitgaande berichten: every queued mail, its status and attempts (lazy grid). */
@Route("beheer/uitgaande-berichten")
@Menu(order = 91, title = "nav.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Roles.BEHEERDER)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(DutchTime.ZONE);

    final Grid<OutboxMessage> grid = new Grid<>();
    final Pre body = new Pre();

    OutboxView(OutboxService outbox) {
        setSizeFull();
        grid.setId("outbox-grid");
        grid.addColumn(m -> WHEN.format(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::recipient).setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("outbox-status." + m.status())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.setItems(q -> outbox.latest(q.getOffset(), q.getLimit()).stream(), q -> outbox.count());
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.error"));
        // A sealed mail holds a secret for its recipient alone (a password link): never shown here.
        grid.addSelectionListener(e -> body.setText(e.getFirstSelectedItem()
                .map(m -> m.sealed() ? getTranslation("outbox.sealed") : m.text()).orElse("")));
        body.setId("outbox-body");
        add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), grid, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
