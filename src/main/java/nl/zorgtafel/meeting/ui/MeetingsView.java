package nl.zorgtafel.meeting.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.TabStrip;
import nl.zorgtafel.meeting.Colleague;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.meeting.CalendarFeedService;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.meeting.MeetingSummary;
import nl.zorgtafel.security.CurrentUser;
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
    private static final DateTimeFormatter SKIP_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    final Tabs tabs = TabStrip.repaired(new Tabs(new Tab(), new Tab(), new Tab()));
    final MonthView month;
    final Grid<MeetingSummary> grid = new Grid<>();
    final Button planOne = new Button();
    final Button planSeries = new Button();
    final Button subscribe = new Button();
    final TextField feedAddress = new TextField();
    Dialog dialog;
    final Select<MeetingKind> kind = new Select<>();
    final DatePicker date = new LocalDatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final ComboBox<Colleague> chair = new ComboBox<>();
    final ComboBox<Colleague> secretary = new ComboBox<>();
    final DatePicker seriesFrom = new LocalDatePicker();
    final IntegerField seriesCount = new IntegerField();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<LocalDate> seriesSkip =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();

    private final MeetingService meetings;

    private final CalendarFeedService feeds;

    private final CurrentUser currentUser;
    private final boolean chairs;

    MeetingsView(MeetingService meetings, CalendarFeedService feeds, AccessService access, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.chairs = access.tableAccess().chair();
        this.meetings = meetings;
        this.feeds = feeds;
        setSizeFull();
        TableAccess table = access.tableAccess();
        boolean planner = table.lead();

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
        planOne.addClickListener(e -> openPlanDialog());
        planSeries.setText(getTranslation("meeting.plan-series"));
        planSeries.setId("meeting-plan-series");
        planSeries.addClickListener(e -> openSeriesDialog());
        if (planner) {
            seriesFrom.addValueChangeListener(e -> offerSkipDates());
            seriesCount.addValueChangeListener(e -> offerSkipDates());
        }
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
        move.addClickListener(e -> {
            kind.setItems(MeetingKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("meeting-kind." + k));
            kind.setLabel(getTranslation("meeting.kind"));
            kind.setValue(meeting.kind());
            var start = meeting.startsAt().atZone(NETHERLANDS);
            date.setLabel(getTranslation("meeting.date"));
            date.setValue(start.toLocalDate());
            this.start.setLabel(getTranslation("meeting.start"));
            this.start.setValue(start.toLocalTime());
            end.setLabel(getTranslation("meeting.end"));
            end.setValue(meeting.endsAt().atZone(NETHERLANDS).toLocalTime());
            place.setLabel(getTranslation("meeting.place"));
            place.setValue(meeting.place() == null ? "" : meeting.place());
            videoLink.setLabel(getTranslation("meeting.video-link"));
            videoLink.setValue(meeting.videoLink() == null ? "" : meeting.videoLink());
            setUpLeads(meeting.chairPersonId(), meeting.secretaryPersonId());
            open("meeting.move", new FormLayout(kind, date, this.start, end, place, videoLink, chair, secretary),
                    () -> meetings.change(new MeetingPlan(meeting.id(), meeting.version(), kind.getValue(),
                            date.getValue(), this.start.getValue(), end.getValue(), place.getValue(),
                            videoLink.getValue(), personId(chair), personId(secretary))));
        });
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

    private void openPlanDialog() {
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setId("meeting-kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting-kind." + k));
        kind.setValue(MeetingKind.EXTRA);
        date.setLabel(getTranslation("meeting.date"));
        date.setId("meeting-date");
        date.setMin(LocalDate.now());
        start.setLabel(getTranslation("meeting.start"));
        start.setId("meeting-start");
        start.setValue(LocalTime.of(13, 0));
        end.setLabel(getTranslation("meeting.end"));
        end.setId("meeting-end");
        end.setValue(LocalTime.of(15, 0));
        place.setLabel(getTranslation("meeting.place"));
        place.setId("meeting-place");
        place.setMaxLength(300);
        videoLink.setLabel(getTranslation("meeting.video-link"));
        videoLink.setId("meeting-video-link");
        videoLink.setMaxLength(500);
        videoLink.setPlaceholder("https://");
        offerUsualVenue();
        setUpPlanner();
        open("meeting.plan", new FormLayout(kind, date, start, end, place, videoLink, chair, secretary),
                () -> meetings.plan(new MeetingPlan(null, 0, kind.getValue(), date.getValue(), start.getValue(),
                        end.getValue(), place.getValue(), videoLink.getValue(), personId(chair), personId(secretary))));
    }

    private void openSeriesDialog() {
        seriesFrom.setLabel(getTranslation("meeting.series-from"));
        seriesFrom.setId("series-from");
        seriesFrom.setValue(LocalDate.now().plusDays(1));
        seriesCount.setLabel(getTranslation("meeting.series-count"));
        seriesCount.setId("series-count");
        seriesCount.setValue(6);
        seriesCount.setMin(1);
        seriesCount.setMax(26);
        seriesSkip.setLabel(getTranslation("meeting.series-skip"));
        seriesSkip.setId("series-skip");
        seriesSkip.setHelperText(getTranslation("meeting.series-skip-help"));
        seriesSkip.setItemLabelGenerator(d -> SKIP_DATE.withLocale(getLocale()).format(d));
        offerSkipDates();
        place.setLabel(getTranslation("meeting.place"));
        place.setId("meeting-place");
        videoLink.setLabel(getTranslation("meeting.video-link"));
        videoLink.setId("meeting-video-link");
        offerUsualVenue();
        setUpPlanner();
        open("meeting.plan-series", new FormLayout(seriesFrom, seriesCount, seriesSkip, place, videoLink, chair,
                        secretary),
                () -> meetings.planSeries(seriesFrom.getValue(), seriesCount.getValue() == null ? 0
                        : seriesCount.getValue(), seriesSkip.getValue(),
                new MeetingPlan(null, 0, MeetingKind.REGULIER, null, null, null, place.getValue(), videoLink.getValue(),
                        personId(chair), personId(secretary))));
    }

    /** A new session or series starts at the table's usual place, which the planner can change. */
    private void offerUsualVenue() {
        var usual = meetings.usualVenue();
        place.setValue(usual.place() == null ? "" : usual.place());
        videoLink.setValue(usual.videoLink() == null ? "" : usual.videoLink());
    }

    /** The person planning leads the new session in their own role at the table. */
    private void setUpPlanner() {
        long me = currentUser.require().personId();
        setUpLeads(chairs ? me : null, chairs ? null : me);
    }

    /** Chair and secretary: the table's leads; a new session is led by whoever plans it, unless changed. */
    private void setUpLeads(Long chairId, Long secretaryId) {
        var leads = meetings.leads();
        chair.setLabel(getTranslation("meeting.chair"));
        chair.setId("meeting-chair");
        chair.setItems(leads);
        chair.setItemLabelGenerator(Colleague::name);
        chair.setClearButtonVisible(true);
        chair.setValue(leads.stream().filter(l -> Long.valueOf(l.personId()).equals(chairId)).findFirst().orElse(null));
        secretary.setLabel(getTranslation("meeting.secretary"));
        secretary.setId("meeting-secretary");
        secretary.setItems(leads);
        secretary.setItemLabelGenerator(Colleague::name);
        secretary.setClearButtonVisible(true);
        secretary.setValue(leads.stream().filter(l -> Long.valueOf(l.personId()).equals(secretaryId)).findFirst()
                .orElse(null));
    }

    private static Long personId(ComboBox<Colleague> field) {
        return field.getValue() == null ? null : field.getValue().personId();
    }

    /** The rhythm's dates for the chosen start and count, to tick the ones to skip. */
    private void offerSkipDates() {
        var keep = Set.copyOf(seriesSkip.getValue());
        var dates = meetings.rhythmDates(seriesFrom.getValue(), seriesCount.getValue() == null ? 0 : seriesCount.getValue());
        seriesSkip.setItems(dates);
        seriesSkip.setValue(dates.stream().filter(keep::contains).collect(java.util.stream.Collectors.toSet()));
    }

    private void open(String titleKey, FormLayout form, Runnable save) {
        dialog = new Dialog(getTranslation(titleKey));
        dialog.add(form);
        var saveButton = new Button(getTranslation("edit.save"));
        saveButton.setId("meeting-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(e -> FormFeedback.save(save, dialog, fields(), () -> grid.getDataProvider().refreshAll()));
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("kind", kind), Map.entry("date", date), Map.entry("start", start),
                Map.entry("end", end), Map.entry("place", place), Map.entry("videoLink", videoLink),
                Map.entry("from", seriesFrom), Map.entry("count", seriesCount), Map.entry("rhythm", seriesFrom),
                Map.entry("skip", seriesSkip), Map.entry("chair", chair), Map.entry("secretary", secretary));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.zittingen");
    }
}
