package nl.zorgtafel.e2e;

import org.openqa.selenium.By;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.security.SystemTasks;

/**
 * The demo's next session with the case item Jeugdhulp takes part in, and the steps to get a
 * browser there: accept the statement and start the session if no one did yet, and go to the item.
 */
record DemoLiveSession(long meetingId, MeetingAgenda.Item caseItem, String youthCare) {

    static DemoLiveSession find(MeetingService meetings, AgendaService agendas, SystemTasks system,
            UserDetailsService users) {
        var chair = users.loadUserByUsername("voorzitter");
        long session = system.as(chair, () -> meetings.find(true, 0, 1).getFirst().id());
        MeetingAgenda.Item item = system.as(chair, () -> agendas.agenda(session).items().stream()
                .filter(i -> i.caseFileId() != null && i.participants().stream()
                        .anyMatch(p -> p.name().startsWith("Jeugdhulp")))
                .findFirst().orElseThrow());
        String youthCare = item.participants().stream().filter(p -> p.name().startsWith("Jeugdhulp")).findFirst()
                .orElseThrow().name();
        return new DemoLiveSession(session, item, youthCare);
    }

    String page() {
        return "live/" + meetingId;
    }

    /** The chair's browser at the case item, the session started. */
    void chairAtItem(Browser chair) {
        join(chair);
        if (chair.present("live-start")) {
            chair.click("live-start");
        }
        chair.waitForText("live-agenda", "nu aan de orde");
        if (!chair.text("live-item-title").equals(caseItem.caseCode())) {
            chair.press(chair.find("live-agenda").findElement(By.xpath(
                    ".//vaadin-button[@aria-label='Hierheen: " + caseItem.caseCode() + "']")));
        }
        chair.waitForText("live-item-title", caseItem.caseCode());
    }

    /** A participant's browser on the live page, the statement accepted. */
    void join(Browser browser) {
        browser.go(page());
        if (browser.present("live-accept")) {
            browser.click("live-accept");
        }
    }
}
