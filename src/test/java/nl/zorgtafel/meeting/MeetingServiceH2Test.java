package nl.zorgtafel.meeting;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class MeetingServiceH2Test extends MeetingServiceTests {
}
