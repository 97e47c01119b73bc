package nl.zorgtafel.action;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class ActionServiceH2Test extends ActionServiceTests {
}
