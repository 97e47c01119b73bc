package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * The live meeting in two real browsers (Debian's headless Chromium) against the demo on a real
 * port: the chair moves the session on and the other page follows by server push; what a
 * member records appears on the chair's page without a reload.
 */
class LiveMeetingBrowserTest extends BrowserTestBase {

    @Autowired
    MeetingService meetings;
    @Autowired
    SystemTasks system;
    @Autowired
    UserDetailsService users;
    @Autowired
    nl.zorgtafel.meeting.AgendaService agendas;
    @Autowired
    nl.zorgtafel.live.LiveMeetingService live;

    @Test
    void the_chair_moves_on_and_a_member_s_inbreng_reaches_the_chair_by_push() throws Exception {
        long session = system.as(users.loadUserByUsername("voorzitter"), () -> meetings.find(true, 0, 1).getFirst().id());

        // Other browser tests may have started this demo session already: join it as it stands.
        var demo = DemoLiveSession.find(meetings, agendas, system, users);
        var chair = signedIn("voorzitter");
        demo.join(chair);
        if (chair.present("live-start")) {
            chair.click("live-start");
        }
        chair.waitForText("live-agenda", "nu aan de orde");

        var member = signedIn("jeugdzorg");
        demo.join(member);
        member.waitForText("live-agenda", "nu aan de orde");

        // The chair moves to the review block and on to the first case: the member's page follows.
        if (!chair.text("live-item-title").equals("Bespreking openstaande acties")) {
            chair.press(chair.find("live-agenda").findElement(org.openqa.selenium.By.xpath(
                    ".//vaadin-button[@aria-label='Hierheen: Bespreking openstaande acties']")));
        }
        member.waitForText("live-review", "Terugblik op acties");
        chair.click("live-next");
        member.find("live-note-body");
        // A screen reader hears where the chair went, in the live region (hidden on screen).
        assertThat(member.waitForSpokenText("live-announcer", member.text("live-item-title")))
                .startsWith("De voorzitter is naar agendapunt");

        // The member records inbreng; it appears on the chair's page without a reload.
        member.type("live-note-body", "Jongere is gisteren weer weggelopen.");
        member.click("live-add-inbreng");
        member.waitForText("live-notes", "weer weggelopen");
        chair.waitForText("live-notes", "weer weggelopen");
        assertThat(chair.text("live-notes")).contains("Inbreng Jeugdhulp De Horizon");

        // The member is still typing (has not left the field) when the chair moves on: the text stays,
        // the page says so, and it is saved to the item it was written for.
        String item = member.text("live-item-title");
        member.typeAndStay("live-note-body", "Ze noemde net ook een tweede adres.");
        chair.click("live-next");
        member.waitForText("live-moved", "verder gegaan");
        assertThat(member.find("live-note-body").findElement(org.openqa.selenium.By.tagName("textarea"))
                .getAttribute("value")).isEqualTo("Ze noemde net ook een tweede adres.");
        assertThat(member.text("live-item-title")).isEqualTo(item);
        member.click("live-add-inbreng");
        member.waitForText("live-item-title", chair.text("live-item-title"));
        assertThat(member.present("live-moved")).as("saved: the page follows the chair again").isFalse();
        var saved = system.as(users.loadUserByUsername("voorzitter"), () -> {
            long caseItem = agendas.agenda(session).items().stream().filter(i -> item.equals(i.caseCode()))
                    .findFirst().orElseThrow().id();
            return live.notes(caseItem);
        });
        assertThat(saved).extracting(nl.zorgtafel.live.ItemNote::body).contains("Ze noemde net ook een tweede adres.");

        // The shared screen for the projector: its own page, no person's name, still there after a reload.
        var projector = signedIn("voorzitter");
        projector.go("scherm/" + session);
        projector.waitForText("shared-current", "Nu aan de orde");
        projector.go("scherm/" + session);
        projector.waitForText("shared-current", "Nu aan de orde");
        assertThat(projector.pageText()).doesNotContain("Vera Voorzitter").doesNotContain("Joyce Jeugdzorg")
                .doesNotContain("Uitloggen");
    }
}
