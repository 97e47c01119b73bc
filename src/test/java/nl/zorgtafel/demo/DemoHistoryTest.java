package nl.zorgtafel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.insight.Breakdown;
import nl.zorgtafel.insight.Insight;
import nl.zorgtafel.insight.InsightPeriod;
import nl.zorgtafel.insight.InsightService;
import nl.zorgtafel.insight.LeadTime;
import nl.zorgtafel.insight.SmallCells;
import nl.zorgtafel.testsupport.KaribuTest;

/** The demo's two years of history give Inzicht something to show, with small cells for the Beheerder. */
@ActiveProfiles("demo")
class DemoHistoryTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);
    private static final InsightPeriod LAST_YEAR = InsightPeriod.custom(TODAY.minusYears(1).plusDays(1), TODAY);

    private Insight insight(String username, InsightPeriod period) {
        login(username);
        return context.getBean(InsightService.class).insight(period);
    }

    private static long filled(Breakdown breakdown) {
        return breakdown.rows().stream().filter(r -> r.count() > 0).count();
    }

    @Test
    void the_chairs_last_year_has_cases_in_several_categories_of_every_breakdown() {
        Insight year = insight("voorzitter", LAST_YEAR);

        assertThat(year.cases()).isBetween(40L, 120L);
        assertThat(filled(year.breakdown("insight.by.exploitation"))).isEqualTo(5);
        assertThat(filled(year.breakdown("insight.by.age-band"))).isGreaterThanOrEqualTo(3);
        assertThat(filled(year.breakdown("insight.by.gender"))).isGreaterThanOrEqualTo(3);
        assertThat(year.breakdown("insight.by.municipality").rows()).hasSize(3).allMatch(r -> r.count() >= 5);
        assertThat(filled(year.breakdown("insight.by.vulnerability"))).isGreaterThanOrEqualTo(6);
        assertThat(year.breakdown("insight.by.lvb").values()).allMatch(n -> n >= 5);
        assertThat(filled(year.breakdown("insight.by.role"))).isEqualTo(3);
        assertThat(filled(year.breakdown("insight.by.online"))).isEqualTo(3);
        assertThat(filled(year.breakdown("insight.by.organisation-type"))).isGreaterThanOrEqualTo(4);
        assertThat(year.breakdown("insight.by.repeat").values()).allMatch(n -> n > 0);
        assertThat(year.breakdown("insight.by.consultation").values()).allMatch(n -> n > 0);
        assertThat(filled(year.breakdown("insight.by.milestone"))).isGreaterThanOrEqualTo(4);
        assertThat(year.leadTimes()).allSatisfy(step -> {
            assertThat(step.cases()).as(step.stepKey()).isGreaterThanOrEqualTo(20);
            assertThat(step.medianDays()).as(step.stepKey()).isPositive();
        });
        assertThat(year.leadTimes()).extracting(LeadTime::p90Days).allMatch(p90 -> p90 > 0);
        var actions = year.actions();
        assertThat(actions).hasSizeGreaterThanOrEqualTo(5);
        assertThat(actions).anyMatch(a -> a.overdue() > 0);
        assertThat(actions).as("some done late").anyMatch(a -> a.done() > a.onTime());
        assertThat(actions.stream().mapToLong(a -> a.onTime()).sum())
                .isGreaterThan(actions.stream().mapToLong(a -> a.done() - a.onTime()).sum());
    }

    @Test
    void the_last_quarter_and_two_years_have_the_chairs_cases_too() {
        var quarterBefore = TODAY.minusMonths(3);
        var lastQuarter = InsightPeriod.containing(InsightPeriod.Kind.QUARTER, quarterBefore);
        assertThat(insight("voorzitter", lastQuarter).cases()).isGreaterThanOrEqualTo(8);
        var twoYears = insight("voorzitter", InsightPeriod.custom(TODAY.minusYears(2), TODAY));
        assertThat(twoYears.cases()).isGreaterThanOrEqualTo(100);
        assertThat(twoYears.breakdown("insight.by.repeat").rows().getFirst().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_beheerder_sees_all_tables_with_small_cells_hidden() {
        Insight year = insight("beheerder", LAST_YEAR);

        assertThat(year.installationWide()).isTrue();
        assertThat(year.suppressed()).isTrue();
        assertThat(year.cases()).isGreaterThan(insight("voorzitter", LAST_YEAR).cases());
        List<Breakdown.Row> rows = year.breakdowns().stream().flatMap(b -> b.rows().stream()).toList();
        assertThat(rows).anyMatch(r -> SmallCells.HIDDEN.equals(r.shown()));
        assertThat(rows).filteredOn(r -> !SmallCells.HIDDEN.equals(r.shown()) && r.count() > 0)
                .as("most filled cells are shown").hasSizeGreaterThan(15);
    }
}
