package nl.zorgtafel.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.MeetingStatus;

/**
 * The action feature reads the meeting feature's enum columns by their stored names (the agenda
 * builder depends on action, so action may not depend on meeting's types); these names must
 * stay meeting's enum names.
 */
class ActionCrossFeatureTest {

    @Test
    void actions_are_taken_while_a_session_runs_or_has_just_ended() {
        assertThat(ActionRepository.TAKING_ACTIONS).containsExactlyInAnyOrder(MeetingStatus.LOPEND.name(),
                MeetingStatus.AFGEROND.name());
    }

    @Test
    void the_review_block_is_meeting_s_review_block() {
        assertThat(ActionRepository.REVIEW_BLOCK).isEqualTo(AgendaBlock.REVIEW_ACTIONS.name());
    }
}
