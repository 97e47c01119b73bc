package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.db.Tables;
import nl.zorgtafel.testsupport.PdfA;

/**
 * Inzicht in a real browser on the demo: the chair sees the charts load, opens a chart's data table
 * from the keyboard and downloads the CSV and the PDF report; the Beheerder sees only suppressed
 * totals; a member has no menu item, and typing the address is refused and audited.
 */
class InsightBrowserTest extends BrowserTestBase {

    @Autowired
    DSLContext dsl;

    @Test
    void the_chair_sees_the_charts_opens_their_tables_and_takes_the_exports_and_a_member_is_refused()
            throws Exception {
        var chair = signedIn("voorzitter");
        chair.go("inzicht");
        chair.waitForText("insight-summary", "casussen aangemeld bij deze tafel");
        assertThat(chair.text("insight-exploitation-title")).startsWith("Vorm van uitbuiting");
        // Each chart is a picture the browser loaded, with a summary a screen reader reads out.
        for (String chart : List.of("insight-period", "insight-exploitation", "insight-age-band", "insight-lead-chart")) {
            WebElement image = chair.find(chart).findElement(By.cssSelector("img.chart-image"));
            new WebDriverWait(chair.driver(), Duration.ofSeconds(20)).until(d -> loaded(d, image));
            assertThat(image.getAttribute("role")).isEqualTo("img");
            assertThat(image.getAttribute("aria-label")).as(chart).contains("De tabel bij de grafiek geeft alle waarden");
        }
        chair.snap("insight-01-chair-charts");

        // The data table behind the chart: closed, opened from the keyboard, then read as a table.
        assertThat(chair.present("insight-exploitation-table")).isFalse();
        WebElement toggle = chair.find("insight-exploitation-toggle");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        ((JavascriptExecutor) chair.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", toggle);
        new Actions(chair.driver()).sendKeys(Keys.ENTER).perform();
        chair.waitForVaadin();
        WebElement table = chair.find("insight-exploitation-table");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo("Verberg tabel");
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Vorm van uitbuiting");
        assertThat(table.findElements(By.cssSelector("th[scope=col]"))).extracting(WebElement::getText)
                .containsExactly("Categorie", "Aantal casussen");
        assertThat(table.findElements(By.cssSelector("tbody th[scope=row]"))).extracting(WebElement::getText)
                .contains("Seksueel", "Crimineel");
        assertThat(chair.find("insight-lead-times").isDisplayed()).isTrue();
        chair.snap("insight-02-chair-table-open");

        // Both exports as the chair takes them: a click, a file, each audited.
        long exports = exports();
        byte[] csv = chair.download("insight-export", "inzicht.csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"Vorm van uitbuiting");
        byte[] pdf = chair.download("insight-report", "inzicht-rapportage.pdf");
        assertThat(PdfA.text(pdf)).contains("Kwartaalrapportage zorgtafel", "Vorm van uitbuiting");
        if (Boolean.getBoolean("e2e.screenshots")) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "e2e-screenshots", "inzicht-rapportage.pdf"), pdf);
        }
        assertThat(exports()).isEqualTo(exports + 2);

        // The Beheerder: all tables together, and no count from 1 to 4 in any table.
        var admin = signedIn("beheerder");
        admin.go("inzicht");
        admin.waitForText("insight-summary", "bij alle tafels samen");
        assertThat(admin.text("insight-intro")).contains("van alle tafels samen").doesNotContain("deze tafel");
        assertThat(admin.text("insight-summary")).contains("zo'n klein aantal");
        // A closed table is not even in the page: open each one, as a Beheerder reading them would.
        for (WebElement button : admin.all("vaadin-button[id$='-toggle']")) {
            admin.press(button);
        }
        assertThat(admin.all(".chart-table td")).extracting(e -> e.getText().strip())
                .isNotEmpty().contains("<5").doesNotContain("1", "2", "3", "4");
        admin.snap("insight-03-beheerder-tables");

        var member = signedIn("jeugdzorg");
        assertThat(member.all("vaadin-side-nav-item")).extracting(e -> e.getText().strip())
                .isNotEmpty().doesNotContain("Inzicht");
        long before = refusals();
        member.go("inzicht");
        member.waitForPageText("Geen toegang");
        assertThat(refusals()).isEqualTo(before + 1);
    }

    private static boolean loaded(WebDriver driver, WebElement image) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
    }

    private long exports() {
        return dsl.fetchCount(Tables.AUDIT_ENTRY, Tables.AUDIT_ENTRY.KIND.eq(AuditKind.INSIGHT_EXPORTED));
    }

    private long refusals() {
        return dsl.fetchCount(Tables.AUDIT_ENTRY, Tables.AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(Tables.AUDIT_ENTRY.DETAIL.eq("view /inzicht")));
    }
}
