package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * Keyboard only (WCAG 2.1.1): a member brings in an anonymous case with Tab, arrow keys, Space
 * and Enter; the chair triages it from the Overzicht, builds the agenda of a session and runs
 * the live meeting the same way. Nothing is clicked; only an address is typed to open a session.
 */
class KeyboardBrowserTest extends BrowserTestBase {

    @Autowired DSLContext dsl;
    @Autowired SystemTasks system;
    @Autowired UserDetailsService users;
    @Autowired MeetingService meetings;

    @Test
    void intake_triage_agenda_and_live_meeting_work_by_keyboard_alone() throws Exception {
        // Intake by the member.
        var member = signedIn("jeugdzorg");
        member.tabTo("main-navigation", "Casus inbrengen");
        member.keys(Keys.ENTER);
        member.find("intake-submit");
        member.tabTo("intake-age", null);
        member.keys("14");
        member.tabTo("intake-role", null);
        member.arrowTo("intake-role", "Vermoedelijk slachtoffer");
        member.keys(Keys.SPACE);
        member.tabTo("intake-forms", "Crimineel");
        member.keys(Keys.SPACE);
        member.tabTo("intake-signals", null);
        member.keys("Jongen van 14 vervoert pakketjes voor oudere jongens; spijbelt sinds september.");
        member.tabTo("intake-question", null);
        member.keys("Wie spreekt hem, en hoe houden we hem uit handen van de groep?");
        member.tabTo("intake-young-informed", null);
        member.arrowTo("intake-young-informed", "Ja");
        member.keys(Keys.SPACE);
        member.tabTo("intake-parents-informed", null);
        member.arrowTo("intake-parents-informed", "Ja");
        member.keys(Keys.SPACE);
        member.tabTo("intake-submit", null);
        member.keys(Keys.ENTER);
        member.waitForText("case-status", "Aangemeld");
        String code = member.text("case-code");
        member.snap("keyboard-01-intake");

        // Triage by the chair, from the Overzicht's queue.
        var chair = signedIn("voorzitter");
        chair.waitForText("triage-queue", code);
        chair.tabTo("triage-queue", code);
        chair.keys(Keys.ENTER);
        chair.waitForText("case-status", "Aangemeld");
        chair.tabTo("triage-agenderen", null);
        chair.keys(Keys.ENTER);
        chair.waitForText("case-status", "Geagendeerd");

        // Agenda building.
        long meetingId = system.as(users.loadUserByUsername("voorzitter"), () -> meetings.plan(new MeetingPlan(null, 0,
                MeetingKind.EXTRA, TestData.today().plusDays(60), LocalTime.of(6, 0), LocalTime.of(7, 30),
                "Stadskantoor Demostad, zaal 3", null, null, null)));
        chair.go("zitting/" + meetingId);
        chair.tabTo("agenda-add-case", null);
        chair.keys(Keys.ENTER);
        chair.tabTo("agenda-case", null);
        chair.keys(code);
        chair.keys(Keys.ARROW_DOWN);
        chair.keys(Keys.ENTER);
        assertThat(chair.inputValue("agenda-case")).startsWith(code);
        chair.tabTo("agenda-save", null);
        chair.keys(Keys.ENTER);
        chair.waitForText("agenda-items", code);
        chair.tabTo("agenda-invite", null);
        chair.keys(Keys.ENTER);
        chair.waitForPageText("Uitnodigingen versturen");
        chair.keys(Keys.ENTER);
        chair.waitForPageText("uitnodiging");
        chair.snap("keyboard-02-agenda");

        // The live meeting: accept, start, on to the next item.
        chair.go("live/" + meetingId);
        chair.tabTo("live-accept", null);
        chair.keys(Keys.ENTER);
        chair.tabTo("live-start", null);
        chair.keys(Keys.ENTER);
        chair.waitForText("live-agenda", "nu aan de orde");
        String first = chair.text("live-item-title");
        chair.tabTo("live-next", null);
        chair.keys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(chair.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !chair.text("live-item-title").equals(first));
        chair.snap("keyboard-03-live");
        assertThat(dsl.fetchCount(CASE_FILE, CASE_FILE.CODE.eq(code))).isEqualTo(1);
    }
}
