package nl.zorgtafel.encryption;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class FreeTextAtRestMariaDbTest extends FreeTextAtRestTests {
}
