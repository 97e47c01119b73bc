package nl.zorgtafel.insight;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class InsightServiceH2Test extends InsightServiceTests {
}
