package nl.zorgtafel.mail.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.mail.CalendarPreview;
import nl.zorgtafel.mail.OutboxMessage;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutboxStatus;
import nl.zorgtafel.security.Roles;

/**
 * Beheer → Uitgaande berichten: every queued mail, its status and attempts (lazy grid); a chosen
 * message's text, its invitation as a calendar client reads it, and sending it again.
 */
@Route("beheer/uitgaande-berichten")
@Menu(order = 91, title = "nav.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Roles.BEHEERDER)
class OutboxView extends VerticalLayout implements HasDynamicTitle {


    final Grid<OutboxMessage> grid = new Grid<>();
    final Pre body = new Pre();
    final Div calendar = new Div();
    final Button resend = new Button();
    private final Div details = new Div();
    private final OutboxService outbox;
    private OutboxMessage selected;
    ConfirmDialog confirm;

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        resend.setText(getTranslation("outbox.resend"));
        setSizeFull();
        grid.setId("outbox-grid");
        grid.addColumn(m -> Dates.moment(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::recipient).setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("outbox-status." + m.status())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.setItems(q -> outbox.latest(q.getOffset(), q.getLimit()).stream(), q -> outbox.count());
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.error"));
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        body.setId("outbox-body");
        calendar.setId("outbox-calendar");
        resend.setId("outbox-resend");
        resend.setEnabled(false);
        resend.addClickListener(e -> confirmResend());
        details.add(body, calendar, resend);
        add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), grid, details);
    }

    /** The chosen message: its text (never a sealed one's), its calendar as a client reads it, and resend. */
    private void show(OutboxMessage message) {
        selected = message;
        calendar.removeAll();
        resend.setEnabled(message != null && !message.sealed() && message.status() != OutboxStatus.PENDING);
        if (message == null) {
            body.setText("");
            return;
        }
        // A sealed mail holds a secret for its recipient alone (a password link): never shown here.
        body.setText(message.sealed() ? getTranslation("outbox.sealed") : message.text());
        if (message.calendar() != null) {
            calendar.add(new H3(getTranslation("outbox.calendar")));
            calendar.add(CalendarPreview.of(message.calendar()).<com.vaadin.flow.component.Component>map(c ->
                    new UnorderedList(
                            new ListItem(getTranslation("outbox.calendar.method", c.method())),
                            new ListItem(getTranslation("outbox.calendar.uid", c.uid())),
                            new ListItem(getTranslation("outbox.calendar.sequence", c.sequence())),
                            new ListItem(getTranslation("outbox.calendar.start", c.start() == null ? "—" : Dates.moment(c.start()))),
                            new ListItem(getTranslation("outbox.calendar.end", c.end() == null ? "—" : Dates.moment(c.end())))))
                    .orElseGet(() -> new Paragraph(getTranslation("outbox.calendar.unreadable"))));
        }
    }

    private void confirmResend() {
        var message = selected;
        confirm = new ConfirmDialog(getTranslation("outbox.resend"),
                getTranslation("outbox.resend.text", message.recipient()), getTranslation("outbox.resend"), e -> {
                    try {
                        outbox.resend(message.id());
                        FormFeedback.notify(this, getTranslation("outbox.resent"), NotificationVariant.LUMO_SUCCESS);
                        grid.getDataProvider().refreshAll();
                    } catch (FieldRefusal refusal) {
                        FormFeedback.show(refusal, java.util.Map.of(), this);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("edit.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
