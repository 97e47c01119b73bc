package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.db.Tables;

/**
 * Inzicht in a real browser on the demo: the chair sees the period's sections with their data tables;
 * a member has no menu item, and typing the address is refused and audited.
 */
class InsightBrowserTest extends BrowserTestBase {

    @Autowired
    DSLContext dsl;

    @Test
    void the_chair_sees_the_sections_and_a_member_is_refused() throws Exception {
        var chair = signedIn("voorzitter");
        chair.go("inzicht");
        chair.waitForText("insight-summary", "casussen aangemeld bij deze tafel");
        assertThat(chair.text("insight-exploitation-title")).startsWith("Vorm van uitbuiting");
        assertThat(chair.find("insight-exploitation-table").isDisplayed()).isTrue();
        assertThat(chair.find("insight-lead-times").isDisplayed()).isTrue();
        assertThat(chair.find("insight-export").getAttribute("href")).isNotBlank();

        var member = signedIn("jeugdzorg");
        assertThat(member.all("vaadin-side-nav-item")).extracting(e -> e.getText().strip())
                .isNotEmpty().doesNotContain("Inzicht");
        long before = refusals();
        member.go("inzicht");
        member.waitForPageText("Geen toegang");
        assertThat(refusals()).isEqualTo(before + 1);
    }

    private long refusals() {
        return dsl.fetchCount(Tables.AUDIT_ENTRY, Tables.AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(Tables.AUDIT_ENTRY.DETAIL.eq("view /inzicht")));
    }
}
