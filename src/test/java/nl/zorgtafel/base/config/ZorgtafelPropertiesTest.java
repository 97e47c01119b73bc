package nl.zorgtafel.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The settings bind with their documented defaults, and a wrong value stops the start naming it. */
class ZorgtafelPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void without_settings_the_defaults_apply() {
        runner.run(context -> {
            var properties = context.getBean(ZorgtafelProperties.class);
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(properties.mail().from()).isEqualTo("zorgtafel@localhost");
            assertThat(properties.actions().reminderDays()).isEqualTo(3);
            assertThat(properties.live().pushAsync()).isTrue();
            assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(properties.session().absoluteTimeout()).isEqualTo(Duration.ofHours(12));
        });
    }

    @Test
    void settings_bind_and_a_trailing_slash_is_dropped() {
        runner.withPropertyValues("zorgtafel.base-url=https://zorgtafel.example.nl/", "zorgtafel.session.idle-timeout=20s",
                "zorgtafel.crypto.active-key=k1", "zorgtafel.crypto.keys.k1=abc").run(context -> {
                    var properties = context.getBean(ZorgtafelProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("https://zorgtafel.example.nl");
                    assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(properties.crypto().keys()).containsEntry("k1", "abc");
                });
    }

    @Test
    void a_wrong_value_stops_the_start_naming_the_property() {
        runner.withPropertyValues("zorgtafel.base-url=zorgtafel.example.nl")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("zorgtafel.base-url"));
        runner.withPropertyValues("zorgtafel.actions.reminder-days=-1")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("actions.reminderDays"));
    }
}
