package nl.zorgtafel.meeting.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.Colleague;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.meeting.MeetingSummary;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * The dialogs that plan a session, plan a series and change a session: time, place (the table's
 * usual one offered), chair and secretary among the table's leads, and the organisations and
 * people invited beyond the table's members. Every refusal shows at once on its field; what
 * was typed stays until it is saved.
 */
class SessionDialogs extends Composite<Div> {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter SKIP_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    Dialog dialog;
    final Select<MeetingKind> kind = new Select<>();
    final DatePicker date = new LocalDatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final ComboBox<Colleague> chair = new ComboBox<>();
    final ComboBox<Colleague> secretary = new ComboBox<>();
    final MultiSelectComboBox<OrganisationSummary> invitedOrganisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MeetingAgenda.ItemPerson> invitedPeople = new MultiSelectComboBox<>();
    final DatePicker seriesFrom = new LocalDatePicker();
    final IntegerField seriesCount = new IntegerField();
    final MultiSelectComboBox<LocalDate> seriesSkip = new MultiSelectComboBox<>();

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final List<OrganisationSummary> organisations;
    private final long me;
    private final boolean chairs;
    private final Runnable afterSave;

    SessionDialogs(MeetingService meetings, AgendaService agendas, List<OrganisationSummary> organisations, long me,
            boolean chairs, Runnable afterSave) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.organisations = organisations;
        this.me = me;
        this.chairs = chairs;
        this.afterSave = afterSave;
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setId("meeting-kind");
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting-kind." + k));
        date.setLabel(getTranslation("meeting.date"));
        date.setId("meeting-date");
        start.setLabel(getTranslation("meeting.start"));
        start.setId("meeting-start");
        end.setLabel(getTranslation("meeting.end"));
        end.setId("meeting-end");
        place.setLabel(getTranslation("meeting.place"));
        place.setId("meeting-place");
        place.setMaxLength(300);
        videoLink.setLabel(getTranslation("meeting.video-link"));
        videoLink.setId("meeting-video-link");
        videoLink.setMaxLength(500);
        videoLink.setPlaceholder("https://");
        chair.setLabel(getTranslation("meeting.chair"));
        chair.setId("meeting-chair");
        chair.setItemLabelGenerator(Colleague::name);
        chair.setClearButtonVisible(true);
        secretary.setLabel(getTranslation("meeting.secretary"));
        secretary.setId("meeting-secretary");
        secretary.setItemLabelGenerator(Colleague::name);
        secretary.setClearButtonVisible(true);
        invitedOrganisations.setLabel(getTranslation("meeting.invited-organisations"));
        invitedOrganisations.setId("meeting-invited-organisations");
        invitedOrganisations.setItemLabelGenerator(OrganisationSummary::name);
        invitedOrganisations.setHelperText(getTranslation("meeting.invited-organisations.help"));
        invitedPeople.setLabel(getTranslation("meeting.invited-people"));
        invitedPeople.setId("meeting-invited-people");
        invitedPeople.setItemLabelGenerator(MeetingAgenda.ItemPerson::name);
        invitedPeople.setHelperText(getTranslation("meeting.invited-people.help"));
        seriesFrom.setLabel(getTranslation("meeting.series-from"));
        seriesFrom.setId("series-from");
        seriesCount.setLabel(getTranslation("meeting.series-count"));
        seriesCount.setId("series-count");
        seriesCount.setMin(1);
        seriesCount.setMax(26);
        seriesSkip.setLabel(getTranslation("meeting.series-skip"));
        seriesSkip.setId("series-skip");
        seriesSkip.setHelperText(getTranslation("meeting.series-skip-help"));
        seriesSkip.setItemLabelGenerator(d -> SKIP_DATE.withLocale(getLocale()).format(d));
        seriesFrom.addValueChangeListener(e -> offerSkipDates());
        seriesCount.addValueChangeListener(e -> offerSkipDates());
    }

    void openPlan() {
        kind.setValue(MeetingKind.EXTRA);
        date.setMin(LocalDate.now(NETHERLANDS));
        date.clear();
        start.setValue(LocalTime.of(13, 0));
        end.setValue(LocalTime.of(15, 0));
        offerUsualVenue();
        setUpPeople(chairs ? me : null, chairs ? null : me, Set.of(), Set.of());
        open("meeting.plan", new FormLayout(kind, date, start, end, place, videoLink, chair, secretary,
                invitedOrganisations, invitedPeople), () -> meetings.plan(plan(null, 0, kind.getValue(),
                date.getValue(), start.getValue(), end.getValue())));
    }

    void openSeries() {
        seriesFrom.setValue(LocalDate.now(NETHERLANDS).plusDays(1));
        seriesCount.setValue(6);
        seriesSkip.clear();
        offerSkipDates();
        offerUsualVenue();
        setUpPeople(chairs ? me : null, chairs ? null : me, Set.of(), Set.of());
        open("meeting.plan-series", new FormLayout(seriesFrom, seriesCount, seriesSkip, place, videoLink, chair,
                secretary, invitedOrganisations, invitedPeople), () -> meetings.planSeries(seriesFrom.getValue(),
                seriesCount.getValue() == null ? 0 : seriesCount.getValue(), seriesSkip.getValue(),
                plan(null, 0, MeetingKind.REGULIER, null, null, null)));
    }

    /** Moving one session of a series, or changing its place or people; invitees get an update. */
    void openChange(MeetingSummary meeting) {
        kind.setValue(meeting.kind());
        var starts = meeting.startsAt().atZone(NETHERLANDS);
        date.setMin(null);
        date.setValue(starts.toLocalDate());
        start.setValue(starts.toLocalTime());
        end.setValue(meeting.endsAt().atZone(NETHERLANDS).toLocalTime());
        place.setValue(meeting.place() == null ? "" : meeting.place());
        videoLink.setValue(meeting.videoLink() == null ? "" : meeting.videoLink());
        var invited = meetings.invited(meeting.id());
        setUpPeople(meeting.chairPersonId(), meeting.secretaryPersonId(), invited.organisationIds(),
                invited.personIds());
        open("meeting.move", new FormLayout(kind, date, start, end, place, videoLink, chair, secretary,
                invitedOrganisations, invitedPeople), () -> meetings.change(plan(meeting.id(), meeting.version(),
                kind.getValue(), date.getValue(), start.getValue(), end.getValue())));
    }

    private MeetingPlan plan(Long id, int version, MeetingKind planKind, LocalDate day, LocalTime from, LocalTime until) {
        return new MeetingPlan(id, version, planKind, day, from, until, place.getValue(), videoLink.getValue(),
                chair.getValue() == null ? null : chair.getValue().personId(),
                secretary.getValue() == null ? null : secretary.getValue().personId(),
                invitedOrganisations.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet()),
                invitedPeople.getValue().stream().map(MeetingAgenda.ItemPerson::personId).collect(Collectors.toSet()));
    }

    /** A new session or series starts at the table's usual place, which the planner can change. */
    private void offerUsualVenue() {
        var usual = meetings.usualVenue();
        place.setValue(usual.place() == null ? "" : usual.place());
        videoLink.setValue(usual.videoLink() == null ? "" : usual.videoLink());
    }

    /** Chair and secretary among the table's leads; invited organisations and any active partner's people. */
    private void setUpPeople(Long chairId, Long secretaryId, Set<Long> organisationIds, Set<Long> personIds) {
        var leads = meetings.leads();
        chair.setItems(leads);
        chair.setValue(leads.stream().filter(l -> Long.valueOf(l.personId()).equals(chairId)).findFirst().orElse(null));
        secretary.setItems(leads);
        secretary.setValue(leads.stream().filter(l -> Long.valueOf(l.personId()).equals(secretaryId)).findFirst()
                .orElse(null));
        invitedOrganisations.setItems(organisations);
        invitedOrganisations.setValue(organisations.stream().filter(o -> organisationIds.contains(o.id()))
                .collect(Collectors.toSet()));
        var people = agendas.peopleOf(organisations.stream().map(OrganisationSummary::id).collect(Collectors.toSet()));
        invitedPeople.setItems(people);
        invitedPeople.setValue(people.stream().filter(p -> personIds.contains(p.personId())).collect(Collectors.toSet()));
    }

    /** The rhythm's dates for the chosen start and count, to tick the ones to skip. */
    private void offerSkipDates() {
        var keep = Set.copyOf(seriesSkip.getValue());
        var dates = meetings.rhythmDates(seriesFrom.getValue(), seriesCount.getValue() == null ? 0 : seriesCount.getValue());
        seriesSkip.setItems(dates);
        seriesSkip.setValue(dates.stream().filter(keep::contains).collect(Collectors.toSet()));
    }

    private void open(String titleKey, FormLayout form, Runnable save) {
        // A new opening starts clean: no refusal of an earlier, cancelled attempt is left on a field.
        fields().values().forEach(field -> field.setInvalid(false));
        dialog = new Dialog(getTranslation(titleKey));
        dialog.add(form);
        var saveButton = new Button(getTranslation("edit.save"));
        saveButton.setId("meeting-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(e -> FormFeedback.save(save, dialog, fields(), afterSave));
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("kind", kind), Map.entry("date", date), Map.entry("start", start),
                Map.entry("end", end), Map.entry("place", place), Map.entry("videoLink", videoLink),
                Map.entry("from", seriesFrom), Map.entry("count", seriesCount), Map.entry("rhythm", seriesFrom),
                Map.entry("skip", seriesSkip), Map.entry("chair", chair), Map.entry("secretary", secretary),
                Map.entry("invitedOrganisations", invitedOrganisations), Map.entry("invitedPeople", invitedPeople));
    }
}
