package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.MutableClockConfiguration;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * The weekly anomaly report over a real audit log: who opened a case without a part in it, many
 * reads at night, failed sign-ins and refusals, per table for its chair; counts and ids only.
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class AnomalyReportsTest {

    // A week well before "now": entries of other tests (written at the real time) stay outside.
    private static final Instant MONDAY = ZonedDateTime.of(2026, 11, 9, 0, 0, 0, 0, DutchTime.ZONE).toInstant();
    private static final Instant NEXT_MONDAY = ZonedDateTime.of(2026, 11, 16, 0, 0, 0, 0, DutchTime.ZONE).toInstant();

    @Autowired
    AnomalyReports reports;
    @Autowired
    AuditService audit;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    MutableClock clock;
    @Autowired
    SystemTasks system;
    @Autowired
    DSLContext dsl;

    @Test
    void reports_case_views_without_a_part_night_reads_failures_and_refusals_of_one_table() {
        clock.set(Instant.now());
        var s = fixture.create();
        long school = account(s.school());
        long police = account(s.police());
        long chair = account(s.chair());
        var tuesdayMorning = at(10, 10, 0);
        record(tuesdayMorning, AuditKind.CASE_VIEWED, school, s.college(), s.tableId(), s.caseId(), 2);
        record(tuesdayMorning, AuditKind.CASE_VIEWED, police, s.avim(), s.tableId(), s.caseId(), 1);
        record(tuesdayMorning, AuditKind.CASE_VIEWED, chair, 0L, s.tableId(), s.caseId(), 1);
        record(at(14, 23, 0), AuditKind.CASE_VIEWED, police, s.avim(), s.tableId(), s.caseId(), 10);
        record(tuesdayMorning, AuditKind.LOGIN_FAILED, school, s.college(), null, null, 3);
        record(tuesdayMorning, AuditKind.ACCESS_DENIED, school, s.college(), s.tableId(), null, 2);
        record(tuesdayMorning.plusSeconds(7 * 86400), AuditKind.ACCESS_DENIED, school, s.college(), s.tableId(), null, 5);

        var report = system.asAdministrator(() -> reports.build(MONDAY, NEXT_MONDAY, s.tableId()));

        assertThat(report.viewsWithoutPart()).containsExactly(new AnomalyReport.CaseView(school, s.caseId(), 2));
        assertThat(report.outOfHours()).containsExactly(new AnomalyReport.Count(police, 10));
        assertThat(report.failedSignIns()).isEqualTo(3);
        assertThat(report.failedByAccount()).containsExactly(new AnomalyReport.Count(school, 3));
        assertThat(report.refusals()).isEqualTo(2);
        assertThat(report.quiet()).isFalse();
        assertThat(reports.render(report)).contains("account " + school + " opende casus " + s.caseId() + " 2 keer")
                .doesNotContain("School").doesNotContain("Politie");
    }

    @Test
    void night_and_weekend_follow_dutch_time_across_the_switch_to_summer_time() {
        Instant from = ZonedDateTime.of(2027, 3, 26, 0, 0, 0, 0, DutchTime.ZONE).toInstant();
        Instant to = ZonedDateTime.of(2027, 3, 30, 0, 0, 0, 0, DutchTime.ZONE).toInstant();
        List<Instant[]> ranges = AnomalyReports.outOfHours(from, to);
        assertThat(inside(ranges, local(2027, 3, 26, 6, 59))).isTrue();
        assertThat(inside(ranges, local(2027, 3, 26, 7, 0))).isFalse();
        assertThat(inside(ranges, local(2027, 3, 26, 19, 59))).isFalse();
        assertThat(inside(ranges, local(2027, 3, 26, 20, 0))).isTrue();
        assertThat(inside(ranges, local(2027, 3, 28, 12, 0))).isTrue();
        assertThat(inside(ranges, local(2027, 3, 29, 6, 30))).isTrue();
        assertThat(inside(ranges, local(2027, 3, 29, 7, 30))).isFalse();
    }

    @Test
    void the_weekly_mail_goes_to_chairs_and_beheerders_with_counts_only() {
        clock.set(Instant.now());
        var s = fixture.create();
        clock.set(NEXT_MONDAY.plusSeconds(8 * 3600));
        int sent = system.asAdministrator(reports::sendLastWeek);
        assertThat(sent).isPositive();
        var mail = dsl.select(OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.BODY_TEXT).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.RECIPIENT.eq(testData.emailOf(s.chair())))
                .and(OUTBOX_MESSAGE.SUBJECT.contains("afwijkingen")).fetchSingle();
        assertThat(mail.value1()).contains("9-11-2026");
        assertThat(mail.value2()).contains("je tafel").doesNotContain("Voorzitter");
    }

    private void record(Instant when, AuditKind kind, long account, Long organisation, Long table, Long caseId,
            int times) {
        clock.set(when);
        for (int i = 0; i < times; i++) {
            audit.recordFor(kind, account, organisation, table, caseId == null ? null : AuditObject.of("case_file", caseId),
                    "10.0.0.1", null);
        }
    }

    private long account(String username) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, DutchTime.ZONE).toInstant();
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, DutchTime.ZONE).toInstant();
    }

    private static boolean inside(List<Instant[]> ranges, Instant instant) {
        return ranges.stream().anyMatch(r -> !instant.isBefore(r[0]) && instant.isBefore(r[1]));
    }
}
