package nl.zorgtafel.audit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.Roles;

/**
 * The weekly anomaly report from the audit log, for each table's chair (their table) and the
 * Beheerders (the installation): failed sign-ins, refusals, case files opened without a part in
 * them, and many reads outside office hours (before 7:00, after 20:00, weekends, Dutch time).
 */
@Service
public class AnomalyReports {

    static final int TOP = 10;
    static final int OUT_OF_HOURS_THRESHOLD = 10;
    private static final LocalTime OFFICE_OPENS = LocalTime.of(7, 0);
    private static final LocalTime OFFICE_CLOSES = LocalTime.of(20, 0);
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    private final AnomalyRepository repository;
    private final OutboxService outbox;
    private final Translations translations;
    private final AuditService audit;
    private final Clock clock;

    AnomalyReports(AnomalyRepository repository, OutboxService outbox, Translations translations, AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report over {@code [from, to)} for one table, or the installation when {@code tableId} is null. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public AnomalyReport build(Instant from, Instant to, Long tableId) {
        var failed = repository.failedSignIns(from, to, tableId);
        return new AnomalyReport(from, to, tableId, failed.entries(), failed.accounts(), failed.addresses(),
                repository.byAccount(AuditKind.LOGIN_FAILED, from, to, tableId, TOP),
                repository.total(AuditKind.ACCESS_DENIED, from, to, tableId),
                repository.byAccount(AuditKind.ACCESS_DENIED, from, to, tableId, TOP),
                repository.viewsWithoutPart(from, to, tableId),
                repository.readsWithin(outOfHours(from, to), tableId, OUT_OF_HOURS_THRESHOLD));
    }

    /** Mails last week's report (Monday to Monday, Dutch time) to every chair and Beheerder. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public int sendLastWeek() {
        LocalDate monday = LocalDate.now(clock.withZone(DutchTime.ZONE)).with(DayOfWeek.MONDAY);
        Instant to = monday.atStartOfDay(DutchTime.ZONE).toInstant();
        Instant from = monday.minusWeeks(1).atStartOfDay(DutchTime.ZONE).toInstant();
        int sent = 0;
        for (var recipient : repository.recipients()) {
            var report = build(from, to, recipient.tableId());
            outbox.enqueue(new OutgoingMail(recipient.email(), text("anomaly.subject",
                    monday.minusWeeks(1).format(DATE)), render(report), null, null, null));
            sent++;
        }
        audit.record(AuditKind.EXPORTED, AuditObject.of("anomaly_report", from.getEpochSecond()), "mails=" + sent);
        return sent;
    }

    /** Plain text: counts and ids, one line each, with what to do. */
    String render(AnomalyReport report) {
        var lines = new ArrayList<String>();
        lines.add(text(report.tableId() == null ? "anomaly.intro.installation" : "anomaly.intro.table",
                DATE.format(report.from().atZone(DutchTime.ZONE)),
                DATE.format(report.to().minusSeconds(1).atZone(DutchTime.ZONE))));
        lines.add("");
        lines.add(text("anomaly.failed", report.failedSignIns(), report.failedSignInAccounts(),
                report.failedSignInAddresses()) + counts(report.failedByAccount()));
        lines.add(text("anomaly.refusals", report.refusals()) + counts(report.refusalsByAccount()));
        lines.add(text("anomaly.without-part", report.viewsWithoutPart().size()) + report.viewsWithoutPart().stream()
                .map(v -> " " + text("anomaly.case-view", v.accountId(), v.caseId(), v.count()))
                .collect(Collectors.joining(";")));
        lines.add(text("anomaly.out-of-hours", report.outOfHours().size()) + counts(report.outOfHours()));
        lines.add("");
        lines.add(text(report.quiet() ? "anomaly.quiet" : "anomaly.advice"));
        return String.join("\n", lines);
    }

    private String counts(List<AnomalyReport.Count> counts) {
        return counts.stream().map(c -> " " + text("anomaly.account-count", c.accountId(), c.count()))
                .collect(Collectors.joining(";"));
    }

    /** Night and weekend hours in [from, to) as UTC ranges, right across the switches to and from summer time. */
    static List<Instant[]> outOfHours(Instant from, Instant to) {
        List<Instant[]> ranges = new ArrayList<>();
        LocalDate day = from.atZone(DutchTime.ZONE).toLocalDate();
        LocalDate last = to.atZone(DutchTime.ZONE).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime start = day.atStartOfDay(DutchTime.ZONE);
            ZonedDateTime end = day.plusDays(1).atStartOfDay(DutchTime.ZONE);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend) {
                add(ranges, start.toInstant(), end.toInstant(), from, to);
            } else {
                add(ranges, start.toInstant(), day.atTime(OFFICE_OPENS).atZone(DutchTime.ZONE).toInstant(), from, to);
                add(ranges, day.atTime(OFFICE_CLOSES).atZone(DutchTime.ZONE).toInstant(), end.toInstant(), from, to);
            }
        }
        return ranges;
    }

    private static void add(List<Instant[]> ranges, Instant start, Instant end, Instant from, Instant to) {
        Instant clippedStart = start.isBefore(from) ? from : start;
        Instant clippedEnd = end.isAfter(to) ? to : end;
        if (!clippedStart.isBefore(clippedEnd)) {
            return;
        }
        if (!ranges.isEmpty() && !ranges.get(ranges.size() - 1)[1].isBefore(clippedStart)) {
            ranges.get(ranges.size() - 1)[1] = clippedEnd;
        } else {
            ranges.add(new Instant[] {clippedStart, clippedEnd});
        }
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
