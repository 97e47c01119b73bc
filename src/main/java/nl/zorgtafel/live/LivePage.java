package nl.zorgtafel.live;

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
     * The item the page shows. {@code notes} and {@code actions} for a case item, {@code review}
     * for the review block; empty where the person may not see them.
     */
    public record Item(MeetingAgenda.Item item, ItemAccess access, List<ItemNote> notes, List<ActionView> actions,
            List<ActionView> review) {

        public Item {
            notes = List.copyOf(notes);
            actions = List.copyOf(actions);
            review = List.copyOf(review);
        }
    }
}
