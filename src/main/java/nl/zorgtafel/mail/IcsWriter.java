package nl.zorgtafel.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes iCalendar (RFC 5545) with ical4j. Times are written in UTC: a time zone id would need a
 * VTIMEZONE that ical4j names differently from the event (see stack notes), and UTC is read right
 * by every client. Invitations are METHOD:REQUEST, cancellations METHOD:CANCEL with the same UID
 * and a higher SEQUENCE; a calendar feed is METHOD:PUBLISH.
 */
public final class IcsWriter {

    private IcsWriter() {
    }

    public static String invitation(CalendarEvent event) {
        return write(List.of(event), event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    }

    public static String feed(List<CalendarEvent> events) {
        return write(events, ImmutableMethod.PUBLISH);
    }

    private static String write(List<CalendarEvent> events, Property method) {
        List<CalendarComponent> components = new ArrayList<>();
        for (CalendarEvent e : events) {
            VEvent vevent = new VEvent(e.start(), e.end(), e.summary());
            vevent.add(new Uid(e.uid()));
            vevent.add(new Sequence(e.sequence()));
            if (e.location() != null) {
                vevent.add(new Location(e.location()));
            }
            if (e.description() != null) {
                vevent.add(new Description(e.description()));
            }
            if (e.url() != null) {
                vevent.add(new Url(URI.create(e.url())));
            }
            if (e.cancelled()) {
                vevent.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            components.add(vevent);
        }
        var properties = new PropertyList(List.of(new ProdId("-//Zorgtafel//Zorgtafel//NL"),
                ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN, method));
        var calendar = new Calendar(properties, new ComponentList<>(components));
        var out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
