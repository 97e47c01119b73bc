package nl.zorgtafel.live.ui;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.live.ItemNote;
import nl.zorgtafel.live.LiveBroker;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.LivePage;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.SystemTasks;

/**
 * The shared screen (a projector in the room): the agenda by case code, the item now being
 * discussed, its decisions and actions by party. No person's name anywhere: no header, no
 * signed-in person, no authors or action persons. Its own address, so a reload keeps it; it
 * follows the session by push like the live page.
 */
@Route(value = "scherm", autoLayout = false)
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
class SharedScreenView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {


    final H1 title = new H1();
    final UnorderedList agenda = new UnorderedList();
    final H2 current = new H2();
    final Div decisions = new Div();
    final Div actions = new Div();

    private final LiveMeetingService live;
    private final LiveSubscription subscription;
    private final CurrentUser currentUser;
    private final boolean leads;
    private long meetingId;

    SharedScreenView(LiveMeetingService live, LiveBroker broker, SystemTasks system, CurrentUser currentUser,
            AccessService access) {
        this.live = live;
        this.currentUser = currentUser;
        this.leads = access.tableAccess().lead();
        this.subscription = new LiveSubscription(broker, system);
        setId("shared-screen");
        addClassName("shared-screen");
        agenda.setId("shared-agenda");
        current.setId("shared-current");
        decisions.setId("shared-decisions");
        actions.setId("shared-actions");
        add(title, agenda, current, decisions, actions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.meetingId = id;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription.start(event.getUI(), meetingId, currentUser.require(), leads, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscription.stop();
    }

    void refresh() {
        LivePage page = live.page(meetingId, null);
        var state = page.state();
        agenda.removeAll();
        decisions.removeAll();
        actions.removeAll();
        if (!state.accepted() || state.agenda() == null) {
            title.setText(getTranslation("shared.title"));
            current.setText(getTranslation("shared.accept-first"));
            return;
        }
        title.setText(getTranslation("shared.title-at", Dates.moment(state.agenda().startsAt())));
        for (MeetingAgenda.Item item : state.agenda().items()) {
            var entry = new ListItem(label(item));
            if (item.id() == (state.currentItemId() == null ? -1 : state.currentItemId())) {
                entry.addClassName("live-current");
                entry.getElement().setAttribute("aria-current", "step");
            }
            agenda.add(entry);
        }
        var shown = page.item();
        current.setText(shown == null ? getTranslation("live.no-item")
                : getTranslation("shared.now", label(shown.item())));
        if (shown == null || !shown.access().see()) {
            return;
        }
        for (ItemNote note : shown.notes()) {
            if (note.kind() == NoteKind.BESLUIT) {
                decisions.add(new Paragraph(getTranslation("live.note.decision-label") + ": " + note.body()));
            }
        }
        for (ActionView action : shown.actions()) {
            actions.add(new Paragraph(action.organisationName() + ": " + action.description() + " — "
                    + getTranslation("action.by", Dates.day(action.deadline())) + " — "
                    + getTranslation("action-status." + action.status())));
        }
    }

    private String label(MeetingAgenda.Item item) {
        return item.caseCode() != null ? item.caseCode()
                : item.title() != null ? item.title() : getTranslation("agenda-block." + item.block());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.title");
    }
}
