package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA as axe-core checks it (issue 17): every main view as each role that uses it, on the
 * demo, with zero serious or critical violations. The findings of all views are collected first,
 * so one run lists everything to fix.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final Map<String, List<String>> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("voorzitter", List.of("", "casussen", "casus-inbrengen", "mijn-acties", "zittingen", "acties",
                "inzicht", "bewaartermijnen", "betrokkene", "audit", "meedenkconsult", "account"));
        VIEWS.put("jeugdzorg", List.of("", "casussen", "mijn-acties", "zittingen", "bewaartermijnen"));
        VIEWS.put("waarnemer", List.of("", "zittingen"));
        VIEWS.put("beheerder", List.of("", "beheer", "beheer/uitgaande-berichten", "beheer/bewaartermijnen", "inzicht",
                "audit"));
    }

    @Test
    void every_main_view_has_no_serious_or_critical_violation() throws Exception {
        List<String> findings = new ArrayList<>();
        for (var entry : VIEWS.entrySet()) {
            var browser = signedIn(entry.getKey());
            for (String view : entry.getValue()) {
                browser.go(view);
                Thread.sleep(500);
                for (String violation : Axe.seriousOrCritical(browser.driver())) {
                    findings.add(entry.getKey() + " /" + view + " — " + violation);
                }
            }
        }
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }
}
