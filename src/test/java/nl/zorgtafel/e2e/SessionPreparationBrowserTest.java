package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.PdfA;

/**
 * Issue 17's journey: the chair prepares a session from the Overzicht without typing an address.
 * Youth care has just brought in an acute case; the chair sees it among the acute cases at the
 * head of the triage queue, opens it from there and puts it on the agenda; plans an extra session
 * through the side navigation (all refusals at once; she leads it; the table's usual place is
 * offered); opens the next session from the Overzicht, adds the case, reads each item's clock
 * time, sends the invitations and downloads the agenda PDF. Youth care finds the same session on
 * its Overzicht, unanswered, with the same clock time, and its own agenda PDF.
 */
class SessionPreparationBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Autowired DSLContext dsl;
    @Autowired SystemTasks system;
    @Autowired UserDetailsService users;
    @Autowired IntakeService intakes;

    @Test
    void the_chair_prepares_a_session_from_the_overview() throws Exception {
        long caseId = system.as(users.loadUserByUsername("jeugdzorg"), () -> intakes.saveAndSubmit(new CaseIntake(null,
                0, false, Urgency.ACUUT, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null, null, Set.of(), null,
                null, Set.of(ExploitationForm.SEKSUEEL), null, Set.of(),
                "Meisje van 15 wordt 's nachts opgehaald door een onbekende auto.", "Wie zorgt vannacht voor veiligheid?",
                Set.of(), true, null, true, null, null, null, null, null, null, null)));
        String code = dsl.select(CASE_FILE.CODE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();

        // Triage from the workbench: acute cases lead the queue, ours among them.
        var chair = signedIn("voorzitter");
        chair.waitForText("triage-queue", code);
        var queue = chair.driver().findElements(By.cssSelector("#triage-queue li"));
        var ourRow = queue.stream().filter(li -> li.getText().startsWith(code)).findFirst().orElseThrow();
        assertThat(ourRow.getText()).contains("urgentie Acuut");
        assertThat(ourRow.getAttribute("class")).contains("acute");
        assertThat(queue.stream().map(li -> java.util.Objects.toString(li.getAttribute("class"), "").contains("acute"))
                .toList())
                .as("acute first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        chair.snap("prepare-01-overview");
        chair.press(ourRow.findElement(By.tagName("a")));
        chair.waitForText("case-status", "Aangemeld");
        chair.click("triage-agenderen");
        chair.waitForText("case-status", "Geagendeerd");

        // A session planned through the navigation: the chair leads it, the usual place is offered.
        // (Weeks ahead, so the demo's next session stays the next one for the other journeys.)
        nav(chair, "Zittingen");
        chair.click("meeting-plan");
        assertThat(chair.inputValue("meeting-chair")).isEqualTo("Vera Voorzitter");
        assertThat(chair.inputValue("meeting-place")).as("the table's usual place").isNotBlank();
        chair.click("meeting-save");
        chair.waitForPageText("Dit veld is verplicht.");
        chair.date("meeting-date", TestData.today().plusDays(45).format(D_M_YYYY));
        chair.type("meeting-start", "07:00");
        chair.type("meeting-end", "08:30");
        chair.click("meeting-save");
        chair.waitForText("meetings-grid", "07:00");

        // The Overzicht's next session, prepared from there: the case, its clock time, invitations, PDF.
        nav(chair, "Overzicht");
        chair.waitForText("next-session-invitations", "Uitgenodigd:");
        String when = chair.text("next-session-when");
        chair.click("next-session-open");
        chair.click("agenda-add-case");
        chair.combo("agenda-case", code);
        chair.type("agenda-planned-minutes", "20");
        chair.click("agenda-save");
        chair.waitForText("agenda-items", code);
        String opening = chair.driver().findElement(By.cssSelector("#agenda-items .agenda-time")).getText();
        assertThat(when).as("the first item starts when the session does").contains(opening);
        String ours = clockOf(chair, code);
        assertThat(ours).as("the case starts after the items before it").isGreaterThan(opening);
        chair.snap("prepare-02-agenda-with-times");
        chair.click("agenda-invite");
        chair.confirm();
        chair.waitForPageText("uitnodiging");
        String pdf = PdfA.text(chair.download("agenda-pdf", "agenda.pdf"));
        assertThat(pdf).contains(code, "Voorzitter: Vera Voorzitter", opening, ours, "alle casussen van de tafel");

        nav(chair, "Overzicht");
        chair.waitForText("next-session-invitations", "geantwoord:");
        chair.snap("prepare-03-overview-invited");

        // Youth care: the same next session, not yet answered; its agenda PDF holds its own case, timed.
        var youthCare = signedIn("jeugdzorg");
        youthCare.waitForText("next-session-mine", "nog niet laten weten");
        assertThat(youthCare.text("next-session-when")).isEqualTo(when);
        youthCare.click("next-session-open");
        youthCare.waitForText("agenda-items", code);
        assertThat(clockOf(youthCare, code)).as("the member's clock matches the chair's").isEqualTo(ours);
        String memberPdf = PdfA.text(youthCare.download("agenda-pdf", "agenda.pdf"));
        assertThat(memberPdf).contains(code, ours, "Deelnemers:", "alleen die waarin jouw organisatie deelnemer is");
    }

    /** The clock time shown before this case on the agenda. */
    private static String clockOf(Browser browser, String code) {
        return browser.driver().findElements(By.cssSelector("#agenda-items .agenda-item")).stream()
                .filter(row -> row.getText().contains(code)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".agenda-time")).getText();
    }

    private static void nav(Browser browser, String label) {
        browser.press(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(i -> i.getText().strip().equals(label)).findFirst().orElseThrow());
    }
}
