package nl.zorgtafel.mail;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * A stored invitation's iCalendar as the outbox shows it, read back with ical4j (not by looking at
 * the text): method, UID, sequence, start and end. What a calendar client will do with it.
 */
public record CalendarPreview(String method, String uid, int sequence, Instant start, Instant end) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    /** The preview, or empty when the text is no readable calendar with one event. */
    public static Optional<CalendarPreview> of(String ics) {
        if (ics == null || ics.isBlank()) {
            return Optional.empty();
        }
        try {
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            var event = calendar.getComponent(Component.VEVENT).orElse(null);
            if (event == null) {
                return Optional.empty();
            }
            return Optional.of(new CalendarPreview(
                    calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(""),
                    event.getProperty(Property.UID).map(Property::getValue).orElse(""),
                    event.getProperty(Property.SEQUENCE).map(p -> Integer.parseInt(p.getValue())).orElse(0),
                    instant(event.getProperty(Property.DTSTART).map(Property::getValue).orElse(null)),
                    instant(event.getProperty(Property.DTEND).map(Property::getValue).orElse(null))));
        } catch (IOException | ParserException | NumberFormatException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** IcsWriter writes times in UTC ("...Z"). */
    private static Instant instant(String value) {
        return value == null ? null : ZonedDateTime.parse(value, UTC).toInstant();
    }
}
