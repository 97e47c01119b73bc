package nl.zorgtafel.meeting.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaPdfService;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.InvitationService;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.RsvpService;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableAccess;

/**
 * A session and its agenda: blocks in order, planned minutes against the session's length (with
 * a warning when it does not fit), the cut-off and nagekomen items, and for chair and secretary
 * adding cases with their deelnemers and reordering with keyboard-usable buttons.
 */
@Route("zitting")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
public class AgendaView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm").withZone(NETHERLANDS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    final H2 title = new H2();
    final Paragraph timing = new Paragraph();
    final Paragraph cutOff = new Paragraph();
    final Paragraph hidden = new Paragraph();
    final Div items = new Div();
    final Button addCase = new Button();
    final Button invite = new Button();
    final RsvpPanel rsvpSection;
    AddCaseDialog dialog;

    private final AgendaService agendas;
    private final nl.zorgtafel.action.ActionService actions;
    private boolean observer;
    private final List<OrganisationSummary> organisations;
    private final boolean planner;
    private long meetingId;
    private String pageTitle = "";

    AgendaView(AgendaService agendas, InvitationService invitations, RsvpService rsvp,
            OrganisationService organisationService, AccessService access,
            nl.zorgtafel.action.ActionService actions, AgendaPdfService pdfs) {
        this.agendas = agendas;
        this.actions = actions;
        TableAccess table = access.tableAccess();
        this.planner = table.lead();
        this.observer = table.observer();
        this.organisations = planner ? organisationService.active() : List.of();
        this.rsvpSection = new RsvpPanel(rsvp, () -> meetingId, planner);
        setMaxWidth("60rem");
        timing.setId("agenda-timing");
        cutOff.setId("agenda-cutoff");
        hidden.setId("agenda-hidden");
        items.setId("agenda-items");
        addCase.setText(getTranslation("agenda.add-case"));
        addCase.setId("agenda-add-case");
        addCase.setIcon(VaadinIcon.PLUS.create());
        addCase.setVisible(planner);
        addCase.addClickListener(e -> openAddCase());
        invite.setText(getTranslation("agenda.invite"));
        invite.setId("agenda-invite");
        invite.setIcon(VaadinIcon.ENVELOPE.create());
        invite.setVisible(planner);
        invite.addClickListener(e -> {
            var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(getTranslation("agenda.invite"),
                    getTranslation("agenda.invite.text"), getTranslation("agenda.invite"), c -> {
                        int sent = invitations.sendInvitations(meetingId);
                        FormFeedback.notify(this, getTranslation("agenda.invited", sent),
                                com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
                        show(agendas.agenda(meetingId));
                        rsvpSection.refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edit.cancel"));
            confirm.open();
        });
        var liveLink = new Button(getTranslation("agenda.live"), VaadinIcon.PLAY_CIRCLE.create(),
                e -> getUI().ifPresent(ui -> SharedPages.navigate(ui, SharedPages.LiveMeeting.class, meetingId)));
        liveLink.setId("agenda-live");
        var minutesLink = new Button(getTranslation("minutes.title"), VaadinIcon.FILE_TEXT_O.create(),
                e -> getUI().ifPresent(ui -> SharedPages.navigate(ui, SharedPages.Minutes.class, meetingId)));
        minutesLink.setId("agenda-minutes");
        var pdfLink = new Anchor((DownloadHandler) event -> {
            event.setFileName("agenda.pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(pdfs.agendaPdf(meetingId));
        }, getTranslation("agenda.pdf.download"));
        pdfLink.setId("agenda-pdf");
        var actionsRow = new HorizontalLayout(liveLink, minutesLink, addCase, invite, pdfLink);
        actionsRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        actionsRow.setWrap(true);
        add(title, timing, cutOff, actionsRow, rsvpSection, items, hidden, rsvpSection.responses);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.meetingId = id;
        show(agendas.agenda(id));
        rsvpSection.refresh();
    }

    private void show(MeetingAgenda agenda) {
        pageTitle = WHEN.withLocale(getLocale()).format(agenda.startsAt());
        title.setText(getTranslation("agenda.title", pageTitle, TIME.format(agenda.endsAt())));
        timing.setText(getTranslation(agenda.overTime() ? "agenda.over-time" : "agenda.timing",
                agenda.plannedMinutes(), agenda.availableMinutes()));
        timing.getElement().getThemeList().clear();
        timing.getElement().getThemeList().add(agenda.overTime() ? "badge error" : "badge");
        cutOff.setText(getTranslation(agenda.locked() ? "agenda.locked" : "agenda.cutoff",
                WHEN.withLocale(getLocale()).format(agenda.cutOff())));
        hidden.setText(getTranslation("agenda.hidden", agenda.hiddenCaseItems()));
        hidden.setVisible(agenda.hiddenCaseItems() > 0);
        items.removeAll();
        AgendaBlock current = null;
        for (MeetingAgenda.Item item : agenda.items()) {
            if (item.block() != current) {
                current = item.block();
                items.add(new H3(getTranslation("agenda-block." + current)));
            }
            items.add(row(item, agenda.startOf(item)));
        }
    }

    private HorizontalLayout row(MeetingAgenda.Item item, java.time.Instant startsAt) {
        var clock = new Span(TIME.format(startsAt));
        clock.addClassName("agenda-time");
        var label = item.caseFileId() == null
                ? new Span(item.title() != null ? item.title() : getTranslation("agenda-block." + item.block()))
                : new com.vaadin.flow.router.RouterLink(item.caseCode(), nl.zorgtafel.casefile.ui.CaseFilePage.class,
                        item.caseFileId());
        var minutesLabel = new Span(getTranslation("agenda.minutes", item.plannedMinutes()));
        var row = new HorizontalLayout(clock, label, minutesLabel);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("agenda-item");
        if (item.block() == AgendaBlock.REVIEW_ACTIONS && planner) {
            // Filled in by itself: how many actions of earlier sessions come back (a count, for planning).
            var review = new Span(getTranslation("agenda.review-count", actions.countForReview(item.id())));
            review.addClassName("agenda-review-count");
            row.add(review);
        }
        if (item.late()) {
            var late = new Span(getTranslation("agenda.late"));
            late.getElement().getThemeList().add("badge contrast");
            row.add(late);
        }
        if (!item.participants().isEmpty()) {
            row.add(new Span(item.participants().stream().map(p -> p.name() + item.people().stream()
                    .filter(person -> person.organisationId() == p.organisationId()).map(MeetingAgenda.ItemPerson::name)
                    .collect(Collectors.joining(", ", " (", ")")).replace(" ()", ""))
                    .collect(Collectors.joining("; "))));
        }
        if (planner) {
            draggable(row, item);
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                agendas.move(item.id(), true);
                show(agendas.agenda(meetingId));
            });
            up.setAriaLabel(getTranslation("agenda.up"));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                agendas.move(item.id(), false);
                show(agendas.agenda(meetingId));
            });
            down.setAriaLabel(getTranslation("agenda.down"));
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(up, down);
            if (item.caseFileId() != null) {
                var remove = new Button(getTranslation("agenda.remove"), e -> {
                    agendas.remove(item.id());
                    show(agendas.agenda(meetingId));
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
        }
        return row;
    }

    /** Drag and drop within a block; the arrow buttons do the same from the keyboard. */
    private void draggable(HorizontalLayout row, MeetingAgenda.Item item) {
        var source = com.vaadin.flow.component.dnd.DragSource.create(row);
        source.setDragData(item);
        var target = com.vaadin.flow.component.dnd.DropTarget.create(row);
        target.setDropEffect(com.vaadin.flow.component.dnd.DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().filter(MeetingAgenda.Item.class::isInstance)
                .map(MeetingAgenda.Item.class::cast)
                .filter(dragged -> dragged.id() != item.id())
                .ifPresent(dragged -> {
                    if (dragged.block() != item.block()) {
                        FormFeedback.notify(this, getTranslation("agenda.rule.same-block"),
                                com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
                        return;
                    }
                    agendas.moveNextTo(dragged.id(), item.id(), dragged.position() < item.position());
                    show(agendas.agenda(meetingId));
                }));
    }

    private void openAddCase() {
        dialog = new AddCaseDialog(agendas, meetingId, organisations, () -> show(agendas.agenda(meetingId)));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
