package nl.zorgtafel.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.base.ui.Translations;

/** Dates on screen follow the screen's language; times stay Dutch local time. */
class DatesTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_dutch_screen_writes_day_first_with_dashes_and_the_english_one_the_month_in_words() {
        var winterEvening = Instant.parse("2026-11-25T19:30:00Z");
        UI.getCurrent().setLocale(Translations.DUTCH);
        assertThat(Dates.day(LocalDate.of(2026, 11, 25))).isEqualTo("25-11-2026");
        assertThat(Dates.moment(winterEvening)).isEqualTo("25-11-2026 20:30");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(Dates.day(LocalDate.of(2026, 11, 25))).isEqualTo("25 Nov 2026");
        assertThat(Dates.moment(winterEvening)).as("Dutch local time, English words").isEqualTo("25 Nov 2026 20:30");
        assertThat(Dates.momentWithSeconds(winterEvening)).isEqualTo("25 Nov 2026 20:30:00");
    }
}
