package nl.zorgtafel.insight;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class InsightServiceMariaDbTest extends InsightServiceTests {
}
