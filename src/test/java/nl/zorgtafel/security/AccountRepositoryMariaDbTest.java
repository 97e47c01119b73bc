package nl.zorgtafel.security;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class AccountRepositoryMariaDbTest extends AccountRepositoryTests {
}
