package nl.zorgtafel.live.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.live.Attendee;
import nl.zorgtafel.live.ItemNote;
import nl.zorgtafel.live.LiveBroker;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.LivePage;
import nl.zorgtafel.live.LiveState;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.live.Presence;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.ItemAccess;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * The session live: first the confidentiality statement to accept, then the agenda with the
 * item everyone is at, attendance, and for a case item's deelnemers its inbreng, decisions and
 * actions. Changes by others arrive by server push; what someone is typing is never replaced.
 * Codes-only mode hides every person's name, for a shared screen.
 */
@Route("live")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
public class LiveMeetingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm")
            .withZone(NETHERLANDS);

    private final LiveMeetingService live;
    private final ActionService actions;
    private final LiveBroker broker;
    private final SystemTasks system;
    private final ZorgtafelUser user;
    private final TableAccess table;

    final H2 title = new H2();
    final Span status = new Span();
    final Div statementPanel = new Div();
    final Paragraph statement = new Paragraph();
    final Button accept = new Button();
    final Div sessionPanel = new Div();
    final Button start = new Button();
    final Button next = new Button();
    final Button end = new Button();
    final Anchor sharedScreen = new Anchor();
    final Button minutesLink = new Button();
    final UnorderedList agendaList = new UnorderedList();
    final Div movedNotice = new Div();
    final H3 itemTitle = new H3();
    final Div itemPanel = new Div();
    final Div notesList = new Div();
    final Select<MeetingAgenda.Participant> noteOrganisation = new Select<>();
    final TextArea noteBody = new TextArea();
    final Button addInbreng = new Button();
    final Button addDecision = new Button();
    final Div actionsList = new Div();
    final ComboBox<MeetingAgenda.Participant> actionParty = new ComboBox<>();
    final ComboBox<ActionService.Colleague> actionPerson = new ComboBox<>();
    final TextArea actionDescription = new TextArea();
    final DatePicker actionDeadline = new LocalDatePicker();
    final Button addAction = new Button();
    final ReviewPanel reviewList;
    final AttendancePanel attendanceList;

    long meetingId;
    private LiveState state;
    private LivePage.Item shown;
    private List<MeetingAgenda.Participant> partyChoice = List.of();
    private Long shownItemId;
    private final LiveSubscription subscription;
    /** How often this UI fetched the session (tests check that pushes reach only whom they concern). */
    int refreshes;
    private String pageTitle = "";

    LiveMeetingView(LiveMeetingService live, ActionService actions, LiveBroker broker, SystemTasks system,
            CurrentUser currentUser, AccessService access) {
        this.table = access.tableAccess();
        this.live = live;
        this.actions = actions;
        this.broker = broker;
        this.system = system;
        this.user = currentUser.require();
        this.subscription = new LiveSubscription(broker, system);
        this.reviewList = new ReviewPanel(this::review);
        this.attendanceList = new AttendancePanel((attendee, presence) -> act(() -> live.setPresence(meetingId,
                attendee.personId(), attendee.version(), presence, attendee.writtenInput())));
        setMaxWidth("70rem");
        buildStatement();
        buildSession();
        status.setId("live-status");
        add(title, status, statementPanel, sessionPanel);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        boolean otherSession = subscription.listening() && id != meetingId;
        show(id);
        if (otherSession) {
            // The same page, now for another session: listen to that one instead.
            getUI().ifPresent(this::subscribe);
        }
    }

    void show(long id) {
        this.meetingId = id;
        sharedScreen.setHref(RouteConfiguration.forSessionScope().getUrl(SharedScreenView.class, id));
        pageTitle = getTranslation("live.title");
        title.setText(pageTitle);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe(event.getUI());
    }

    /** Listens to this session (see {@link LiveSubscription}); each update refreshes the page. */
    private void subscribe(UI ui) {
        subscription.start(ui, meetingId, user, leads(), this::refresh);
    }

    private void unsubscribe() {
        subscription.stop();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private boolean leads() {
        return table.lead();
    }

    private void buildStatement() {
        statementPanel.setId("live-statement");
        accept.setText(getTranslation("live.accept"));
        accept.setId("live-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> {
            live.accept(meetingId);
            refresh();
        });
        statementPanel.add(new H3(getTranslation("live.statement")), statement, accept);
    }

    private void buildSession() {
        sessionPanel.setId("live-session");
        start.setText(getTranslation("live.start"));
        start.setId("live-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act(() -> live.start(meetingId)));
        next.setText(getTranslation("live.next"));
        next.setId("live-next");
        next.addClickShortcut(Key.PAGE_DOWN);
        next.addClickListener(e -> act(() -> live.next(meetingId)));
        end.setText(getTranslation("live.end"));
        end.setId("live-end");
        end.addClickListener(e -> {
            var confirm = new ConfirmDialog(getTranslation("live.end"), getTranslation("live.end.text"),
                    getTranslation("live.end"), c -> act(() -> live.end(meetingId)));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edit.cancel"));
            confirm.open();
        });
        sharedScreen.setText(getTranslation("live.shared-screen"));
        sharedScreen.setId("live-shared-screen");
        sharedScreen.setTarget("_blank");
        agendaList.setId("live-agenda");
        movedNotice.setId("live-moved");
        movedNotice.setVisible(false);
        itemTitle.setId("live-item-title");
        itemPanel.setId("live-item");
        notesList.setId("live-notes");
        noteOrganisation.setLabel(getTranslation("live.note.organisation"));
        noteOrganisation.setItemLabelGenerator(p -> p == null ? "" : p.name());
        noteBody.setLabel(getTranslation("live.note.body"));
        noteBody.setId("live-note-body");
        TextLimit.apply(noteBody, 4000);
        noteBody.setWidthFull();
        // Sent as typed: when the chair moves on, the text is known here and stays with its item.
        noteBody.setValueChangeMode(ValueChangeMode.LAZY);
        addInbreng.setText(getTranslation("live.note.inbreng"));
        addInbreng.setId("live-add-inbreng");
        addInbreng.addClickListener(e -> addNote(NoteKind.INBRENG));
        addDecision.setText(getTranslation("live.note.decision"));
        addDecision.setId("live-add-decision");
        addDecision.addClickListener(e -> addNote(NoteKind.BESLUIT));
        actionsList.setId("live-actions");
        actionParty.setLabel(getTranslation("action.party"));
        actionParty.setId("action-party");
        actionParty.setItemLabelGenerator(MeetingAgenda.Participant::name);
        actionParty.addValueChangeListener(e -> actionPerson.setItems(e.getValue() == null || shownItemId == null
                ? List.of() : actions.peopleFor(shownItemId, e.getValue().organisationId())));
        actionPerson.setLabel(getTranslation("action.person"));
        actionPerson.setId("action-person");
        actionPerson.setItemLabelGenerator(ActionService.Colleague::name);
        actionPerson.setClearButtonVisible(true);
        actionDescription.setLabel(getTranslation("action.description"));
        actionDescription.setId("action-description");
        TextLimit.apply(actionDescription, 2000);
        actionDescription.setValueChangeMode(ValueChangeMode.LAZY);
        actionDeadline.setLabel(getTranslation("action.deadline"));
        actionDeadline.setId("action-deadline");
        addAction.setText(getTranslation("action.add"));
        addAction.setId("action-add");
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction.addClickListener(e -> addAction());
        minutesLink.setText(getTranslation("live.minutes"));
        minutesLink.setId("live-minutes");
        minutesLink.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("verslag/" + meetingId)));
        var toolbar = new HorizontalLayout(start, next, end, minutesLink, sharedScreen);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var noteForm = new VerticalLayout(noteOrganisation, noteBody, new HorizontalLayout(addInbreng, addDecision));
        noteForm.setPadding(false);
        var actionForm = new HorizontalLayout(actionParty, actionPerson, actionDescription, actionDeadline, addAction);
        actionForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        actionForm.setWrap(true);
        itemPanel.add(notesList, noteForm, new H3(getTranslation("action.title")), actionsList, actionForm);
        sessionPanel.add(toolbar, new H3(getTranslation("live.agenda")), agendaList, movedNotice, itemTitle, itemPanel,
                reviewList, new H3(getTranslation("live.attendance")), attendanceList);
    }

    /** Fetches what this person may see now and shows it; typed input stays where it is. */
    void refresh() {
        refreshes++;
        // Someone typing stays with the item the text is for, even when the chair moved on.
        Long lookingAt = shownItemId != null && hasUnsavedInput() ? shownItemId : null;
        LivePage page = live.page(meetingId, lookingAt);
        state = page.state();
        shown = page.item();
        statementPanel.setVisible(!state.accepted());
        sessionPanel.setVisible(state.accepted());
        statement.setText(state.statement());
        status.setText(getTranslation("meeting-status." + state.status()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(state.live() ? "badge success" : "badge");
        if (state.agenda() != null) {
            title.setText(pageTitle + ": " + WHEN.withLocale(getLocale()).format(state.agenda().startsAt()));
        }
        if (!state.accepted()) {
            return;
        }
        boolean chair = state.access().chair();
        start.setVisible(chair && !state.live() && state.status() != MeetingStatus.AFGEROND);
        next.setVisible(state.leads() && state.live());
        end.setVisible(chair && state.live());
        minutesLink.setVisible(state.status() == MeetingStatus.AFGEROND || state.status() == MeetingStatus.VERSLAG_DEFINITIEF);
        shownItemId = shown == null ? null : shown.item().id();
        if (shownItemId != null && !Objects.equals(shownItemId, state.currentItemId())) {
            showMovedNotice();
        } else {
            movedNotice.setVisible(false);
        }
        showAgenda();
        showItem();
        showAttendance();
    }

    private boolean hasUnsavedInput() {
        return !noteBody.isEmpty() || !actionDescription.isEmpty();
    }

    private void showMovedNotice() {
        movedNotice.removeAll();
        var go = new Button(getTranslation("live.moved.follow"), e -> {
            noteBody.clear();
            actionDescription.clear();
            shownItemId = null;
            refresh();
        });
        movedNotice.add(new Span(getTranslation("live.moved")), go);
        movedNotice.getElement().getThemeList().add("badge");
        movedNotice.setVisible(true);
    }

    private void showAgenda() {
        agendaList.removeAll();
        for (MeetingAgenda.Item item : state.agenda().items()) {
            var entry = new ListItem(
                    label(item) + " (" + getTranslation("agenda.minutes", item.plannedMinutes()) + ")");
            if (Objects.equals(item.id(), state.currentItemId())) {
                entry.addClassName("live-current");
                entry.getElement().setAttribute("aria-current", "step");
                entry.add(new Span(" — " + getTranslation("live.now")));
            }
            if (state.leads() && state.live() && !Objects.equals(item.id(), state.currentItemId())) {
                var go = new Button(getTranslation("live.go-to"), e -> act(() -> live.goTo(meetingId, item.id())));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                entry.add(go);
            }
            agendaList.add(entry);
        }
        if (state.agenda().hiddenCaseItems() > 0) {
            agendaList.add(new ListItem(getTranslation("agenda.hidden", state.agenda().hiddenCaseItems())));
        }
    }

    private String label(MeetingAgenda.Item item) {
        return item.caseCode() != null ? item.caseCode()
                : item.title() != null ? item.title() : getTranslation("agenda-block." + item.block());
    }

    private void showItem() {
        MeetingAgenda.Item item = shown == null ? null : shown.item();
        itemTitle.setText(item != null ? label(item)
                : getTranslation(state.currentItemId() == null ? "live.no-item" : "live.hidden-item"));
        boolean see = item != null && shown.access().see();
        itemPanel.setVisible(see && item.caseFileId() != null);
        reviewList.setVisible(see && item.block() == AgendaBlock.REVIEW_ACTIONS && !state.observer());
        if (item != null && item.block() == AgendaBlock.OPENING) {
            itemTitle.setText(label(item) + ": " + state.statement());
        }
        if (itemPanel.isVisible()) {
            showCaseItem(item);
        }
        if (reviewList.isVisible()) {
            reviewList.show(meetingId, shown.review(), state.leads());
        }
    }

    /** The case item's notes and actions; the forms keep what is typed or chosen in them. */
    private void showCaseItem(MeetingAgenda.Item item) {
        ItemAccess may = shown.access();
        var deelnemers = item.participants();
        var own = deelnemers.stream().filter(p -> p.organisationId() == user.organisationId()).toList();
        var noteParties = may.forAnyDeelnemer() ? deelnemers : own;
        if (!noteParties.equals(noteOrganisation.getListDataView().getItems().toList())) {
            noteOrganisation.setItems(noteParties);
        }
        if (noteOrganisation.getValue() == null || !noteParties.contains(noteOrganisation.getValue())) {
            noteOrganisation.setValue(own.isEmpty() ? (noteParties.isEmpty() ? null : noteParties.getFirst())
                    : own.getFirst());
        }
        addInbreng.setVisible(may.addInbreng());
        addDecision.setVisible(may.decide());
        if (!deelnemers.equals(partyChoice)) {
            // Only a changed list of parties resets the choice; a push alone leaves party and person be.
            partyChoice = deelnemers;
            var keepParty = actionParty.getValue();
            actionParty.setItems(deelnemers);
            if (keepParty != null && deelnemers.contains(keepParty)) {
                actionParty.setValue(keepParty);
            }
        }
        addAction.setVisible(may.addAction());
        notesList.removeAll();
        List<ItemNote> notes = shown.notes();
        if (notes.isEmpty()) {
            notesList.add(new Paragraph(getTranslation("live.notes.empty")));
        }
        for (ItemNote note : notes) {
            String who = note.kind() == NoteKind.INBRENG
                    ? getTranslation("live.note.inbreng-of", note.organisationName())
                    : getTranslation("live.note.decision-label");
            String author = " (" + note.authorName() + ", " + TIME.format(note.createdAt()) + ")";
            var line = new Paragraph();
            var heading = new Span(who + author + ": ");
            heading.getStyle().set("font-weight", "600");
            line.add(heading, new Span(note.body()));
            line.addClassName("live-note");
            notesList.add(line);
        }
        actionsList.removeAll();
        if (shown.actions().isEmpty()) {
            actionsList.add(new Paragraph(getTranslation("action.empty")));
        }
        for (ActionView action : shown.actions()) {
            actionsList.add(actionLine(action, may));
        }
    }

    private HorizontalLayout actionLine(ActionView action, ItemAccess may) {
        String person = action.personName() == null ? "" : " (" + action.personName() + ")";
        var text = new Span(action.organisationName() + person + ": " + action.description() + " — "
                + getTranslation("action.by", DATE.format(action.deadline())) + " — "
                + getTranslation("action-status." + action.status()));
        var line = new HorizontalLayout(text);
        line.addClassName("live-action");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        var edit = new Button(getTranslation("action.edit"),
                e -> new ActionEditDialog(actions, action, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setVisible(may.mayChangeActionOf(action.organisationId()));
        line.add(edit);
        return line;
    }

    /** Records a review outcome from a row; a refusal is shown on the row, which keeps what was entered. */
    private boolean review(ActionView action, ReviewOutcome outcome, String note, ReviewPanel.Row row) {
        try {
            actions.review(action.id(), action.version(), shownItemId, outcome, note);
            refresh();
            return true;
        } catch (FieldRefusal ex) {
            FormFeedback.show(ex, Map.of("outcome", row.outcome, "note", row.note), this);
        } catch (StaleEdit ex) {
            FormFeedback.notify(this, getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
        return false;
    }

    private void showAttendance() {
        attendanceList.show(state.attendance(), state.leads());
    }

    private void addNote(NoteKind kind) {
        if (shownItemId == null) {
            return;
        }
        try {
            live.addNote(shownItemId, kind, noteOrganisation.getValue() == null ? null
                    : noteOrganisation.getValue().organisationId(), noteBody.getValue());
            noteBody.clear();
            noteBody.setInvalid(false);
            refresh();
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("body", noteBody, "organisation", noteOrganisation), this);
        }
    }

    private void addAction() {
        if (shownItemId == null) {
            return;
        }
        try {
            actions.add(shownItemId, new NewAction(actionParty.getValue() == null ? null
                    : actionParty.getValue().organisationId(), actionPerson.getValue() == null ? null
                    : actionPerson.getValue().personId(), actionDescription.getValue(), actionDeadline.getValue()));
            actionDescription.clear();
            actionDeadline.clear();
            actionPerson.clear();
            actionParty.setInvalid(false);
            actionDescription.setInvalid(false);
            actionDeadline.setInvalid(false);
            FormFeedback.notify(this, getTranslation("action.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("organisation", actionParty, "person", actionPerson, "description",
                    actionDescription, "deadline", actionDeadline), this);
        }
    }

    /** Runs a chair's step and shows a refusal instead of failing. */
    private void act(Runnable step) {
        try {
            step.run();
            refresh();
        } catch (FieldRefusal e) {
            FormFeedback.notify(this, getTranslation(e.messageKey()), NotificationVariant.LUMO_ERROR);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
