package nl.zorgtafel.insight;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class InsightScaleH2Test extends InsightScaleTests {
}
