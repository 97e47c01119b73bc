package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * Push latency as people notice it, in two real browsers: from the chair's click on
 * <i>Actie toevoegen</i> to the action appearing on the member's page (a MutationObserver notes
 * the moment; both browsers share this machine's clock). Prints p50/p95 and writes them to
 * target/benchmarks; {@code -Dbench.iterations} sets the number of actions.
 */
class PushLatencyBrowserTest extends BrowserTestBase {

    private static final String OBSERVE = """
            const marker = arguments[0];
            const target = document.getElementById('live-actions');
            window.__seen = null;
            const seen = () => target.textContent.includes(marker);
            const observer = new MutationObserver(() => {
              if (!window.__seen && seen()) { window.__seen = Date.now(); observer.disconnect(); }
            });
            observer.observe(target, {subtree: true, childList: true, characterData: true});
            """;

    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;

    @Test
    void an_action_the_chair_adds_reaches_the_member_s_page() throws Exception {
        int iterations = Integer.getInteger("bench.iterations", 5);
        var demo = DemoLiveSession.find(meetings, agendas, system, users);
        String youthCare = demo.youthCare();
        var chair = signedIn("voorzitter");
        demo.chairAtItem(chair);
        var member = signedIn("jeugdzorg");
        demo.join(member);
        member.waitForText("live-item-title", demo.caseItem().caseCode());
        chair.combo("action-party", youthCare);

        long[] millis = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            String marker = "Meting " + i + " " + System.nanoTime();
            ((JavascriptExecutor) member.driver()).executeScript(OBSERVE, marker);
            chair.type("action-description", marker);
            chair.click("action-deadline-week");
            long clicked = (Long) ((JavascriptExecutor) chair.driver()).executeScript("return Date.now();");
            chair.click("action-add");
            Long seen = new WebDriverWait(member.driver(), Duration.ofSeconds(30)).until(d -> (Long)
                    ((JavascriptExecutor) d).executeScript("return window.__seen;"));
            millis[i] = seen - clicked;
        }
        assertThat(member.text("live-actions")).contains("Meting " + (iterations - 1));
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        String line = String.format(java.util.Locale.ROOT,
                "push (two Chromium browsers): %d actions, click to seen on the other page: p50 %d ms, p95 %d ms, "
                        + "max %d ms%n", iterations, sorted[(int) Math.ceil(0.5 * iterations) - 1],
                sorted[(int) Math.ceil(0.95 * iterations) - 1], sorted[iterations - 1]);
        System.out.print(line);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("push-browsers.txt"), line);
    }
}
