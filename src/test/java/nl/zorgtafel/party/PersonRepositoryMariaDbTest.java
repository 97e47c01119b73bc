package nl.zorgtafel.party;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class PersonRepositoryMariaDbTest extends PersonRepositoryTests {
}
