package nl.zorgtafel.subject;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class SubjectRightsMariaDbTest extends SubjectRightsTests {
}
