package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The json-logs profile switches the console to Spring Boot's ECS structured logging. Checked on
 * the profile's configuration rather than by starting a context: the logging system is global to
 * the test JVM, and a context that switched it would leave every later test logging JSON. (A line
 * as it comes out: {"@timestamp":"…","log":{"level":"INFO","logger":"…"},…,"message":"…"}.)
 */
class JsonLogsTest {

    @Test
    void the_profile_turns_on_ecs_json_on_the_console() throws Exception {
        var properties = new Properties();
        try (var in = new ClassPathResource("application-json-logs.properties").getInputStream()) {
            properties.load(in);
        }
        assertThat(properties).containsEntry("logging.structured.format.console", "ecs");
    }
}
