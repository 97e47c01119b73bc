package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * The chair runs a case item from one screen in a real browser while a member of a deelnemer
 * organisation works along in another: the clock, the question, who gave inbreng, a guest
 * without an account added to attendance, an action agreed with a quick deadline, its status
 * changed by the owning member in the meeting and every field of it edited by the chair.
 */
class ChairScreenBrowserTest extends BrowserTestBase {

    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;

    @Test
    void the_chair_runs_a_case_item_from_one_screen_and_the_member_works_along() throws Exception {
        var demo = DemoLiveSession.find(meetings, agendas, system, users);
        var caseItem = demo.caseItem();
        String youthCare = demo.youthCare();
        var chair = signedIn("voorzitter");
        demo.chairAtItem(chair);

        // The clock is drawn in the browser; each item shows its planned minutes beside the time spent.
        assertThat(chair.text("live-session-clock")).matches("\\d+:\\d\\d");
        assertThat(chair.text("live-agenda")).contains("/ 15 min");
        assertThat(chair.text("live-question")).startsWith("Vraag aan de tafel:");
        assertThat(chair.text("live-attendance-count")).contains(" van ").contains("aanwezig");
        chair.snap("chair-1-case-item");

        var member = signedIn("jeugdzorg");
        demo.join(member);
        member.waitForText("live-item-title", caseItem.caseCode());
        assertThat(member.find("live-note-body").getDomProperty("label")).isEqualTo("Inbreng");
        assertThat(member.present("live-add-decision")).as("only the chair and secretary record decisions").isFalse();
        chair.waitForText("live-connected", "met de pagina open");

        // The member gives inbreng: the chair sees that Jeugdhulp has given it.
        member.type("live-note-body", "Contact met moeder loopt weer.");
        member.click("live-add-inbreng");
        chair.waitForText("live-deelnemers", youthCare + " ✓");

        // A guest without an account: the mentor, who accepts the statement aloud.
        chair.click("live-attendance-add");
        chair.type("attendance-guest-name", "Mentor Vlinderschool");
        chair.select("attendance-guest-organisation", youthCare);
        chair.radio("attendance-guest-accepted", "Heeft de verklaring mondeling geaccepteerd");
        chair.click("attendance-add-guest");
        chair.press(chair.find("live-attendance-block").findElement(By.tagName("vaadin-details-summary")));
        chair.waitForText("live-attendance", "Mentor Vlinderschool (gast)");
        assertThat(chair.text("live-attendance")).contains("mondeling");
        chair.snap("chair-2-attendance-with-guest");

        // An action for Jeugdhulp with a quick deadline; the member sees it as their organisation's.
        chair.combo("action-party", youthCare);
        chair.type("action-description", "Huisbezoek met de mentor plannen");
        chair.click("action-deadline-week");
        chair.click("action-add");
        // The chair's screen reader hears that the action is saved (the live region, not only a toast).
        assertThat(chair.waitForSpokenText("live-announcer", "opgeslagen")).isEqualTo("Actie voor " + youthCare
                + " opgeslagen.");
        member.waitForText("live-actions", "Huisbezoek met de mentor plannen");
        var own = member.find("live-actions").findElement(By.cssSelector(".live-action-own"));
        assertThat(own.getText()).contains("Jouw organisatie").contains("Huisbezoek met de mentor plannen");
        String rowId = own.getAttribute("id");
        String actionId = rowId.substring("live-action-".length());

        // The member changes its status in the meeting; the chair's page shows it by push.
        member.click("live-action-status-" + actionId);
        member.select("status-choice", "In uitvoering");
        member.click("status-save");
        chair.waitForText(rowId, "In uitvoering");

        // The chair edits every field of it; the dialog names the action it changes.
        chair.click("live-action-edit-" + actionId);
        assertThat(chair.text("action-edit-which")).contains("Huisbezoek met de mentor plannen");
        chair.type("action-edit-description", "Huisbezoek met mentor en moeder plannen");
        chair.select("action-edit-status", "Gereed");
        chair.click("action-edit-save");
        member.waitForText(rowId, "Huisbezoek met mentor en moeder plannen");
        member.waitForText(rowId, "Gereed");
        member.snap("member-1-own-action");
    }
}
