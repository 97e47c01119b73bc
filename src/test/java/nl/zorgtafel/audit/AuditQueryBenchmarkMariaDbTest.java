package nl.zorgtafel.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import nl.zorgtafel.testsupport.MariaDbServer;
import nl.zorgtafel.testsupport.QueryPlans;

/** A database of its own on the shared server: what the benchmark commits stays out of the other tests' way. */
@SpringBootTest
// Closed after the class: its database is removed at the end, so nothing may run on it after.
@DirtiesContext
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbServer.OwnDatabase.class)
class AuditQueryBenchmarkMariaDbTest extends AuditQueryBenchmarks {

    @Override
    QueryPlans plans() {
        return QueryPlans.MARIADB;
    }

    @Override
    void removeDatabase() {
        dsl.execute("DROP DATABASE " + dsl.fetchValue("SELECT DATABASE()"));
    }
}
