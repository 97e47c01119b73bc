package nl.zorgtafel.live;

import java.time.Instant;
import java.util.List;

import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.security.ItemAccess;

/**
 * Everything one person's live page shows, read in one transaction: the session as they may see
 * it and the item they look at (the current one, or the one they were still typing for), with
 * the access decision its buttons are drawn from and only the content that decision allows.
 */
public record LivePage(LiveState state, Item item) {

    /**
     * The item the page shows. For a case item its question for the table, notes, actions agreed
     * on it and the case's actions from earlier sessions; for the review block its actions;
     * empty where the person may not see them. {@code nextSession}: when the table meets next,
     * for those who agree actions on it (else null).
     */
    public record Item(MeetingAgenda.Item item, ItemAccess access, String question, List<ItemNote> notes,
            List<ActionView> actions, List<ActionView> earlierActions, List<ActionView> review,
            Instant nextSession) {

        public Item {
            notes = List.copyOf(notes);
            actions = List.copyOf(actions);
            earlierActions = List.copyOf(earlierActions);
            review = List.copyOf(review);
        }

        /** Whether this deelnemer organisation has given inbreng on the item. */
        public boolean gaveInbreng(long organisationId) {
            return notes.stream().anyMatch(n -> n.kind() == NoteKind.INBRENG && n.organisationId() != null
                    && n.organisationId() == organisationId);
        }
    }
}
