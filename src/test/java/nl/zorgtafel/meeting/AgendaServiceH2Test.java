package nl.zorgtafel.meeting;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class AgendaServiceH2Test extends AgendaServiceTests {
}
