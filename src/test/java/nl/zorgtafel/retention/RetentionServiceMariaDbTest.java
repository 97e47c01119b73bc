package nl.zorgtafel.retention;

import org.springframework.context.annotation.Import;

import nl.zorgtafel.testsupport.MariaDbTest;
import nl.zorgtafel.testsupport.MutableClockConfiguration;

@MariaDbTest
@Import(MutableClockConfiguration.class)
class RetentionServiceMariaDbTest extends RetentionServiceTests {
}
