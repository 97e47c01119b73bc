package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.testsupport.AuditBenchmarkData;
import nl.zorgtafel.testsupport.BenchmarkData;
import nl.zorgtafel.testsupport.BenchmarkReport;
import nl.zorgtafel.testsupport.QueryPlans;
import nl.zorgtafel.testsupport.QueryRecorder;

/**
 * The audit log's reads over years of history (issue 18): the viewer's first page and its count
 * for a Beheerder and a chair, its filters, a CSV export's later page, the weekly anomaly report
 * and appending an entry, timed at a tenth of {@code -Dbench.audit} entries and again at the
 * whole. The normal run is a smoke test (1,000 → 10,000: plans and results checked, ratios
 * printed); {@code -Pbenchmarks} runs 1M → 10M and asserts that none of them grows with the log
 * (ratio ≤ 1.3, or within a millisecond). Not rolled back: ten million rows are committed a chunk
 * at a time, into a database of the test's own.
 */
abstract class AuditQueryBenchmarks {

    private static final int ENTRIES = Integer.getInteger("bench.audit", 10_000);
    private static final int RUNS = Math.max(30, Integer.getInteger("bench.iterations", 5) * 10);
    private static final boolean FULL = ENTRIES >= 10_000_000;

    @Autowired
    AuditRepository repository;
    @Autowired
    AnomalyRepository anomalies;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;
    @Autowired
    FieldEncryption encryption;

    abstract QueryPlans plans();

    /** Removes the database of this test's own (gigabytes after a full run). */
    abstract void removeDatabase();

    @AfterEach
    void remove() {
        removeDatabase();
    }

    @Test
    void reading_the_audit_log_costs_the_same_however_many_years_it_holds() {
        Instant now = Instant.now();
        var parties = new BenchmarkData(dsl, encryption, 18L, now);
        var log = new AuditBenchmarkData(dsl, now);
        var report = new BenchmarkReport("audit-queries-" + plans().database());
        BenchmarkData.timed("parties", () -> {
            parties.loadParties();
            log.loadAccounts();
        }, report::line);
        BenchmarkData.timed(ENTRIES / 10 + " audit entries", () -> log.grow(ENTRIES / 10), report::line);
        var small = measure(report, now, log.entries());
        BenchmarkData.timed(ENTRIES + " audit entries", () -> log.grow(ENTRIES), report::line);
        var large = measure(report, now, log.entries());

        for (var name : large.keySet()) {
            double ratio = large.get(name) / Math.max(small.get(name), 0.05);
            report.line(String.format("%-30s p95 %7.2f ms at %,d → %7.2f ms at %,d entries (ratio %.2f)", name,
                    small.get(name), ENTRIES / 10, large.get(name), ENTRIES, ratio));
        }
        report.write();
        if (FULL) {
            for (var name : large.keySet()) {
                // Small absolute times: a ratio of tenths of a millisecond is noise, so allow 1 ms of it.
                assertThat(large.get(name)).as(name + " at 10M vs 1M entries")
                        .isLessThan(Math.max(small.get(name) * 1.3, small.get(name) + 1));
            }
        }
    }

    /** p95 in milliseconds per read, after checking each one's plan and result. */
    private Map<String, Double> measure(BenchmarkReport report, Instant now, int entries) {
        long table = BenchmarkData.tableId(3);
        int person = AuditBenchmarkData.actorOf(100);
        var all = new AuditFilter(null, null, null, null, null, null);
        var weekAgo = now.minus(Duration.ofDays(7));
        var queries = new LinkedHashMap<String, Supplier<?>>();
        queries.put("first page (Beheerder)", () -> repository.find(all, null, 0, 50));
        queries.put("first page (chair)", () -> repository.find(all, table, 0, 50));
        queries.put("count (Beheerder)", () -> repository.countUpTo(all, null, AuditService.COUNT_CAP));
        queries.put("count (chair)", () -> repository.countUpTo(all, table, AuditService.COUNT_CAP));
        queries.put("rare kind (Beheerder)", () -> repository.find(
                new AuditFilter(null, AuditKind.AUDIT_EXPORTED, null, null, null, null), null, 0, 50));
        queries.put("kind at table (chair)", () -> repository.find(
                new AuditFilter(null, AuditKind.IDENTIFYING_DATA_VIEWED, null, null, null, null), table, 0, 50));
        queries.put("person by name", () -> repository.find(
                new AuditFilter(null, "Benchpersoon " + person, null, null, null, null, null), null, 0, 50));
        queries.put("one object", () -> repository.find(new AuditFilter(null, null, null, null, "case_file",
                BenchmarkData.caseId(0, 0, 0) + 4321), null, 0, 50));
        queries.put("yesterday", () -> repository.find(new AuditFilter(null, null, now.minus(Duration.ofDays(1)), now,
                null, null), null, 0, 50));
        // The export reads on from the previous page's last entry: a page halfway back in the log.
        long halfwayId = AuditBenchmarkData.entryId(entries / 2);
        var halfway = new AuditEntry(halfwayId, dsl.select(AUDIT_ENTRY.OCCURRED_AT).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.eq(halfwayId)).fetchSingle().value1(), null, null, null, null, null, null, null,
                null, null, null);
        queries.put("export, a page halfway back", () -> repository.findAfter(all, null, halfway, 500));
        queries.put("anomalies: week's failures", () -> anomalies.failedSignIns(weekAgo, now, table));
        queries.put("anomalies: week's views", () -> anomalies.viewsWithoutPart(weekAgo, now, table));
        queries.put("append an entry", () -> {
            audit.recordFor(AuditKind.LOGIN_FAILED, null, null, null, null, "192.0.2.1", null);
            return null;
        });

        // What the viewer shows: newest first, only the chair's table for a chair.
        var page = repository.find(all, table, 0, 50);
        assertThat(page).isNotEmpty().hasSizeLessThanOrEqualTo(50)
                .allSatisfy(e -> assertThat(e.tableId()).isEqualTo(table));
        assertThat(page).isSortedAccordingTo(java.util.Comparator.comparing(AuditEntry::id).reversed());
        assertThat(repository.find(new AuditFilter(null, "Benchpersoon " + person, null, null, null, null, null),
                null, 0, 50)).isNotEmpty().allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Benchpersoon " + person));

        var p95 = new LinkedHashMap<String, Double>();
        for (var entry : queries.entrySet()) {
            var recorded = QueryRecorder.recorded(entry.getValue());
            for (String sql : recorded.queries()) {
                if (sql.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("select")) {
                    var plan = plans().explain(dsl, sql);
                    // Half of a smoke test's few thousand rows: there a scan is the right plan.
                    boolean large = entries >= 100_000 || !entry.getKey().startsWith("export");
                    assertThat(large && plan.fullScanOf("audit_entry")).as("%s reads audit_entry by index:%n%s",
                            entry.getKey(), plan).isFalse();
                    report.plan(entry.getKey() + " @" + entries, plan.text());
                }
            }
            p95.put(entry.getKey(), BenchmarkReport.p95Millis(entry.getValue(), RUNS));
        }
        return p95;
    }
}
