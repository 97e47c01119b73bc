package nl.zorgtafel.demo;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class NoDemoDataH2Test extends NoDemoDataTests {
}
