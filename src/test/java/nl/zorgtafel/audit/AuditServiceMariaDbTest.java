package nl.zorgtafel.audit;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class AuditServiceMariaDbTest extends AuditServiceTests {
}
