package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static nl.zorgtafel.db.Tables.CONCERN_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.casefile.SignalKind;

/**
 * The police compartment as each role meets it (issue 19). The demo police linked Mila's case to
 * the case of the boy who keeps weapons for "Dino B." (typed "B., Dino" on hers). The police
 * officer opens the compartment, reads the linked case code, forgets the kenmerk of a new place
 * (a Dutch message on the field, the rest kept), adds it typed differently from the other case,
 * and sees it linked too. Youth care, the proposer, sees only that the case is linked: no name,
 * plate or code anywhere on its page. The chair finds the cluster on the Overzicht, follows it and
 * reads the cluster on the case. A Beheerder is refused the case. The looks and hits are audited.
 */
class ConcernsBrowserTest extends BrowserTestBase {

    @Autowired DSLContext dsl;

    @Test
    void police_link_youth_care_sees_the_hit_only_and_the_chair_plans_with_the_cluster() throws Exception {
        long mila = dsl.select(CASE_SIGNAL.CASE_FILE_ID).from(CASE_SIGNAL)
                .where(CASE_SIGNAL.KIND.eq(SignalKind.POLITIEREGISTRATIE)).limit(1).fetchSingle().value1();
        long other = dsl.selectDistinct(CONCERN_ENTRY.CASE_FILE_ID).from(CONCERN_ENTRY)
                .where(CONCERN_ENTRY.CASE_FILE_ID.ne(mila)).limit(1).fetchSingle().value1();
        String milaCode = code(mila);
        String otherCode = code(other);
        Instant started = Instant.now();

        var police = signedIn("politie");
        police.go("casus/" + mila);
        police.waitForText("concern-hit", "Koppeling");
        police.click("concerns");
        police.waitForText("concerns-content", "B., Dino");
        assertThat(police.text("concerns-content")).contains("Ook bij: " + otherCode).contains("XK-472-B")
                .contains("Wpg art. 20");
        police.click("concern-add");
        police.select("concern-kind", "Locatie");
        police.type("concern-note", "Hier werd zij afgezet.");
        police.click("concern-save");
        police.waitForText("concern-identifier", "Vul dit in");
        assertThat(police.inputValue("concern-note")).isEqualTo("Hier werd zij afgezet.");
        police.waitForText("concern-basis", "Vul dit in");
        police.type("concern-identifier", "kruidenlaan 14 RIVIERDORP");
        police.select("concern-basis", "Wpg art. 20 (samenwerkingsverband, convenant zorgtafel)");
        police.click("concern-save");
        police.waitForText("concerns-content", "kruidenlaan 14 RIVIERDORP");
        assertThat(police.all("#concern-entries > li").getFirst().getText()).contains("Locatie: kruidenlaan 14")
                .contains("Ook bij: " + otherCode);
        police.snap("concerns-police");

        var youthCare = signedIn("jeugdzorg");
        youthCare.go("casus/" + mila);
        youthCare.waitForText("concern-hit", "Wat en met welke casus zien alleen de politie, het OM en de voorzitter");
        assertThat(youthCare.present("concerns")).as("no compartment for youth care").isFalse();
        assertThat(youthCare.pageText()).doesNotContain("Dino").doesNotContain("XK-472-B")
                .doesNotContain("Kruidenlaan").doesNotContain(otherCode);
        youthCare.snap("concerns-hit");

        var chair = signedIn("voorzitter");
        chair.waitForText("news-linked", milaCode);
        assertThat(chair.text("news-linked")).contains(otherCode);
        chair.snap("concerns-overview");
        chair.press(chair.find("news-linked").findElement(By.linkText(milaCode)));
        chair.waitForSpokenText("case-code", milaCode);
        // Followed from low on the Overzicht, the case opens at its top: title and notices in sight.
        Number top = (Number) ((JavascriptExecutor) chair.driver()).executeScript(
                "return document.getElementById('case-code').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).as("the case code in the window").isBetween(0.0, 400.0);
        chair.click("concerns");
        chair.waitForText("concern-cluster", otherCode);
        assertThat(chair.present("concern-add")).as("the chair reads, police record").isFalse();

        var beheerder = signedIn("beheerder");
        beheerder.go("casus/" + mila);
        beheerder.waitForPageText("Geen toegang");
        assertThat(beheerder.pageText()).doesNotContain("Dino").doesNotContain("Koppeling");

        assertThat(audited(AuditKind.CONCERN_VIEWED, started)).as("police and chair opened it, the chair's Overzicht")
                .isGreaterThanOrEqualTo(3);
        assertThat(audited(AuditKind.CONCERN_HIT, started)).as("hits shown, and the new entry's link")
                .isGreaterThanOrEqualTo(3);
        assertThat(audited(AuditKind.CONCERN_RECORDED, started)).isEqualTo(1);
        assertThat(audited(AuditKind.ACCESS_DENIED, started)).as("the Beheerder's refusal").isGreaterThanOrEqualTo(1);
    }

    private int audited(AuditKind kind, Instant since) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(kind).and(AUDIT_ENTRY.OCCURRED_AT.ge(since)));
    }

    private String code(long caseId) {
        return dsl.select(CASE_FILE.CODE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();
    }
}
