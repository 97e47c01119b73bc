package nl.zorgtafel.minutes;

import nl.zorgtafel.testsupport.H2Test;

@H2Test
class LetterServiceH2Test extends LetterServiceTests {
}
