package nl.zorgtafel.action;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.testsupport.BenchmarkData;
import nl.zorgtafel.testsupport.BenchmarkReport;
import nl.zorgtafel.testsupport.QueryPlans;
import nl.zorgtafel.testsupport.QueryRecorder;

/**
 * The action reads of a member and a chair over a growing history (issue 18): timed at a tenth
 * of {@code -Dbench.actions} and again at the whole, each query's plan read from the database.
 * The normal run is a smoke test (1,000 → 10,000 actions: plans and results checked, ratios
 * printed); {@code ./mvnw test -Pbenchmarks} runs 100,000 → 1,000,000 and asserts the budget:
 * Mijn acties' first page and the Overzicht count cost the same at 1M as at 100k (ratio ≤ 1.3).
 * Rolled back afterwards.
 */
abstract class ActionQueryBenchmarks {

    private static final int ACTIONS = Integer.getInteger("bench.actions", 10_000);
    private static final int RUNS = Math.max(30, Integer.getInteger("bench.iterations", 5) * 10);
    private static final boolean FULL = ACTIONS >= 1_000_000;

    @Autowired
    ActionRepository repository;
    @Autowired
    DSLContext dsl;
    @Autowired
    FieldEncryption encryption;

    /** Turns off what would hide the cost of a repeated query (H2's caches). */
    abstract void prepareSession();

    abstract QueryPlans plans();

    @Test
    void a_persons_actions_cost_the_same_however_long_the_tables_history() {
        prepareSession();
        var data = new BenchmarkData(dsl, encryption, 18L, Instant.now());
        var report = new BenchmarkReport("action-queries-" + plans().database());
        BenchmarkData.timed("parties", data::loadParties, report::line);
        BenchmarkData.timed(ACTIONS / 10 + " actions", () -> data.grow(ACTIONS / 10), report::line);
        var small = measure(report, data);
        int smallActions = data.actions();
        BenchmarkData.timed(ACTIONS + " actions", () -> data.grow(ACTIONS), report::line);
        var large = measure(report, data);

        for (var name : large.keySet()) {
            double ratio = large.get(name) / Math.max(small.get(name), 0.05);
            report.line(String.format("%-28s p95 %7.2f ms at %,d → %7.2f ms at %,d actions (ratio %.2f)", name,
                    small.get(name), smallActions, large.get(name), data.actions(), ratio));
        }
        report.write();
        if (FULL) {
            assertThat(large.get("mine first page")).as("Mijn acties p95 (ms)").isLessThan(50);
            assertThat(large.get("overzicht count")).as("Overzicht count p95 (ms)").isLessThan(50);
            assertThat(large.get("actieoverzicht scores")).as("Actieoverzicht p95 (ms)").isLessThan(300);
            assertThat(large.get("open at table")).as("chair's open actions p95 (ms)").isLessThan(300);
            // Small absolute times: a ratio of tenths of a millisecond is noise, so allow 1 ms of it.
            assertThat(large.get("mine first page")).isLessThan(Math.max(small.get("mine first page") * 1.3,
                    small.get("mine first page") + 1));
            for (String independent : List.of("overzicht count", "review block", "review block count",
                    "case open: organisations")) {
                assertThat(large.get(independent)).as(independent + " at 1M vs 100k")
                        .isLessThan(Math.max(small.get(independent) * 1.3, small.get(independent) + 1));
            }
        }
    }

    /** p95 in milliseconds per query, after checking each one's plan and result. */
    private Map<String, Double> measure(BenchmarkReport report, BenchmarkData data) {
        int actions = data.actions();
        long table = BenchmarkData.tableId(3);
        int member = BenchmarkData.personOf(3, 14);
        long person = BenchmarkData.personId(member);
        long organisation = BenchmarkData.organisationId(BenchmarkData.organisationOf(3, 14 % 10));
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        long meeting = BenchmarkData.upcomingMeetingId(3);
        Instant start = dsl.select(nl.zorgtafel.db.Tables.MEETING.STARTS_AT).from(nl.zorgtafel.db.Tables.MEETING)
                .where(nl.zorgtafel.db.Tables.MEETING.ID.eq(meeting)).fetchSingle().value1();
        long someCase = BenchmarkData.caseId(3, 0, 2);

        var queries = new LinkedHashMap<String, Supplier<?>>();
        queries.put("mine first page", () -> repository.mine(table, person, organisation, 0, 50));
        queries.put("mine page 3", () -> repository.mine(table, person, organisation, 100, 50));
        queries.put("overzicht count", () -> repository.countMyOpen(table, person, organisation, today));
        queries.put("open at table", () -> repository.openAtTable(table, 0, 50));
        queries.put("open at table count", () -> repository.countOpenAtTable(table));
        queries.put("overdue per organisation", () -> repository.overdueByOrganisation(table, today));
        queries.put("actieoverzicht scores", () -> repository.scores(table, today));
        queries.put("review block", () -> repository.forReview(table, meeting, start, null));
        queries.put("review block count", () -> repository.countForReview(table, meeting, start));
        queries.put("case open: organisations", () -> dsl.selectDistinct(ACTION_ITEM.ORGANISATION_ID)
                .from(ACTION_ITEM).where(ACTION_ITEM.CASE_FILE_ID.eq(someCase)).fetch());

        // What the member sees: only their rows, open first (the overdue ones earliest), then by deadline.
        List<ActionView> page = repository.mine(table, person, organisation, 0, 50);
        assertThat(page).isNotEmpty().hasSizeLessThanOrEqualTo(50).allSatisfy(a -> assertThat(
                a.organisationId() == organisation || Long.valueOf(person).equals(a.personId())).isTrue());
        assertThat(page).isSortedAccordingTo(java.util.Comparator.comparing((ActionView a) -> !a.status().isOpen())
                .thenComparing(ActionView::deadline).thenComparing(ActionView::id));
        int recent = Math.min(3, data.sessionsPerTable());
        var open = repository.countMyOpen(table, person, organisation, today);
        assertThat(open.open()).isPositive();
        assertThat(open.overdue() > 0).as("overdue once a session is three weeks old").isEqualTo(recent == 3);
        assertThat(repository.forReview(table, meeting, start, null)).hasSize(recent * BenchmarkData.ACTIONS_PER_SESSION);

        var p95 = new LinkedHashMap<String, Double>();
        for (var entry : queries.entrySet()) {
            var recorded = QueryRecorder.recorded(entry.getValue());
            for (String sql : recorded.queries()) {
                var plan = plans().explain(dsl, sql);
                assertThat(plan.fullScanOf("action_item")).as("%s reads action_item by index:%n%s", entry.getKey(), plan)
                        .isFalse();
                report.plan(entry.getKey() + " @" + actions, plan.text());
            }
            p95.put(entry.getKey(), BenchmarkReport.p95Millis(entry.getValue(), RUNS));
        }
        return p95;
    }
}
