package nl.zorgtafel.casefile;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class SignalH2Test extends SignalTests {
}
