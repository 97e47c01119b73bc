package nl.zorgtafel.security;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class AccountRepositoryH2Test extends AccountRepositoryTests {
}
