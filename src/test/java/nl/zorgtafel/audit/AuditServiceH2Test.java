package nl.zorgtafel.audit;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class AuditServiceH2Test extends AuditServiceTests {
}
