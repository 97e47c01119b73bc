package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** With the json-logs profile every log line is one JSON object a collector can read. */
@SpringBootTest
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    @Test
    void log_lines_are_json(CapturedOutput output) {
        LoggerFactory.getLogger(JsonLogsTest.class).info("Structured line for the test");
        String line = output.getOut().lines().filter(l -> l.contains("Structured line for the test"))
                .findFirst().orElseThrow();
        assertThat(line).startsWith("{").endsWith("}").contains("\"level\":\"INFO\"")
                .contains("\"message\":\"Structured line for the test\"");
    }
}
