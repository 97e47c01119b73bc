package nl.zorgtafel.casefile;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class ConcernH2Test extends ConcernTests {
}
