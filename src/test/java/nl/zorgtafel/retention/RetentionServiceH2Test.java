package nl.zorgtafel.retention;

import org.springframework.context.annotation.Import;

import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.MutableClockConfiguration;

@H2Test
@Import(MutableClockConfiguration.class)
class RetentionServiceH2Test extends RetentionServiceTests {
}
