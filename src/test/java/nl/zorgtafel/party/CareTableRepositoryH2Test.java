package nl.zorgtafel.party;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class CareTableRepositoryH2Test extends CareTableRepositoryTests {
}
