package nl.zorgtafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.TestData;

@H2Test
class RsvpServiceTest {

    @Autowired
    RsvpService rsvp;
    @Autowired
    MeetingService meetings;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void invitees_answer_and_the_chair_sees_every_answer() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long police = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        String officer = testData.account("Agent Een", police, false, Map.of(table, TableRole.LID));
        long colleague = testData.person("Agent Twee", police, Map.of());
        long outsider = testData.person("Iemand Anders", coordination, Map.of());
        String administrator = testData.account("Beheerder Politie", police, true, Map.of());
        long administratorPerson = testData.personIdOf(administrator);

        testData.signIn(chair);
        long meeting = meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA, TestData.today().plusYears(1),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Zaal", null, null, null));
        invitations.sendInvitations(meeting);

        testData.signIn(officer);
        var mine = rsvp.mine(meeting).orElseThrow();
        assertThat(mine.response()).isNull();
        assertThatThrownBy(() -> rsvp.respond(meeting, mine.version(), Rsvp.AFWEZIG, null, null, null))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("written-input");
        assertThatThrownBy(() -> rsvp.respond(meeting, mine.version(), Rsvp.AFWEZIG, true, null, null))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("written-input-when");
        assertThatThrownBy(() -> rsvp.respond(meeting, mine.version(), Rsvp.VERVANGER, null, null, outsider))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("substitute");
        assertThat(rsvp.colleagues()).extracting(Colleague::personId).contains(colleague).doesNotContain(outsider)
                .as("the Beheerder sees no case content, so never stands in").doesNotContain(administratorPerson);
        assertThatThrownBy(() -> rsvp.respond(meeting, mine.version(), Rsvp.VERVANGER, null, null, administratorPerson))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("substitute");

        rsvp.respond(meeting, mine.version(), Rsvp.VERVANGER, null, null, colleague);
        assertThatThrownBy(() -> rsvp.respond(meeting, mine.version(), Rsvp.AANWEZIG, null, null, null))
                .isInstanceOf(StaleEdit.class);

        testData.signIn(chair);
        assertThat(rsvp.responses(meeting)).filteredOn(r -> r.name().equals("Agent Een")).singleElement()
                .satisfies(r -> {
                    assertThat(r.response()).isEqualTo(Rsvp.VERVANGER);
                    assertThat(r.substituteName()).isEqualTo("Agent Twee");
                });
    }
}
