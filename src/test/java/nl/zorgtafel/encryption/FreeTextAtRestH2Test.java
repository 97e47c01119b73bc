package nl.zorgtafel.encryption;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class FreeTextAtRestH2Test extends FreeTextAtRestTests {
}
