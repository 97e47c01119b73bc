package nl.zorgtafel.insight;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class InsightScaleMariaDbTest extends InsightScaleTests {
}
