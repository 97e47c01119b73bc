package nl.zorgtafel.live.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.live.AttendanceService;
import nl.zorgtafel.live.LiveBroker;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.LivePage;
import nl.zorgtafel.live.LiveState;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * The session live: first the confidentiality statement to accept, then the item everyone is at
 * (for a case item's deelnemers its question, inbreng, decisions and actions) with the agenda,
 * its clock and attendance beside it. Changes by others arrive by server push, read as one
 * {@link LivePage}; each panel updates in place, so what someone is typing is never replaced.
 */
@Route("live")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
public class LiveMeetingView extends VerticalLayout implements SharedPages.LiveMeeting, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm")
            .withZone(DutchTime.ZONE);

    private final LiveMeetingService live;
    private final ActionService actions;
    private final AttendanceService attendance;
    private final ZorgtafelUser user;

    final H2 title = new H2();
    final Span status = new Span();
    final Div statementPanel = new Div();
    final Paragraph statement = new Paragraph();
    final Button accept = new Button();
    final Div sessionPanel = new Div();
    final Button start = new Button();
    final Button next = new Button();
    final Span nextShortcut = new Span();
    final Button end = new Button();
    final Anchor sharedScreen = new Anchor();
    final Button minutesLink = new Button();
    final Div movedNotice = new Div();
    /** Read out by screen readers when the chair moves on; invisible on screen (the agenda shows it). */
    final Div announcer = new Div();
    private Long announcedItemId;
    private boolean announcing;
    final H3 itemTitle = new H3();
    final CaseItemPanel item;
    final ReviewPanel reviewList;
    final AgendaPanel agenda;
    final AttendancePanel attendanceList;
    final AttendanceBlock attendanceBlock;

    long meetingId;
    private LiveState state;
    private LivePage.Item shown;
    private Long shownItemId;
    private final LiveSubscription subscription;
    /** How often this UI fetched the session (tests check that pushes reach only whom they concern). */
    int refreshes;
    private String pageTitle = "";

    LiveMeetingView(LiveMeetingService live, ActionService actions, AttendanceService attendance, LiveBroker broker,
            SystemTasks system, CurrentUser currentUser) {
        this.live = live;
        this.actions = actions;
        this.attendance = attendance;
        this.user = currentUser.require();
        this.subscription = new LiveSubscription(broker, system);
        this.item = new CaseItemPanel(live, actions, user.organisationId(), () -> shownItemId, this::refresh,
                this::announce);
        this.reviewList = new ReviewPanel(this::review);
        this.agenda = new AgendaPanel(itemId -> act(() -> live.goTo(meetingId, itemId)));
        this.attendanceBlock = new AttendanceBlock(attendance, () -> meetingId, this::act, this::refresh,
                this::openAddAttendee);
        this.attendanceList = attendanceBlock.list;
        setMaxWidth("90rem");
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
        subscription.start(ui, meetingId, user, state != null && state.leads(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.stop();
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
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.PAGE_DOWN);
        next.getElement().setAttribute("aria-keyshortcuts", "PageDown");
        next.addClickListener(e -> act(() -> live.next(meetingId)));
        nextShortcut.setText(getTranslation("live.next-shortcut"));
        nextShortcut.setId("live-next-shortcut");
        nextShortcut.addClassName("live-shortcut");
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
        announcer.setId("live-announcer");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        movedNotice.setId("live-moved");
        movedNotice.setVisible(false);
        itemTitle.setId("live-item-title");
        minutesLink.setText(getTranslation("live.minutes"));
        minutesLink.setId("live-minutes");
        minutesLink.addClickListener(e -> getUI().ifPresent(
                ui -> SharedPages.navigate(ui, SharedPages.Minutes.class, meetingId)));
        var toolbar = new HorizontalLayout(start, next, nextShortcut, end, minutesLink, sharedScreen);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        var main = new Div(announcer, movedNotice, itemTitle, item, reviewList);
        main.addClassName("live-main");
        var side = new Div(agenda, attendanceBlock);
        side.addClassName("live-side");
        var columns = new Div(main, side);
        columns.addClassName("live-columns");
        sessionPanel.add(toolbar, columns);
    }

    /** Fetches what this person may see now and shows it; typed input stays where it is. */
    void refresh() {
        refreshes++;
        // Someone typing stays with the item the text is for, even when the chair moved on.
        Long lookingAt = shownItemId != null && item.hasUnsavedInput() ? shownItemId : null;
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
        start.setVisible(chair && !state.live() && state.status() != MeetingStatus.AFGEROND
                && state.status() != MeetingStatus.VERSLAG_DEFINITIEF);
        next.setVisible(state.leads() && state.live());
        nextShortcut.setVisible(next.isVisible());
        end.setVisible(chair && state.live());
        minutesLink.setVisible(state.status() == MeetingStatus.AFGEROND || state.status() == MeetingStatus.VERSLAG_DEFINITIEF);
        announceMove();
        shownItemId = shown == null ? null : shown.item().id();
        if (shownItemId != null && !Objects.equals(shownItemId, state.currentItemId())) {
            showMovedNotice();
        } else {
            movedNotice.setVisible(false);
        }
        agenda.show(state);
        showItem();
        attendanceBlock.show(state);
    }

    /** "De voorzitter is naar agendapunt 3 gegaan": only on a change, not when the page first shows. */
    private void announceMove() {
        Long current = state.currentItemId();
        if (announcing && current != null && !current.equals(announcedItemId) && state.agenda() != null) {
            var items = state.agenda().items();
            int number = 0;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == current) {
                    number = i + 1;
                }
            }
            announce(number == 0 ? getTranslation("live.announce.moved-other")
                    : getTranslation("live.announce.moved", number, agenda.label(items.get(number - 1))));
        }
        announcedItemId = current;
        announcing = true;
    }

    /** A new node each time, so a screen reader also speaks a message equal to the previous one. */
    private void announce(String message) {
        announcer.removeAll();
        announcer.add(new Span(message));
    }

    private void showMovedNotice() {
        movedNotice.removeAll();
        var go = new Button(getTranslation("live.moved.follow"), e -> {
            item.clearInput();
            shownItemId = null;
            refresh();
        });
        movedNotice.add(new Span(getTranslation("live.moved")), go);
        movedNotice.getElement().getThemeList().add("badge");
        movedNotice.getElement().setAttribute("role", "status");
        movedNotice.setVisible(true);
    }

    private void showItem() {
        MeetingAgenda.Item current = shown == null ? null : shown.item();
        itemTitle.setText(current != null ? agenda.label(current)
                : getTranslation(state.currentItemId() == null ? "live.no-item" : "live.hidden-item"));
        boolean see = current != null && shown.access().see();
        item.setVisible(see && current.caseFileId() != null);
        reviewList.setVisible(see && current.block() == AgendaBlock.REVIEW_ACTIONS && !state.observer());
        if (current != null && current.block() == AgendaBlock.OPENING) {
            itemTitle.setText(agenda.label(current) + ": " + state.statement());
        }
        if (item.isVisible()) {
            item.show(shown);
        }
        if (reviewList.isVisible()) {
            reviewList.show(meetingId, shown.review(), state.leads());
        }
    }

    private void openAddAttendee() {
        var organisations = state.agenda().items().stream().flatMap(i -> i.participants().stream()).distinct()
                .sorted(java.util.Comparator.comparing(MeetingAgenda.Participant::name)).toList();
        new AddAttendeeDialog(attendance, meetingId, organisations, state.statement(), this::refresh).open();
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
