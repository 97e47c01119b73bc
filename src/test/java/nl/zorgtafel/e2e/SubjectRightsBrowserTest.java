package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.PdfA;

/**
 * Rechten van betrokkene in a real browser on the demo. Youth care and the police each brought in
 * a case of the same (fictional) young person; the chair finds both from the side navigation by
 * name and date of birth, sees every missing part of the decision at once, records the partner's
 * decision and downloads the export as PDF and JSON (both name the cases, the texts and who saw
 * them); restricts processing, after which youth care sees its case kept but without the name;
 * then erases after confirming, after which youth care's case says it was erased and the
 * database holds no identifying data of it. Youth care is refused the screen by address (audited).
 */
class SubjectRightsBrowserTest extends BrowserTestBase {

    private static final String NAME = "Fenna Proefpersoon";
    private static final LocalDate BORN = LocalDate.of(2010, 6, 1);

    @Autowired DSLContext dsl;
    @Autowired SystemTasks system;
    @Autowired UserDetailsService users;
    @Autowired IntakeService intakes;
    @Autowired LifecycleService lifecycle;
    @Autowired CaseService cases;

    @Test
    void the_chair_exports_restricts_and_erases_at_the_young_persons_request() throws Exception {
        long youthCase = proposed("jeugdzorg", "Fenna slaapt bij een onbekende man in Havenstad.");
        long policeCase = proposed("politie", "Aangetroffen bij een controle; Fenna zegt een schuld te hebben.");
        String youthCode = code(youthCase);
        String policeCode = code(policeCase);

        var chair = signedIn("voorzitter");
        chair.driver().findElements(org.openqa.selenium.By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(i -> i.getText().strip().equals("Rechten van betrokkene")).findFirst().orElseThrow().click();
        chair.waitForVaadin();
        chair.click("subject-find");
        chair.waitForPageText("Vul de naam van de jongere in.");
        assertThat(chair.pageText()).contains("Vul een geldige geboortedatum in");
        chair.type("subject-name", "fenna  PROEFPERSOON");
        chair.date("subject-birth", "1-6-2010");
        chair.click("subject-find");
        chair.waitForText("subject-result", "2 casus(sen)");
        assertThat(chair.text("subject-cases")).contains(youthCode, policeCode);
        chair.snap("subject-01-found");

        // Every missing part of the decision at once, at its field; then the export.
        chair.select("subject-kind", "Inzage (export)");
        chair.click("subject-execute");
        chair.waitForPageText("Vul in wie besliste.");
        assertThat(chair.pageText()).contains("Geef een korte toelichting op het besluit.");
        chair.type("subject-decided-by", "M. Jansen, privacyfunctionaris");
        chair.type("subject-reason", "Verzoek via de mentor; inzage toegewezen.");
        chair.click("subject-execute");
        String pdf = PdfA.text(chair.download("subject-export-pdf", "inzage-betrokkene.pdf"));
        assertThat(pdf).contains(NAME, youthCode, policeCode, "slaapt bij een onbekende man", "Joyce Jeugdzorg",
                "Wie de gegevens inzag");
        String json = new String(chair.download("subject-export-json", "inzage-betrokkene.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(NAME, youthCode, policeCode, "CASE_VIEWED");
        chair.snap("subject-02-export");

        // Restricted: youth care keeps its case, without the name and without changing it.
        decide(chair, "Beperking van de verwerking");
        chair.confirm();
        chair.reveal("subject-cases");
        chair.waitForText("subject-cases", "Verwerking beperkt sinds");
        var youthCare = signedIn("jeugdzorg");
        youthCare.go("casus/" + youthCase);
        youthCare.waitForText("case-restricted", "Verwerking beperkt op verzoek van de betrokkene");
        assertThat(youthCare.pageText()).doesNotContain(NAME).contains("de verwerking is beperkt");
        youthCare.snap("subject-03-member-restricted");

        // Erased after confirming: nothing identifying left, and youth care's case says why.
        decide(chair, "Wissen");
        chair.waitForPageText("definitief wissen?");
        chair.snap("subject-04-erase-confirm");
        chair.confirm();
        chair.reveal("subject-result");
        chair.waitForText("subject-result", "2 casus(sen) gewist");
        chair.reveal("subject-requests");
        assertThat(chair.text("subject-requests")).contains("Wissen", "Beperking van de verwerking", "Inzage (export)");
        youthCare.go("casus/" + youthCase);
        youthCare.waitForText("case-purged", "Gewist op verzoek van de betrokkene");
        assertThat(youthCare.text("case-facts")).contains("Signalen: Gewist op verzoek van de betrokkene");
        assertThat(dsl.fetchCount(CASE_FILE, CASE_FILE.ID.in(youthCase, policeCase)
                .and(CASE_FILE.NAME_ENC.isNull()).and(CASE_FILE.PERSON_HASH.isNull())
                .and(CASE_FILE.SIGNALS.isNull()).and(CASE_FILE.ERASED_AT.isNotNull()))).isEqualTo(2);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.SUBJECT_ERASED)
                .and(AUDIT_ENTRY.OBJECT_ID.in(youthCase, policeCase)))).isEqualTo(2);

        long refused = dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(AUDIT_ENTRY.DETAIL.eq("view /betrokkene")));
        youthCare.go("betrokkene");
        youthCare.waitForPageText("Geen toegang");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(AUDIT_ENTRY.DETAIL.eq("view /betrokkene")))).isEqualTo(refused + 1);
    }

    /** Fills the partner's decision for this kind of request and asks to carry it out. */
    private static void decide(Browser chair, String kind) {
        chair.select("subject-kind", kind);
        chair.type("subject-decided-by", "M. Jansen, privacyfunctionaris");
        chair.type("subject-reason", "Verzoek van de jongere, toegewezen.");
        chair.click("subject-execute");
    }

    /** A named case brought in by this demo account and placed on the agenda by the chair. */
    private long proposed(String proposer, String signals) {
        long id = system.as(users.loadUserByUsername(proposer), () -> intakes.saveAndSubmit(new CaseIntake(null, 0, true,
                Urgency.HOOG, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), signals, "Wie helpt haar veilig te slapen?", Set.of(),
                true, null, true, null, null, LegalBasis.VITAAL_BELANG, null, null, null,
                new IdentifyingData(NAME, BORN, null, null))));
        system.as(users.loadUserByUsername("voorzitter"), () -> {
            lifecycle.decide(id, cases.open(id).intake().version(), TriageDecision.AGENDEREN, null, null);
            return null;
        });
        // Youth care opens its case once, so the export has a view by someone else to show.
        system.as(users.loadUserByUsername("jeugdzorg"), () -> proposer.equals("jeugdzorg") ? cases.open(id) : null);
        return id;
    }

    private String code(long caseId) {
        return dsl.select(CASE_FILE.CODE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();
    }
}
