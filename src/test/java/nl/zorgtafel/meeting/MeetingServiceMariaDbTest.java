package nl.zorgtafel.meeting;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class MeetingServiceMariaDbTest extends MeetingServiceTests {
}
