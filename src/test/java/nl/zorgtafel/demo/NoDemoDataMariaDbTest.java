package nl.zorgtafel.demo;

import nl.zorgtafel.testsupport.MariaDbTest;

/** The production profile (mysql) must never seed demo accounts. */
@MariaDbTest
class NoDemoDataMariaDbTest extends NoDemoDataTests {
}
