package nl.zorgtafel.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session's agenda as one person may see it: the items they take part in (all for chair and
 * secretary), how many other case items there are, planned against available minutes, and
 * whether the agenda is past its cut-off. {@code itemStarts} holds each visible item's clock time:
 * the session's start plus the planned minutes of every item before it, hidden ones included.
 */
public record MeetingAgenda(long meetingId, Instant startsAt, Instant endsAt, MeetingStatus status, String place,
        String videoLink, List<Item> items, int hiddenCaseItems, int plannedMinutes, int availableMinutes,
        Instant cutOff, boolean locked, Map<Long, Instant> itemStarts) {

    public MeetingAgenda {
        itemStarts = Map.copyOf(itemStarts);
    }

    /** When this item is planned to start. */
    public Instant startOf(Item item) {
        return itemStarts.get(item.id());
    }

    public boolean overTime() {
        return plannedMinutes > availableMinutes;
    }

    /** One agenda item; {@code caseCode} only on case items, never a name. */
    public record Item(long id, AgendaBlock block, int position, Long caseFileId, String caseCode, String title,
            int plannedMinutes, boolean late, List<Participant> participants, List<ItemPerson> people, int version) {
    }

    /** A person of a deelnemer organisation who joins this case item. */
    public record ItemPerson(long personId, long organisationId, String name) {
    }

    /** A deelnemer organisation of a case item. */
    public record Participant(long organisationId, String name) {
    }
}
