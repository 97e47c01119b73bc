package nl.zorgtafel.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry, installed by {@code .ci/run} into {@code src/test/a11y}) in
 * the page a browser shows and returns its serious and critical violations, each as one readable
 * line: rule, what it asks, and where. A scan that cannot run fails; it never reads as "no findings".
 */
final class Axe {

    private static final Path SOURCE = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");
    private static String script;

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousOrCritical(WebDriver driver) throws Exception {
        var js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        js.executeScript(source());
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development tools are not part of the application (absent in production builds).
                axe.run({exclude: [['copilot-main'], ['vaadin-dev-tools']]}, {resultTypes: ['violations']})
                  .then(r => done({v: r.violations
                      .filter(x => x.impact === 'serious' || x.impact === 'critical')
                      .map(x => x.impact + ' ' + x.id + ': ' + x.help + ' @ '
                          + x.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' (' + n.failureSummary
                              .replace(/\s+/g, ' ') + ')').join(', '))}))
                  .catch(e => done({error: String(e)}));""");
        if (result.get("error") != null) {
            throw new AssertionError("axe did not run: " + result.get("error"));
        }
        return (List<String>) result.get("v");
    }

    private static synchronized String source() throws Exception {
        if (script == null) {
            if (!Files.exists(SOURCE)) {
                throw new AssertionError("axe-core is missing: run npm ci --prefix src/test/a11y (.ci/run does)");
            }
            script = Files.readString(SOURCE);
        }
        return script;
    }
}
