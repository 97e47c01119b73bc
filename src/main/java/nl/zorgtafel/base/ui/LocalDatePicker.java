package nl.zorgtafel.base.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that speaks the user's language: month and day names, "today", the week
 * starting on Monday and the Dutch date notation (d-M-yyyy), instead of the component's English
 * defaults. Use it wherever a date is picked.
 */
public class LocalDatePicker extends DatePicker {

    public LocalDatePicker() {
        Locale locale = Translations.supported(getLocale());
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("edit.cancel"))
                .setBadInputErrorMessage(getTranslation("datepicker.bad-input"));
        if (Translations.DUTCH.equals(locale)) {
            i18n.setDateFormats("d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
        } else {
            // British notation, day first, as the rest of the English screens show dates.
            i18n.setDateFormats("d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd");
        }
        setI18n(i18n);
    }
}
