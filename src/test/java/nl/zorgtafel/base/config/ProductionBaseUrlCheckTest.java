package nl.zorgtafel.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import nl.zorgtafel.Application;

/**
 * The production profile refuses to start without the public https address, before the database
 * is touched; the embedded demo keeps its http default.
 */
class ProductionBaseUrlCheckTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ProductionBaseUrlCheck.class);

    @Test
    void the_application_with_the_mysql_profile_and_no_base_url_refuses_to_start_before_using_the_database() {
        // Nothing listens on port 1: the start must fail on the address, not on the database.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("mysql")
                .properties("spring.datasource.url=jdbc:mysql://127.0.0.1:1/zorgtafel",
                        "spring.datasource.username=nobody", "spring.datasource.password=nothing",
                        "server.port=0", "management.server.port=0")
                .run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("zorgtafel.base-url is required in the mysql profile: set it (or ZORGTAFEL_BASE_URL) "
                        + "to the public https address of the application, e.g. https://zorgtafel.example.nl");
    }

    @Test
    void an_http_address_in_the_mysql_profile_refuses_to_start_naming_the_property() {
        runner.withPropertyValues("spring.profiles.active=mysql", "zorgtafel.base-url=http://zorgtafel.example.nl")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("zorgtafel.base-url must be an https URL in the mysql profile")
                        .hasMessageContaining("'http://zorgtafel.example.nl'"));
        runner.withPropertyValues("spring.profiles.active=mysql", "zorgtafel.base-url=https://")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("zorgtafel.base-url must be an https URL"));
    }

    @Test
    void an_https_address_in_the_mysql_profile_passes() {
        runner.withPropertyValues("spring.profiles.active=mysql", "zorgtafel.base-url=https://zorgtafel.example.nl")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProductionBaseUrlCheck.class));
    }

    @Test
    void without_the_mysql_profile_the_demo_default_is_not_checked() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ProductionBaseUrlCheck.class));
    }
}
