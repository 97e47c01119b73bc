package nl.zorgtafel.minutes;

import nl.zorgtafel.testsupport.MariaDbTest;

@MariaDbTest
class LetterServiceMariaDbTest extends LetterServiceTests {
}
