package nl.zorgtafel.testsupport;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;

/**
 * A table with a chair, a secretary, youth care and police (deelnemers of the case item), a
 * school (member, not a deelnemer) and an observer; one agendered case on a planned session.
 */
@Component
public class SessionFixture {

    /** Who and what a live-meeting test works with. */
    public record Session(long tableId, long meetingId, long caseId, long caseItemId, String chair, String secretary,
            String youthCare, String police, String school, String observer, long youth, long avim, long college) {
    }

    private final TestData testData;
    private final CaseService cases;
    private final nl.zorgtafel.casefile.IntakeService intakes;
    private final nl.zorgtafel.casefile.LifecycleService lifecycle;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final nl.zorgtafel.live.LiveMeetingService live;

    SessionFixture(TestData testData, CaseService cases, MeetingService meetings, AgendaService agendas,
            nl.zorgtafel.live.LiveMeetingService live,
            nl.zorgtafel.casefile.IntakeService intakes, nl.zorgtafel.casefile.LifecycleService lifecycle) {
        this.intakes = intakes;
        this.live = live;
        this.lifecycle = lifecycle;
        this.testData = testData;
        this.cases = cases;
        this.meetings = meetings;
        this.agendas = agendas;
    }

    public Session create() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        long college = testData.organisation(TestData.unique("College"), OrganisationType.ONDERWIJS);
        long watchers = testData.organisation(TestData.unique("Inspectie"), OrganisationType.GEMEENTE);
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        String secretary = testData.account("Secretaris", coordination, false, Map.of(table, TableRole.SECRETARIS));
        String youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        String police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        String school = testData.account("School", college, false, Map.of(table, TableRole.LID));
        String observer = testData.account("Waarnemer", watchers, false, Map.of(table, TableRole.WAARNEMER));
        long caseId = agendered(youthCare, chair);
        testData.signIn(chair);
        long meetingId = meetings.plan(new MeetingPlan(null, 0, MeetingKind.REGULIER, TestData.today().plusDays(14),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor", null, null, null));
        long item = agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(youth, avim), Set.of());
        testData.signOut();
        return new Session(table, meetingId, caseId, item, chair, secretary, youthCare, police, school, observer, youth,
                avim, college);
    }

    /** These people accept the session's confidentiality statement (without it nothing of an item shows). */
    public void accepted(long meetingId, String... usernames) {
        for (String username : usernames) {
            testData.signIn(username);
            live.accept(meetingId);
        }
        testData.signOut();
    }

    /** Another session of the same table, later, with the standard blocks only. */
    public long laterSession(Session session, int daysLater) {
        testData.signIn(session.chair());
        try {
            return meetings.plan(new MeetingPlan(null, 0, MeetingKind.REGULIER,
                    TestData.today().plusDays(14 + daysLater), LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor",
                    null, null, null));
        } finally {
            testData.signOut();
        }
    }

    /** A case brought in by the proposer and agendered by the chair. */
    public long agendered(String proposer, String chair) {
        testData.signIn(proposer);
        long caseId = intakes.saveAndSubmit(new CaseIntake(null, 0, false, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, null, null, null, null, null));
        testData.signIn(chair);
        lifecycle.decide(caseId, cases.open(caseId).intake().version(), TriageDecision.AGENDEREN, null, null);
        testData.signOut();
        return caseId;
    }
}
