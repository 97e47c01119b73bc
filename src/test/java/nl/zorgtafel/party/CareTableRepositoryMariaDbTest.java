package nl.zorgtafel.party;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class CareTableRepositoryMariaDbTest extends CareTableRepositoryTests {
}
