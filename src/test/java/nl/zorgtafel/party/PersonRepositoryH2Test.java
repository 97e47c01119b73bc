package nl.zorgtafel.party;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class PersonRepositoryH2Test extends PersonRepositoryTests {
}
