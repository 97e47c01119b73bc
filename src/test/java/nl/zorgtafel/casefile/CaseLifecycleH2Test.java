package nl.zorgtafel.casefile;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class CaseLifecycleH2Test extends CaseLifecycleTests {
}
