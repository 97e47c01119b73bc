package nl.zorgtafel.casefile;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class SafeContactH2Test extends SafeContactTests {
}
