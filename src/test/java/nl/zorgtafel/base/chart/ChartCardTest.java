package nl.zorgtafel.base.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableHeaderCell;

import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.testsupport.KaribuTest;

/**
 * The card as a keyboard or screen-reader user meets it: a summary that names no suppressed count,
 * and a button that opens and closes the data table and says so.
 */
class ChartCardTest extends KaribuTest {

    private ChartCard card;

    @BeforeEach
    void showCard() {
        UI.getCurrent().setLocale(Translations.DUTCH);
        // The suppressed entry's true value is the largest on purpose: it must not reach any text.
        card = new ChartCard("cases-by-organisation", ChartData.bars("Casussen per organisatie", "Organisatie",
                "Aantal casussen", List.of(Entry.count("Politie", 120), Entry.count("Veilig Thuis", 37),
                        new Entry("Leerplicht", 999, "<5"))));
        UI.getCurrent().add(card);
    }

    @Test
    void the_picture_has_a_summary_that_names_the_highest_shown_value_only() {
        assertThat(card.heading.getText()).isEqualTo("Casussen per organisatie");
        var image = card.image.getElement();
        assertThat(image.getAttribute("role")).isEqualTo("img");
        // A resource drawn on request, not a picture held in the page's state.
        assertThat(image.getAttribute("src")).doesNotStartWith("data:");
        assertThat(image.getAttribute("aria-label"))
                .isEqualTo(image.getAttribute("alt"))
                .contains("Casussen per organisatie", "3 waarden", "Politie met 120")
                .doesNotContain("999");
    }

    @Test
    void the_button_shows_and_hides_the_data_table() {
        var toggle = card.toggle;
        assertThat(card.table.isVisible()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Toon tabel");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("cases-by-organisation-table")
                .isEqualTo(card.table.getId().orElseThrow());

        _click(toggle);

        assertThat(card.table.isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Verberg tabel");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(card.table.getCaptionText()).isEqualTo("Casussen per organisatie");
        var columns = card.table.getHead().getRows().getFirst().getHeaderCells();
        assertThat(columns).extracting(NativeTableHeaderCell::getText).containsExactly("Organisatie", "Aantal casussen");
        assertThat(columns).allMatch(cell -> "col".equals(cell.getElement().getAttribute("scope")));
        assertThat(card.table.getBody().getRows()).extracting(row -> texts(row.getAllCells()))
                .containsExactly("Politie 120", "Veilig Thuis 37", "Leerplicht <5");

        _click(toggle);

        assertThat(card.table.isVisible()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Toon tabel");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void in_english_the_button_and_summary_are_english() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        var english = new ChartCard("english", ChartData.bars("Cases", "Organisation", "Cases",
                List.of(Entry.count("Police", 4))));
        assertThat(english.toggle.getText()).isEqualTo("Show table");
        assertThat(english.image.getElement().getAttribute("aria-label")).contains("bar chart", "Police with 4");
    }

    private static String texts(List<Component> cells) {
        return String.join(" ", cells.stream().map(c -> c.getElement().getText()).toList());
    }
}
