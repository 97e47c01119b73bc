package nl.zorgtafel.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import nl.zorgtafel.testsupport.QueryPlans;

/**
 * A database file of its own (ten million entries do not fit a test JVM's heap as an in-memory
 * database), opened without H2's query cache, so a repeated query pays its full price.
 */
@SpringBootTest
// Closed after the class: its database is removed at the end, so nothing may run on it after.
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/audit-benchmark/${random.uuid};"
        + "MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0")
class AuditQueryBenchmarkH2Test extends AuditQueryBenchmarks {

    @Override
    QueryPlans plans() {
        return QueryPlans.H2;
    }

    @Override
    void removeDatabase() {
        // H2 deletes the files once the last connection closes (when the JVM ends).
        dsl.execute("DROP ALL OBJECTS DELETE FILES");
    }
}
