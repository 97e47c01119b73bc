package nl.zorgtafel.action;

import nl.zorgtafel.testsupport.MariaDbTest;
import nl.zorgtafel.testsupport.QueryPlans;

@MariaDbTest
class ActionQueryBenchmarkMariaDbTest extends ActionQueryBenchmarks {

    @Override
    void prepareSession() {
        // MariaDB's query cache is off by default since 10.1.7; the statistics are refreshed after loading.
    }

    @Override
    QueryPlans plans() {
        return QueryPlans.MARIADB;
    }
}
