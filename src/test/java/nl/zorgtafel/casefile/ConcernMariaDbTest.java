package nl.zorgtafel.casefile;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class ConcernMariaDbTest extends ConcernTests {
}
