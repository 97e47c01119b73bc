package nl.zorgtafel.meeting.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.TabStrip;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.CalendarFeedService;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.meeting.MeetingSummary;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.security.Roles;

/**
 * Zittingen: upcoming and past sessions of the current table (lazy grid). The chair and
 * secretary plan sessions one by one or as a series from the table's rhythm; the chair cancels.
 */
@Route("zittingen")
@Menu(order = 30, title = "nav.zittingen", icon = "vaadin:calendar")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm").withZone(NETHERLANDS);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    final Tabs tabs = TabStrip.repaired(new Tabs(new Tab(), new Tab(), new Tab()));
    final MonthView month;
    final Grid<MeetingSummary> grid = new Grid<>();
    final Button planOne = new Button();
    final Button planSeries = new Button();
    final Button subscribe = new Button();
    final TextField feedAddress = new TextField();
    final SessionDialogs dialogs;
    Dialog dialog;

    private final MeetingService meetings;

    private final CalendarFeedService feeds;

    MeetingsView(MeetingService meetings, CalendarFeedService feeds, AccessService access, CurrentUser currentUser,
            AgendaService agendas, OrganisationService organisations) {
        this.meetings = meetings;
        this.feeds = feeds;
        setSizeFull();
        TableAccess table = access.tableAccess();
        boolean planner = table.lead();
        dialogs = new SessionDialogs(meetings, agendas, planner ? organisations.active() : java.util.List.of(),
                currentUser.require().personId(), table.chair(), () -> grid.getDataProvider().refreshAll());

        tabs.getTabAt(0).setLabel(getTranslation("meeting.upcoming"));
        tabs.getTabAt(1).setLabel(getTranslation("meeting.past"));
        tabs.getTabAt(2).setLabel(getTranslation("meeting.month"));
        tabs.setId("meeting-tabs");
        month = new MonthView(meetings);
        month.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean monthShown = tabs.getSelectedIndex() == 2;
            month.setVisible(monthShown);
            grid.setVisible(!monthShown);
            if (monthShown) {
                month.show(java.time.YearMonth.now(NETHERLANDS));
            } else {
                grid.getDataProvider().refreshAll();
            }
        });

        grid.setId("meetings-grid");
        grid.addColumn(m -> WHEN.withLocale(getLocale()).format(m.startsAt()) + " – " + UNTIL.format(m.endsAt()))
                .setHeader(getTranslation("meeting.when")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("meeting-kind." + m.kind())).setHeader(getTranslation("meeting.kind"));
        grid.addColumn(m -> getTranslation("meeting-status." + m.status())).setHeader(getTranslation("meeting.status"));
        grid.addColumn(m -> m.place() != null ? m.place() : getTranslation("meeting.online"))
                .setHeader(getTranslation("meeting.place")).setFlexGrow(2);
        if (planner) {
            grid.addComponentColumn(this::moveButton).setKey("move");
        }
        if (table.chair()) {
            grid.addComponentColumn(this::cancelButton).setKey("cancel");
        }
        grid.setItems(q -> meetings.find(upcoming(), q.getOffset(), q.getLimit()).stream(),
                q -> meetings.count(upcoming()));
        grid.setEmptyStateText(getTranslation("meeting.empty"));
        grid.addItemClickListener(e -> com.vaadin.flow.component.UI.getCurrent().navigate(AgendaView.class, e.getItem().id()));

        planOne.setText(getTranslation("meeting.plan"));
        planOne.setId("meeting-plan");
        planOne.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planOne.addClickListener(e -> dialogs.openPlan());
        planSeries.setText(getTranslation("meeting.plan-series"));
        planSeries.setId("meeting-plan-series");
        planSeries.addClickListener(e -> dialogs.openSeries());
        var buttons = new HorizontalLayout(planOne, planSeries);
        buttons.setVisible(planner);
        subscribe.setText(getTranslation("feed.button"));
        subscribe.setId("feed-button");
        subscribe.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CALENDAR_USER.create());
        subscribe.addClickListener(e -> openFeedDialog());
        add(new H2(getTranslation("nav.zittingen")), new HorizontalLayout(buttons, subscribe), tabs, grid, month);
    }

    private boolean upcoming() {
        return tabs.getSelectedIndex() != 1;
    }

    /** Moving one session of a series (or changing its place); invitees get an update. */
    private Button moveButton(MeetingSummary meeting) {
        var move = new Button(getTranslation("meeting.move"));
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        move.setVisible(meeting.status() == MeetingStatus.GEPLAND || meeting.status() == MeetingStatus.UITGENODIGD);
        move.addClickListener(e -> dialogs.openChange(meeting));
        return move;
    }

    private Button cancelButton(MeetingSummary meeting) {
        var cancel = new Button(getTranslation("meeting.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(meeting.status() == MeetingStatus.GEPLAND || meeting.status() == MeetingStatus.UITGENODIGD);
        cancel.addClickListener(e -> {
            var confirm = new ConfirmDialog(getTranslation("meeting.cancel"),
                    getTranslation("meeting.cancel.text", WHEN.withLocale(getLocale()).format(meeting.startsAt())),
                    getTranslation("meeting.cancel"), c -> {
                        meetings.cancel(meeting.id(), meeting.version());
                        grid.getDataProvider().refreshAll();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edit.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return cancel;
    }

    private void openFeedDialog() {
        dialog = new Dialog(getTranslation("feed.title"));
        feedAddress.setLabel(getTranslation("feed.address"));
        feedAddress.setId("feed-address");
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setVisible(false);
        var state = new com.vaadin.flow.component.html.Paragraph(getTranslation(
                feeds.hasFeed() ? "feed.active" : "feed.none"));
        var renew = new Button(getTranslation("feed.renew"), e -> {
            feedAddress.setValue(feeds.renew());
            feedAddress.setVisible(true);
            state.setText(getTranslation("feed.shown-once"));
        });
        renew.setId("feed-renew");
        var revoke = new Button(getTranslation("feed.revoke"), e -> {
            feeds.revoke();
            feedAddress.clear();
            feedAddress.setVisible(false);
            state.setText(getTranslation("feed.none"));
        });
        revoke.setId("feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(new com.vaadin.flow.component.html.Paragraph(getTranslation("feed.intro")), state,
                feedAddress));
        dialog.getFooter().add(revoke, renew, new Button(getTranslation("edit.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.zittingen");
    }
}
