package nl.zorgtafel.action;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class ActionServiceMariaDbTest extends ActionServiceTests {
}
