package nl.zorgtafel.base.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * Dates on screen in the language of the screen: Dutch notation (25-11-2026) in the Dutch UI, the
 * English one (25 Nov 2026) in the English UI; times are Dutch local time either way, since that
 * is when the table meets.
 */
public final class Dates {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(DutchTime.ZONE);
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter DUTCH_SECONDS = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss")
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter ENGLISH_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss",
            Locale.UK).withZone(DutchTime.ZONE);

    private Dates() {
    }

    /** A day (a date, or an instant's Dutch day). */
    public static String day(TemporalAccessor value) {
        return (english() ? ENGLISH_DAY : DUTCH_DAY).format(value);
    }

    /** A day and a time to the minute. */
    public static String moment(TemporalAccessor value) {
        return (english() ? ENGLISH_MOMENT : DUTCH_MOMENT).format(value);
    }

    /** A day and a time to the second (the audit log). */
    public static String momentWithSeconds(TemporalAccessor value) {
        return (english() ? ENGLISH_SECONDS : DUTCH_SECONDS).format(value);
    }

    private static boolean english() {
        var ui = UI.getCurrent();
        // The UI speaks Dutch or English (base.ui.Translations); anything but English is shown in Dutch.
        return ui != null && ui.getLocale() != null && "en".equals(ui.getLocale().getLanguage());
    }
}
