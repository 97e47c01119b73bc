package nl.zorgtafel.action;

import org.springframework.test.context.TestPropertySource;

import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.QueryPlans;

/** Its own database, opened without H2's query cache, so a repeated query pays its full price. */
@H2Test
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-${random.uuid};MODE=MySQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0")
class ActionQueryBenchmarkH2Test extends ActionQueryBenchmarks {

    @Override
    void prepareSession() {
        // The URL turns the query cache off (it can only be set there).
    }

    @Override
    QueryPlans plans() {
        return QueryPlans.H2;
    }
}
