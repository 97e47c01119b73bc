package nl.zorgtafel.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nl.zorgtafel.base.time.DutchTime;

/**
 * A reporting period: whole Dutch calendar days from {@code first} to {@code last}, both inclusive.
 * A case counts in the period of its submission date ({@code case_file.submitted_at}).
 */
public record InsightPeriod(Kind kind, LocalDate first, LocalDate last) {

    /** How the period was chosen; custom is any range of days. */
    public enum Kind {
        MONTH, QUARTER, YEAR, CUSTOM
    }

    /** A line over more months than this shows years. */
    private static final int MAX_MONTHS = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    public InsightPeriod {
        if (kind == null || first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A period needs a kind and first <= last");
        }
    }

    public static InsightPeriod month(YearMonth month) {
        return new InsightPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1–4 of a year. */
    public static InsightPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        YearMonth start = YearMonth.of(year, 3 * quarter - 2);
        return new InsightPeriod(Kind.QUARTER, start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }

    public static InsightPeriod year(int year) {
        return new InsightPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static InsightPeriod custom(LocalDate first, LocalDate last) {
        return new InsightPeriod(Kind.CUSTOM, first, last);
    }

    /** The month, quarter or year that holds {@code day}; custom gives that single day. */
    public static InsightPeriod containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case YEAR -> year(day.getYear());
            case CUSTOM -> custom(day, day);
        };
    }

    /** Start of the first day in Europe/Amsterdam (inclusive). */
    public Instant from() {
        return first.atStartOfDay(DutchTime.ZONE).toInstant();
    }

    /** Start of the day after the last day in Europe/Amsterdam (exclusive). */
    public Instant to() {
        return last.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    /**
     * One point of the period's line over time: its label ("2026-03" for a month, "2026" for a year,
     * the same in every language) and the instant it ends (exclusive).
     */
    public record Bucket(String label, Instant end) {
    }

    /** The period's months in order (its years when it spans more than three years); the first and last may be partial. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        boolean byYear = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) >= MAX_MONTHS;
        LocalDate start = first;
        while (!start.isAfter(last)) {
            LocalDate next = byYear ? LocalDate.of(start.getYear() + 1, 1, 1) : YearMonth.from(start).plusMonths(1).atDay(1);
            LocalDate end = next.isAfter(last) ? last.plusDays(1) : next;
            String label = byYear ? Integer.toString(start.getYear()) : YearMonth.from(start).toString();
            buckets.add(new Bucket(label, end.atStartOfDay(DutchTime.ZONE).toInstant()));
            start = end;
        }
        return buckets;
    }

    /** "1-1-2026 t/m 31-3-2026": no personal data, safe for the audit detail and file names. */
    public String describe() {
        return DAY.format(first) + " t/m " + DAY.format(last);
    }
}
