package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.LoginForm;
import nl.zorgtafel.testsupport.TestData;

/**
 * Prometheus reads the application's own meters on the management port (as in production), with
 * counts and timings only; the public port does not serve them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.endpoints.web.exposure.include=health,prometheus"})
class MetricsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    TestData testData;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_management_port_serves_the_application_meters_without_personal_data() throws Exception {
        String username = testData.account("Mia Meter", testData.organisation(TestData.unique("Org"),
                OrganisationType.GGZ), false, Map.of());
        LoginForm.post(http, port, username, "fout-wachtwoord");

        var metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("zorgtafel_signin_failures_total{", "step=\"password\"",
                "zorgtafel_live_pages", "zorgtafel_mail_outbox_pending", "zorgtafel_ui_active",
                "tomcat_sessions_active_current").doesNotContain(username).doesNotContain("@");

        var publicPort = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(publicPort.body()).doesNotContain("zorgtafel_live_pages").doesNotContain("# TYPE");
    }
}
