package nl.zorgtafel.party;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class PartyRepositoryH2Test extends PartyRepositoryTests {
}
