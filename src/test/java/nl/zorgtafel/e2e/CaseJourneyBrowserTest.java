package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * The whole case journey in real browsers against the demo on a real port, each step asserted
 * as the person on screen sees it: a member proposes a named case, the chair triages it (all
 * three decisions; the member reads the question, the reason and the advice), agenda and
 * invitations, a live session with an action, Zitting afronden moves the case, the member records
 * consent for CoMensha, takes the draft and records the route step, the minutes become
 * definitief, the member finishes the action, the chair closes the case, and a new case
 * for the same young person within 12 months is a herhaalde casus.
 */
class CaseJourneyBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Autowired
    MeetingService meetings;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;

    @Test
    void a_named_case_goes_from_intake_to_closing_and_comes_back_as_a_repeat() throws Exception {
        String youngPerson = "Nova Reisproef " + System.nanoTime() % 100_000;
        var member = signedIn("jeugdzorg");
        var chair = signedIn("voorzitter");

        // The member proposes a named case.
        long caseId = propose(member, youngPerson);
        assertThat(member.text("case-status")).startsWith("Aangemeld");
        String code = member.text("case-code");

        // Triage 1: meer informatie nodig; the member reads the question and answers.
        chair.go("casus/" + caseId);
        chair.click("triage-start");
        chair.waitForText("case-status", "In triage");
        chair.click("triage-meer-informatie-nodig");
        chair.type("decision-text", "Welke school bezoekt zij, en wie is haar mentor?");
        chair.click("decision-confirm");
        chair.waitForText("case-status", "Meer informatie nodig");
        chair.snap("01-chair-asked-more-information");

        member.go("");
        member.waitForText("news-decided", code);
        assertThat(member.text("news-decided")).contains("Welke school bezoekt zij");
        member.snap("02-member-overzicht-question");
        member.go("casus/" + caseId);
        assertThat(member.text("case-triage-notice")).contains("meer informatie nodig")
                .contains("Welke school bezoekt zij, en wie is haar mentor?");
        member.snap("03-member-case-question");
        member.click("case-answer");
        member.type("decision-text", "VMBO De Brug, mentor meneer Jansen.");
        member.click("decision-confirm");
        member.waitForText("case-status", "Aangemeld");

        // Triage 2: afwijzen with reason and advice; the member reads both.
        chair.go("casus/" + caseId);
        assertThat(chair.text("case-history")).contains("VMBO De Brug, mentor meneer Jansen.")
                .contains("van Meer informatie nodig naar Aangemeld").doesNotContain("MEER_INFORMATIE");
        chair.click("triage-afwijzen");
        chair.type("decision-text", "Er is al een hulpverleningstraject via Veilig Thuis.");
        chair.click("decision-confirm");
        assertThat(chair.find("decision-advice").getAttribute("invalid")).isNotNull();
        chair.snap("04-chair-decline-needs-advice");
        chair.type("decision-advice", "Stem af met Veilig Thuis en meld opnieuw bij nieuwe signalen.");
        chair.click("decision-confirm");
        chair.waitForText("case-status", "Afgewezen");

        member.go("casus/" + caseId);
        assertThat(member.text("case-triage-notice")).contains("afgewezen")
                .contains("Er is al een hulpverleningstraject via Veilig Thuis.")
                .contains("Stem af met Veilig Thuis en meld opnieuw bij nieuwe signalen.");
        member.snap("05-member-reads-decline");

        // Triage 3: the chair reopens and agendeert.
        chair.click("case-reopen");
        chair.waitForText("case-status", "Aangemeld");
        chair.click("triage-agenderen");
        chair.waitForText("case-status", "Geagendeerd");

        // Agenda and invitations for a session of our own.
        long meetingId = system.as(users.loadUserByUsername("voorzitter"), () -> meetings.plan(new MeetingPlan(null, 0,
                MeetingKind.EXTRA, TestData.today().plusDays(3), LocalTime.of(9, 0), LocalTime.of(10, 0),
                "Stadskantoor Demostad, zaal 1", null, null, null)));
        chair.go("zitting/" + meetingId);
        chair.click("agenda-add-case");
        chair.combo("agenda-case", code);
        chair.click("agenda-save");
        chair.waitForText("agenda-items", code);
        chair.click("agenda-invite");
        chair.confirm();
        chair.waitForPageText("uitnodiging");

        // The live session: the member agrees an action for her organisation.
        chair.go("live/" + meetingId);
        chair.click("live-accept");
        chair.click("live-start");
        chair.waitForText("live-agenda", "nu aan de orde");
        member.go("live/" + meetingId);
        member.click("live-accept");
        chair.click("live-next");
        chair.click("live-next");
        member.waitForText("live-item-title", code);
        String deadline = TestData.today().plusDays(7).format(DUTCH_DATE);
        member.combo("action-party", "Jeugdhulp De Horizon");
        member.type("action-description", "Gesprek met de jongere en haar mentor over veiligheid");
        member.date("action-deadline", deadline);
        member.click("action-add");
        member.waitForText("live-actions", "Gesprek met de jongere en haar mentor");
        member.snap("06-member-live-action");
        chair.waitForText("live-actions", "Gesprek met de jongere en haar mentor");
        chair.click("live-end");
        chair.confirm();

        // Zitting afronden moved the case: in opvolging, with the session and the open action.
        member.go("casus/" + caseId);
        member.waitForText("case-status", "In opvolging");
        assertThat(member.text("case-discussions")).contains("Zitting van");
        assertThat(member.text("case-actions-grid")).contains("Gesprek met de jongere").contains("Open");
        assertThat(member.text("case-history")).contains("van Geagendeerd naar Besproken")
                .contains("van Besproken naar In opvolging").contains("besproken in de zitting van");
        member.snap("07-member-case-in-opvolging");

        // CoMensha: the member records the young person's consent (she is 16), takes the draft and
        // records the route step the page offers after the download.
        member.click("comensha-record");
        member.radio("comensha-basis", "Toestemming voor registratie");
        member.select("comensha-given-by", "De jongere (vanaf 16 jaar)");
        member.click("comensha-confirm");
        member.waitForText("comensha-summary", "Toestemming van De jongere");
        member.click("comensha-download");
        member.click("comensha-milestone");
        member.confirm();
        member.waitForText("case-milestones", "Melding CoMensha — Met toestemming");
        member.snap("07b-member-comensha-registered");

        // The minutes become definitief; the case file links to them.
        chair.go("verslag/" + meetingId);
        chair.click("minutes-finalise");
        chair.confirm();
        chair.waitForText("minutes-versions", "1");
        chair.go("casus/" + caseId);
        assertThat(chair.present("case-close")).as("no Afsluiten while an action is open").isFalse();
        assertThat(chair.text("case-close-later")).contains("1 open");
        assertThat(chair.text("case-discussions")).contains("Verslag");
        chair.snap("08-chair-case-waiting-for-action");

        // The member finishes the action in Mijn acties.
        member.go("mijn-acties");
        member.press(member.driver().findElement(By.xpath(
                "//vaadin-grid-cell-content[contains(., 'Gesprek met de jongere en haar mentor')]"
                        + "/following::vaadin-button[normalize-space(.)='Status wijzigen'][1]")));
        member.select("status-choice", "Gereed");
        member.click("status-save");

        // The chair is offered Afsluiten on Overzicht and on the case, and closes it.
        chair.go("");
        chair.waitForText("news-ready-to-close", code);
        chair.snap("09-chair-overzicht-ready-to-close");
        chair.go("casus/" + caseId);
        chair.click("case-close");
        chair.select("close-reason", "Overgedragen");
        chair.snap("10-chair-close-dialog");
        chair.click("close-confirm");
        chair.waitForText("case-status", "Afgesloten");
        assertThat(chair.text("case-facts")).contains("Overgedragen");

        // Within 12 months a new case for the same young person: a herhaalde casus for the chair.
        long again = propose(member, youngPerson);
        assertThat(member.pageText()).doesNotContain(code);
        chair.go("casus/" + again);
        assertThat(chair.text("case-status")).contains("Herhaalde casus");
        assertThat(chair.text("case-known-here")).contains(code);
        chair.snap("11-chair-repeat-case");
        chair.go("");
        assertThat(chair.text("news-known")).isNotBlank();

        // A member of an organisation that is not involved cannot open it, not even by its address.
        var police = signedIn("politie");
        police.go("casus/" + again);
        police.waitForPageText("Geen toegang");
        police.snap("12-police-refused");
        assertThat(police.pageText()).doesNotContain(youngPerson);
    }

    /** The member fills in the intake as a person would and submits; returns the new case's id. */
    private long propose(Browser member, String youngPerson) {
        member.go("casus-inbrengen");
        member.radio("intake-named", "Op naam");
        member.select("intake-basis", "Vitaal belang");
        member.type("intake-name", youngPerson);
        member.date("intake-date-of-birth", "14-6-2010");
        member.radio("intake-role", "Vermoedelijk slachtoffer");
        member.check("intake-forms", "Seksueel");
        member.type("intake-signals", "Komt na weekendverlof niet terug; nieuwe telefoon en dure kleding.");
        member.type("intake-question", "Wie spreekt de jongere over veiligheid, en wie kent de oudere vriend?");
        member.radio("intake-young-informed", "Ja");
        member.radio("intake-parents-informed", "Nee");
        member.type("intake-parents-not-informed", "Vader wordt verdacht van betrokkenheid.");
        member.click("intake-submit");
        member.waitForText("case-status", "Aangemeld");
        String path = member.path();
        assertThat(path).as("the address carries the case id, nothing identifying").matches("/casus/\\d+")
                .doesNotContain("Nova");
        return Long.parseLong(path.substring("/casus/".length()));
    }
}
