package nl.zorgtafel.meeting;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class AgendaServiceMariaDbTest extends AgendaServiceTests {
}
