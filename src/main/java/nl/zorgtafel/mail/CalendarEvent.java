package nl.zorgtafel.mail;

import java.time.Instant;

/** What an iCalendar attachment says: nothing about any case, only time, place and a link. */
public record CalendarEvent(String uid, int sequence, Instant start, Instant end, String summary, String location,
        String description, String url, boolean cancelled) {
}
