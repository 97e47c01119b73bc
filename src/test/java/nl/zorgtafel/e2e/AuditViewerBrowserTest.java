package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;

/**
 * The audit viewer as its users meet it (issue 18 changed how it counts and reads): a member
 * who types its address is refused, and that refusal is in the log; the Beheerder opens the
 * viewer, reads how many entries there are, narrows them by typing part of that member's name
 * (sent as typed, no Enter) and by kind, and finds the refusal, with the count following each
 * filter; the chair sees their own table's entries only.
 */
class AuditViewerBrowserTest extends BrowserTestBase {

    private static final Pattern TOTAL = Pattern.compile("^(Geen|\\d[\\d.]*) vastlegging(en)?, nieuwste eerst\\.$");

    @Autowired DSLContext dsl;

    @Test
    void the_beheerder_finds_a_refusal_by_name_and_kind_and_the_count_follows() throws Exception {
        Instant started = Instant.now();
        var member = signedIn("jeugdzorg");
        member.go("audit");
        member.waitForPageText("Geen toegang");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(AUDIT_ENTRY.OCCURRED_AT.ge(started)))).as("the refusal is audited").isPositive();

        var admin = signedIn("beheerder");
        admin.go("audit");
        String everything = admin.text("audit-total");
        assertThat(everything).matches(TOTAL);
        assertThat(count(everything)).isPositive();
        admin.snap("audit-all");

        admin.typeAndStay("audit-person", "joyce");
        admin.waitForVaadin();
        String hers = admin.waitForSpokenText("audit-total", "vastlegging");
        assertThat(admin.find("audit-total").getAttribute("aria-live")).as("announced after each filter").isEqualTo("polite");
        assertThat(count(hers)).isPositive().isLessThan(count(everything));
        assertThat(column(admin, 2, names -> names.stream().allMatch("Joyce Jeugdzorg"::equals))).isNotEmpty();

        admin.select("audit-kind", "Toegang geweigerd");
        String refusals = admin.text("audit-total");
        assertThat(count(refusals)).isPositive().isLessThanOrEqualTo(count(hers));
        assertThat(column(admin, 1, kinds -> kinds.stream().allMatch("Toegang geweigerd"::equals))).isNotEmpty();
        assertThat(column(admin, 6, details -> true)).anySatisfy(detail -> assertThat(detail).contains("audit"));
        admin.snap("audit-refusals");

        var chair = signedIn("voorzitter");
        chair.go("audit");
        assertThat(chair.text("audit-total")).matches(TOTAL);
        assertThat(count(chair.text("audit-total"))).as("a table's entries, not the installation's")
                .isLessThan(count(everything));
        assertThat(column(chair, 2, names -> true)).doesNotContain("Bas Beheer");
    }

    private static int count(String total) {
        String number = total.substring(0, total.indexOf(' '));
        return number.equals("Geen") ? 0 : Integer.parseInt(number.replace(".", ""));
    }

    /**
     * The texts of one column in the rows the grid shows, top to bottom, once the grid has drawn
     * at least one row that satisfies {@code ready} (its data arrives in a request of its own).
     */
    private static List<String> column(Browser browser, int column, java.util.function.Predicate<List<String>> ready) {
        browser.find("audit-grid");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
            @SuppressWarnings("unchecked")
            var texts = (List<String>) ((JavascriptExecutor) d).executeScript("""
                    const grid = document.getElementById('audit-grid');
                    return Array.from(grid.shadowRoot.querySelectorAll('#items tr:not([hidden])'))
                        .sort((a, b) => a.index - b.index)
                        .map(tr => {
                          const slot = tr.querySelectorAll('td')[arguments[0]]?.querySelector('slot');
                          const content = slot?.assignedNodes()[0];
                          return content ? content.textContent.trim() : '';
                        })
                        .filter(text => text.length > 0);""", column);
            return texts != null && !texts.isEmpty() && ready.test(texts) ? texts : null;
        });
    }
}
