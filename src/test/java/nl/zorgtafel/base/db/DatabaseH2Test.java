package nl.zorgtafel.base.db;

import org.jooq.SQLDialect;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class DatabaseH2Test extends DatabaseTests {

    @Override
    SQLDialect expectedDialect() {
        return SQLDialect.H2;
    }
}
