package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;

import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.ApplicationProcess;
import nl.zorgtafel.testsupport.MariaDbServer;

/**
 * Two application nodes on one MariaDB, as behind a load balancer with sticky sessions: node A
 * is this test's application, node B its own process on the same database. The chair works on
 * node A, a member on node B: the member's live page hears of the chair's action through the
 * database relay, the chair sees the member's open page, and the morning digest that both nodes
 * are due to send goes out once.
 */
@ActiveProfiles({"mysql", "demo"})
@ContextConfiguration(initializers = TwoNodesBrowserTest.SharedDatabase.class)
class TwoNodesBrowserTest extends BrowserTestBase {

    private static final String DATABASE = "zorgtafel_nodes";
    private static ApplicationProcess nodeB;

    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    @Test
    void an_action_saved_on_node_a_reaches_a_live_page_on_node_b_and_the_digest_goes_out_once() throws Exception {
        // Node B: the demo is already there (node A seeded it); its digest runs every two seconds.
        nodeB = ApplicationProcess.start(List.of("--spring.profiles.active=mysql,demo",
                "--spring.datasource.url=" + SharedDatabase.url(), "--spring.datasource.username=root",
                "--spring.datasource.password=", "--zorgtafel.base-url=https://zorgtafel.example",
                "--zorgtafel.live.push-async=true", "--zorgtafel.actions.reminders.enabled=true",
                "--zorgtafel.actions.reminder-cron=*/2 * * * * *"),
                ProcessBuilder.Redirect.to(new File("target/node-b.log"))).awaitReady();

        var demo = DemoLiveSession.find(meetings, agendas, system, users);
        var chair = signedIn("voorzitter");
        demo.chairAtItem(chair);
        chair.waitForText("live-connected", "1 met de pagina open");

        var member = Browser.open(nodeB.port());
        browsers().add(member);
        member.signIn("jeugdzorg", DEMO_PASSWORD);
        demo.join(member);
        member.waitForText("live-item-title", demo.caseItem().caseCode());
        // Node A's chair sees the page opened on node B.
        chair.waitForText("live-connected", "2 met de pagina open");

        chair.combo("action-party", demo.youthCare());
        chair.type("action-description", "Contact opnemen met de nieuwe school");
        chair.click("action-deadline-week");
        long clicked = System.nanoTime();
        chair.click("action-add");
        member.waitForText("live-actions", "Contact opnemen met de nieuwe school");
        System.out.printf("Two nodes: from the chair's click on node A to the action shown on node B: %d ms%n",
                (System.nanoTime() - clicked) / 1_000_000);
        member.snap("two-nodes-member-on-node-b");

        // The digest: node B has run it by now; node A's own run finds the lock taken.
        Thread.sleep(3000);
        ReflectionTestUtils.invokeMethod(context.getBean("reminderSchedule"), "remind");
        Map<String, Integer> digests = digestsPerRecipient();
        assertThat(digests).as("digest mails per recipient").isNotEmpty().allSatisfy((to, count) -> assertThat(count).isOne());
    }

    @AfterAll
    static void stopNodeB() throws InterruptedException {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static Map<String, Integer> digestsPerRecipient() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (var connection = DriverManager.getConnection(SharedDatabase.url(), "root", "");
                var rows = connection.createStatement().executeQuery("SELECT recipient, COUNT(*) FROM outbox_message"
                        + " WHERE subject LIKE 'Herinnering%' GROUP BY recipient")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** A database of its own on the shared MariaDB server, fresh for this test. */
    static final class SharedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static String url() {
            return MariaDbServer.jdbcUrl().replace("/zorgtafel?", "/" + DATABASE + "?");
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try (var root = DriverManager.getConnection(MariaDbServer.jdbcUrl(), "root", "");
                    var statement = root.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Database for two nodes not created", e);
            }
            TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=root",
                    "spring.datasource.password=", "management.server.port=0",
                    "zorgtafel.base-url=https://zorgtafel.example",
                    "zorgtafel.actions.reminders.enabled=true", "zorgtafel.actions.reminder-cron=-").applyTo(context);
        }
    }
}
