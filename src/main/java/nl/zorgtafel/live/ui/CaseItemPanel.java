package nl.zorgtafel.live.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.live.ItemNote;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.LivePage;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.security.ItemAccess;

/**
 * A case item as its deelnemers work on it: the question for the table, the deelnemers and
 * whether each gave inbreng, the notes, the actions agreed here (the own organisation's stand
 * out) and the case's earlier ones, and the forms for inbreng and actions. The forms keep what is
 * typed or chosen in them across pushes; text reaches the server as it is typed.
 */
class CaseItemPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);
    private static final ZoneId NETHERLANDS = DutchTime.ZONE;

    private final LiveMeetingService live;
    private final ActionService actions;
    private final LongSupplier itemId;
    private final Runnable refresh;
    private final long ownOrganisation;

    final Paragraph question = new Paragraph();
    final Div deelnemers = new Div();
    final Div notesList = new Div();
    final Select<MeetingAgenda.Participant> noteOrganisation = new Select<>();
    final TextArea noteBody = new TextArea();
    final Button addInbreng = new Button();
    final Button addDecision = new Button();
    final Div actionsList = new Div();
    final Details earlier = new Details();
    final Div earlierList = new Div();
    final ComboBox<MeetingAgenda.Participant> actionParty = new ComboBox<>();
    final ComboBox<ActionService.Colleague> actionPerson = new ComboBox<>();
    final TextArea actionDescription = new TextArea();
    final DatePicker actionDeadline = new LocalDatePicker();
    final Button inOneWeek = new Button();
    final Button inTwoWeeks = new Button();
    final Button beforeNextSession = new Button();
    final Button addAction = new Button();
    private final HorizontalLayout deadlineLine = new HorizontalLayout();
    private final Paragraph noActions = new Paragraph();
    private final ActionRows actionRows;
    private List<MeetingAgenda.Participant> partyChoice = List.of();
    private LocalDate nextSession;
    /** Tells screen readers what happened, through the view's live region. */
    private final Consumer<String> announce;

    CaseItemPanel(LiveMeetingService live, ActionService actions, long ownOrganisation, LongSupplier itemId,
            Runnable refresh, Consumer<String> announce) {
        this.announce = announce;
        this.live = live;
        this.actions = actions;
        this.ownOrganisation = ownOrganisation;
        this.itemId = itemId;
        this.refresh = refresh;
        setId("live-item");
        question.setId("live-question");
        question.addClassName("live-question");
        deelnemers.setId("live-deelnemers");
        notesList.setId("live-notes");
        actionsList.setId("live-actions");
        noActions.setText(getTranslation("action.empty"));
        actionsList.add(noActions);
        actionRows = new ActionRows(actionsList, actions, ownOrganisation, refresh);
        earlier.setSummaryText(getTranslation("live.earlier-actions"));
        earlier.setId("live-earlier-actions");
        earlier.add(earlierList);
        buildNoteForm();
        buildActionForm();
        var noteForm = new VerticalLayout(noteOrganisation, noteBody, new HorizontalLayout(addInbreng, addDecision));
        noteForm.setPadding(false);
        deadlineLine.add(actionDeadline, inOneWeek, inTwoWeeks, beforeNextSession);
        deadlineLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        deadlineLine.setWrap(true);
        var actionForm = new VerticalLayout(new HorizontalLayout(actionParty, actionPerson), actionDescription,
                deadlineLine, addAction);
        actionForm.setPadding(false);
        add(question, deelnemers, notesList, noteForm, new H3(getTranslation("action.title")), actionsList, earlier,
                actionForm);
    }

    private void buildNoteForm() {
        noteOrganisation.setLabel(getTranslation("live.note.organisation"));
        noteOrganisation.setId("live-note-organisation");
        noteOrganisation.setItemLabelGenerator(p -> p == null ? "" : p.name());
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
    }

    private void buildActionForm() {
        actionParty.setLabel(getTranslation("action.party"));
        actionParty.setId("action-party");
        actionParty.setItemLabelGenerator(MeetingAgenda.Participant::name);
        actionParty.addValueChangeListener(e -> actionPerson.setItems(e.getValue() == null
                ? List.of() : actions.peopleFor(itemId.getAsLong(), e.getValue().organisationId())));
        actionPerson.setLabel(getTranslation("action.person"));
        actionPerson.setId("action-person");
        actionPerson.setItemLabelGenerator(ActionService.Colleague::name);
        actionPerson.setClearButtonVisible(true);
        actionDescription.setLabel(getTranslation("action.description"));
        actionDescription.setId("action-description");
        actionDescription.setWidthFull();
        TextLimit.apply(actionDescription, 2000);
        actionDescription.setValueChangeMode(ValueChangeMode.LAZY);
        actionDeadline.setLabel(getTranslation("action.deadline"));
        actionDeadline.setId("action-deadline");
        quick(inOneWeek, "live.deadline.week", "action-deadline-week", () -> actions.today().plusWeeks(1));
        quick(inTwoWeeks, "live.deadline.two-weeks", "action-deadline-two-weeks", () -> actions.today().plusWeeks(2));
        quick(beforeNextSession, "live.deadline.next-session", "action-deadline-next", () -> nextSession);
        addAction.setText(getTranslation("action.add"));
        addAction.setId("action-add");
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction.addClickListener(e -> addAction());
    }

    private void quick(Button button, String key, String id, java.util.function.Supplier<LocalDate> date) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> actionDeadline.setValue(date.get()));
    }

    /** Shows the item; the forms keep their input unless the item's list of parties changed. */
    void show(LivePage.Item shown) {
        ItemAccess may = shown.access();
        var item = shown.item();
        question.setText(shown.question() == null || shown.question().isBlank()
                ? getTranslation("live.question.none") : getTranslation("live.question", shown.question()));
        showDeelnemers(shown);
        var parties = item.participants();
        var own = parties.stream().filter(p -> p.organisationId() == ownOrganisation).toList();
        var noteParties = may.forAnyDeelnemer() ? parties : own;
        if (!noteParties.equals(noteOrganisation.getListDataView().getItems().toList())) {
            noteOrganisation.setItems(noteParties);
        }
        if (noteOrganisation.getValue() == null || !noteParties.contains(noteOrganisation.getValue())) {
            noteOrganisation.setValue(own.isEmpty() ? (noteParties.isEmpty() ? null : noteParties.getFirst())
                    : own.getFirst());
        }
        noteOrganisation.setVisible(may.forAnyDeelnemer());
        // Members record inbreng only; only the chair and secretary record decisions too.
        noteBody.setLabel(getTranslation(may.decide() ? "live.note.body" : "live.note.body-member"));
        addInbreng.setVisible(may.addInbreng());
        addDecision.setVisible(may.decide());
        noteBody.setVisible(may.addInbreng() || may.decide());
        if (!parties.equals(partyChoice)) {
            // Only a changed list of parties resets the choice; a push alone leaves party and person be.
            partyChoice = parties;
            var keepParty = actionParty.getValue();
            actionParty.setItems(parties);
            if (keepParty != null && parties.contains(keepParty)) {
                actionParty.setValue(keepParty);
            }
        }
        var next = shown.nextSession();
        nextSession = next == null ? null : next.atZone(NETHERLANDS).toLocalDate().minusDays(1);
        beforeNextSession.setVisible(nextSession != null && !nextSession.isBefore(actions.today()));
        for (var part : List.of(actionParty, actionPerson)) {
            part.setVisible(may.addAction());
        }
        actionDescription.setVisible(may.addAction());
        deadlineLine.setVisible(may.addAction());
        addAction.setVisible(may.addAction());
        showNotes(shown.notes());
        actionRows.show(shown.actions(), may, item.participants());
        noActions.setVisible(shown.actions().isEmpty());
        earlier.setVisible(!shown.earlierActions().isEmpty());
        earlier.setSummaryText(getTranslation("live.earlier-actions", shown.earlierActions().size()));
        earlierList.removeAll();
        for (ActionView action : shown.earlierActions()) {
            var line = new Paragraph(ActionRows.describe(this, action));
            line.addClassName("live-earlier-action");
            earlierList.add(line);
        }
    }

    private void showDeelnemers(LivePage.Item shown) {
        deelnemers.removeAll();
        deelnemers.add(new Span(getTranslation("live.deelnemers") + " "));
        for (var party : shown.item().participants()) {
            boolean gave = shown.gaveInbreng(party.organisationId());
            var badge = new Span(party.name() + (gave ? " ✓" : ""));
            badge.getElement().getThemeList().add(gave ? "badge success" : "badge contrast");
            badge.getElement().setAttribute("title", getTranslation(gave ? "live.gave-inbreng" : "live.no-inbreng-yet"));
            badge.getElement().setAttribute("aria-label", party.name() + ": "
                    + getTranslation(gave ? "live.gave-inbreng" : "live.no-inbreng-yet"));
            badge.addClassName("live-deelnemer");
            deelnemers.add(badge, new Span(" "));
        }
    }

    private void showNotes(List<ItemNote> notes) {
        notesList.removeAll();
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
    }

    /** The row of one action (for tests and keyboard focus). */
    ActionRows.Row actionRow(long actionId) {
        return actionRows.row(actionId);
    }

    boolean hasUnsavedInput() {
        return !noteBody.isEmpty() || !actionDescription.isEmpty();
    }

    void clearInput() {
        noteBody.clear();
        actionDescription.clear();
    }

    private void addNote(NoteKind kind) {
        try {
            live.addNote(itemId.getAsLong(), kind, noteOrganisation.getValue() == null ? null
                    : noteOrganisation.getValue().organisationId(), noteBody.getValue());
            noteBody.clear();
            noteBody.setInvalid(false);
            refresh.run();
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("body", noteBody, "organisation", noteOrganisation), this);
        }
    }

    private void addAction() {
        try {
            String party = actionParty.getValue() == null ? "" : actionParty.getValue().name();
            actions.add(itemId.getAsLong(), new NewAction(actionParty.getValue() == null ? null
                    : actionParty.getValue().organisationId(), actionPerson.getValue() == null ? null
                    : actionPerson.getValue().personId(), actionDescription.getValue(), actionDeadline.getValue()));
            actionDescription.clear();
            actionDeadline.clear();
            actionPerson.clear();
            actionParty.setInvalid(false);
            actionDescription.setInvalid(false);
            actionDeadline.setInvalid(false);
            FormFeedback.notify(this, getTranslation("action.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh.run();
            announce.accept(getTranslation("live.announce.action-saved", party));
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("organisation", actionParty, "person", actionPerson, "description",
                    actionDescription, "deadline", actionDeadline), this);
        }
    }
}
