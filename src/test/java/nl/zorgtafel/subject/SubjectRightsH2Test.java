package nl.zorgtafel.subject;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class SubjectRightsH2Test extends SubjectRightsTests {
}
