package nl.zorgtafel.insight;

import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.CaseEventKind;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * Insight over many cases at one table: the whole read model of a year in one call, timed from the
 * first run. {@code -Dinsight.scale} sets the number of cases (2,000 in the normal run as a smoke
 * test; 100,000 for the figure in docs/performance.md). Rolled back afterwards.
 */
abstract class InsightScaleTests {

    private static final int CASES = Integer.getInteger("insight.scale", 2000);
    private static final long FIRST_ID = 50_000_000L;

    @Autowired
    InsightService insights;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    @Autowired
    InsightRepository repository;

    private static void time(String what, java.util.function.Supplier<?> query) {
        long began = System.nanoTime();
        query.get();
        System.out.printf("insight query %s: %d ms%n", what, (System.nanoTime() - began) / 1_000_000);
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void a_year_of_many_cases_is_counted_in_the_database_within_the_budget() {
        var session = fixture.create();
        long person = testData.personIdOf(session.chair());
        Instant start = KnownCases.at(2024, 1, 1, 9, 0);
        Field<?>[] caseFields = {CASE_FILE.ID, CASE_FILE.CARE_TABLE_ID, CASE_FILE.CODE, CASE_FILE.STATUS,
                CASE_FILE.NAMED, CASE_FILE.PROPOSING_ORGANISATION_ID, CASE_FILE.PROPOSED_BY_PERSON_ID, CASE_FILE.URGENCY,
                CASE_FILE.YOUNG_PERSON_ROLE, CASE_FILE.AGE_BAND, CASE_FILE.GENDER, CASE_FILE.ONLINE_COMPONENT,
                CASE_FILE.REPEAT_CASE, CASE_FILE.LEGAL_HOLD, CASE_FILE.SUBMITTED_AT, CASE_FILE.CLOSED_AT,
                CASE_FILE.VERSION, CASE_FILE.CREATED_AT, CASE_FILE.UPDATED_AT};
        for (int from = 0; from < CASES; from += 1000) {
            InsertValuesStepN<?> cases = dsl.insertInto(CASE_FILE, caseFields);
            var forms = dsl.insertInto(CASE_FILE_EXPLOITATION, CASE_FILE_EXPLOITATION.CASE_FILE_ID,
                    CASE_FILE_EXPLOITATION.FORM);
            var events = dsl.insertInto(CASE_EVENT, CASE_EVENT.CASE_FILE_ID, CASE_EVENT.OCCURRED_AT, CASE_EVENT.KIND,
                    CASE_EVENT.TO_STATUS);
            for (int i = from; i < Math.min(CASES, from + 1000); i++) {
                long id = FIRST_ID + i;
                // Spread over the year, a few minutes apart.
                Instant submitted = start.plus(Duration.ofMinutes(5L * i % (360L * 24 * 60)));
                List<Object> row = new ArrayList<>(List.of(id, session.tableId(), "S" + id, CaseStatus.BESPROKEN, false,
                        i % 2 == 0 ? session.youth() : session.avim(), person, Urgency.NORMAAL,
                        YoungPersonRole.values()[i % 3], AgeBand.values()[i % 4], i % 2 == 0 ? "meisje" : "jongen",
                        i % 5 == 0, i % 20 == 0, false, submitted));
                row.add(i % 3 == 0 ? submitted.plus(Duration.ofDays(40 + i % 30)) : null);
                row.addAll(List.of(0, submitted, submitted));
                cases = cases.values(row);
                forms = forms.values(id, ExploitationForm.values()[i % 5]);
                events = events.values(id, submitted.plus(Duration.ofHours(1 + i % 200)), CaseEventKind.STATUS,
                        CaseStatus.GEAGENDEERD);
                if (i % 2 == 0) {
                    events = events.values(id, submitted.plus(Duration.ofDays(10 + i % 20)), CaseEventKind.DISCUSSED, null);
                }
            }
            cases.execute();
            forms.execute();
            events.execute();
        }
        testData.signIn(session.chair());
        var scope = new nl.zorgtafel.security.InsightScope(session.tableId(), false);
        var year = InsightPeriod.year(2024);
        time("totals", () -> repository.totals(scope, year));
        time("ageBands", () -> repository.ageBands(scope, year));
        time("genders", () -> repository.genders(scope, year));
        time("exploitation", () -> repository.exploitation(scope, year));
        time("vulnerabilities", () -> repository.vulnerabilities(scope, year));
        time("proposingTypes", () -> repository.proposingTypes(scope, year));
        time("municipalities", () -> repository.municipalities(scope, year));
        time("milestones", () -> repository.milestones(scope, year));
        time("consultations", () -> repository.consultations(scope, year));
        time("actions", () -> repository.actions(scope, year, TestData.today()));
        time("leadTimes", () -> repository.leadTimes(scope, year));
        // The plan, so a slow run in CI says why (a join without its index shows up here).
        dsl.fetch("EXPLAIN " + dsl.renderInlined(repository.leadTimeQuery(scope, year)))
                .forEach(r -> System.out.println("plan: " + r.formatCSV(false, ';').strip()));

        long began = System.nanoTime();
        Insight insight = insights.insight(InsightPeriod.year(2024));
        long millis = (System.nanoTime() - began) / 1_000_000;

        System.out.printf("insight over %d cases: %d ms (first run)%n", CASES, millis);
        // A quarter of the same history: the cost follows the period's cases, not the table's.
        long quarterBegan = System.nanoTime();
        insights.insight(InsightPeriod.quarter(2024, 2));
        System.out.printf("insight over a quarter of %d cases: %d ms%n", CASES, (System.nanoTime() - quarterBegan) / 1_000_000);
        assertThat(insight.cases()).isEqualTo(CASES);
        assertThat(insight.breakdown("insight.by.exploitation").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(CASES);
        assertThat(insight.leadTimes().getFirst().cases()).isEqualTo(CASES);
        assertThat(millis).isLessThan(10_000);
    }
}
