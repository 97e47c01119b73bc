package nl.zorgtafel.meeting.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.meeting.MeetingSummary;

/**
 * A month calendar of the table's sessions, built from core components as an HTML table (so
 * screen readers announce days and weeks), with previous and next month buttons.
 */
class MonthView extends Div {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    final Span monthLabel = new Span();
    /** Rebuilt for every month shown (a native table keeps caption and head in fixed places). */
    NativeTable table = new NativeTable();
    private final MeetingService meetings;
    private YearMonth month = YearMonth.now(NETHERLANDS);

    MonthView(MeetingService meetings) {
        this.meetings = meetings;
        setId("month-view");
        addClassName("month-view");
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("month.previous"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(month.plusMonths(1)));
        next.setAriaLabel(getTranslation("month.next"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        monthLabel.setId("month-label");
        monthLabel.addClassName("month-label");
        var header = new HorizontalLayout(previous, monthLabel, next);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, table);
        show(month);
    }

    void show(YearMonth shown) {
        this.month = shown;
        String name = shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + shown.getYear();
        monthLabel.setText(name);
        var fresh = new NativeTable();
        replace(table, fresh);
        table = fresh;
        table.setCaptionText(getTranslation("month.caption", name));
        Map<LocalDate, List<MeetingSummary>> byDay = meetings.inMonth(shown).stream()
                .collect(Collectors.groupingBy(m -> m.startsAt().atZone(NETHERLANDS).toLocalDate()));
        NativeTableRow head = table.getHead().addRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            head.addHeaderCell().setText(day.getDisplayName(TextStyle.SHORT, getLocale()));
        }
        var body = table.addBody();
        LocalDate day = shown.atDay(1).minusDays(shown.atDay(1).getDayOfWeek().getValue() - 1L);
        while (!day.isAfter(shown.atEndOfMonth())) {
            NativeTableRow week = body.addRow();
            for (int i = 0; i < 7; i++) {
                var cell = week.addDataCell();
                cell.addClassName(day.getMonth() == shown.getMonth() ? "in-month" : "other-month");
                cell.add(new Span(Integer.toString(day.getDayOfMonth())));
                for (MeetingSummary meeting : byDay.getOrDefault(day, List.of())) {
                    var link = new com.vaadin.flow.router.RouterLink(TIME.format(meeting.startsAt()) + " "
                            + getTranslation("meeting-kind." + meeting.kind()), AgendaView.class, meeting.id());
                    if (meeting.status() == MeetingStatus.GEANNULEERD) {
                        link.addClassName("cancelled");
                        link.setText(link.getText() + " (" + getTranslation("meeting-status.GEANNULEERD") + ")");
                    }
                    cell.add(new Div(link));
                }
                day = day.plusDays(1);
            }
        }
    }
}
