package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.casefile.SignalKind;

/**
 * Safe contact as the deelnemers meet it (issue 19): youth care opens *Veilig contact* on Mila's
 * case (closed until asked for, each opening audited), records that she can only be reached
 * through her mentor, whom she fears and who is a safe adult; the police officer at her case
 * opens it and reads the same. The chair's minutes and letters never carry it (checked in
 * FreeTextAtRestTests on the rendered PDF and the letter).
 */
class SafeContactBrowserTest extends BrowserTestBase {

    @Autowired DSLContext dsl;

    @Test
    void youth_care_records_the_safe_contact_and_the_police_at_the_case_read_it() throws Exception {
        long mila = dsl.select(CASE_SIGNAL.CASE_FILE_ID).from(CASE_SIGNAL)
                .where(CASE_SIGNAL.KIND.eq(SignalKind.POLITIEREGISTRATIE)).limit(1).fetchSingle().value1();
        Instant started = Instant.now();

        var youthCare = signedIn("jeugdzorg");
        youthCare.go("casus/" + mila);
        youthCare.find("safe-contact").click();
        youthCare.waitForText("safe-contact-content", "Veilig om te bellen");
        youthCare.click("safe-contact-edit");
        youthCare.select("safe-contact-call", "Alleen via een contactpersoon");
        youthCare.type("safe-contact-call-note", "Via haar mentor, na 16.00 uur");
        youthCare.type("safe-contact-feared", "De oudere man met de witte auto");
        youthCare.type("safe-contact-safe-adult", "Haar tante in Rivierdorp");
        youthCare.click("safe-contact-save");
        youthCare.waitForText("safe-contact-content", "De oudere man met de witte auto");
        assertThat(youthCare.text("safe-contact-content")).contains("Alleen via een contactpersoon — Via haar mentor")
                .contains("Haar tante in Rivierdorp");
        youthCare.snap("safe-contact");

        var police = signedIn("politie");
        police.go("casus/" + mila);
        assertThat(police.pageText()).doesNotContain("De oudere man met de witte auto");
        police.find("safe-contact").click();
        police.waitForText("safe-contact-content", "De oudere man met de witte auto");

        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.CASE_VIEWED)
                .and(AUDIT_ENTRY.DETAIL.eq("safe contact")).and(AUDIT_ENTRY.OCCURRED_AT.ge(started))))
                .as("each opening is audited").isGreaterThanOrEqualTo(3);
    }
}
