package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.MeetingStatus;

/**
 * The case file reads the meeting and action features' tables in SQL by their stored status
 * names (casefile sits below those features); these names must stay the owning enums' names.
 */
class CrossFeatureStatusTest {

    @Test
    void open_actions_are_those_the_action_feature_calls_open() {
        assertThat(CaseFollowUpRepository.OPEN_ACTION).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ActionStatus.values()).filter(ActionStatus::isOpen).map(Enum::name).toList());
    }

    @Test
    void meeting_statuses_are_the_meeting_feature_s() {
        assertThat(CaseFollowUpRepository.COMING_MEETING).containsExactlyInAnyOrder(MeetingStatus.GEPLAND.name(),
                MeetingStatus.UITGENODIGD.name(), MeetingStatus.LOPEND.name());
        assertThat(CaseFollowUpRepository.DISCUSSING_MEETING).containsExactlyInAnyOrder(MeetingStatus.LOPEND.name(),
                MeetingStatus.AFGEROND.name(), MeetingStatus.VERSLAG_DEFINITIEF.name());
        assertThat(CaseFollowUpRepository.DECISION).isEqualTo(NoteKind.BESLUIT.name());
    }
}
