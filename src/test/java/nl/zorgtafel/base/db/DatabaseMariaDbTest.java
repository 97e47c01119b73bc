package nl.zorgtafel.base.db;

import org.jooq.SQLDialect;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class DatabaseMariaDbTest extends DatabaseTests {

    @Override
    SQLDialect expectedDialect() {
        return SQLDialect.MYSQL;
    }
}
