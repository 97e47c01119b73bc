package nl.zorgtafel.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.chart.ChartData.Entry;

/** The picture itself: its title, what a suppressed count draws (nothing), and non-Latin labels. */
class ChartRendererTest {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void the_title_and_axis_labels_are_in_the_chart_and_the_png_is_drawn_at_twice_its_size() throws Exception {
        var data = ChartData.bars("Casussen per organisatie", "Organisatie", "Aantal casussen",
                List.of(Entry.count("Politie", 12), Entry.count("Veilig Thuis", 7)));

        var chart = renderer.chart(data, true, DUTCH);
        assertThat(chart.getTitle().getText()).isEqualTo("Casussen per organisatie");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("Organisatie");
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("Aantal casussen");
        assertThat(renderer.chart(data, false, DUTCH).getTitle()).isNull();

        var png = renderer.png(data, true, DUTCH);
        var image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(png.width() * 2).isEqualTo(ChartRenderer.WIDTH * 2);
        assertThat(image.getHeight()).isEqualTo(png.height() * 2);
    }

    @Test
    void a_suppressed_count_gets_no_bar_and_is_labelled_with_its_shown_text_only() {
        var leaking = new Entry("Leerplicht", 3, "<5");
        var chart = renderer.chart(ChartData.bars("Casussen", "Organisatie", "Aantal",
                List.of(Entry.count("Politie", 12), leaking)), true, DUTCH);

        var dataset = chart.getCategoryPlot().getDataset();
        assertThat(dataset.getValue("value", "Politie")).isEqualTo(12.0);
        assertThat(dataset.getValue("value", "Leerplicht")).isNull();
        List<?> annotations = chart.getCategoryPlot().getAnnotations();
        var labels = annotations.stream().map(CategoryTextAnnotation.class::cast)
                .filter(a -> a.getCategory().equals("Leerplicht")).toList();
        assertThat(labels).singleElement().satisfies(label -> {
            assertThat(label.getText().strip()).isEqualTo("<5");
            assertThat(label.getValue()).isZero();
        });
    }

    @Test
    void suppressed_counts_draw_no_bar_pixels_whatever_their_true_value() throws Exception {
        var hidden = ChartData.bars("Casussen", "Organisatie", "Aantal",
                List.of(new Entry("Politie", 400, "<5"), new Entry("School", 300, "<5")));
        var visible = ChartData.bars("Casussen", "Organisatie", "Aantal",
                List.of(new Entry("Politie", 400, "400"), new Entry("School", 300, "300")));

        assertThat(barPixels(hidden)).isZero();
        assertThat(barPixels(visible)).isGreaterThan(1000);
    }

    @Test
    void polish_turkish_and_arabic_labels_are_drawn_in_a_font_that_has_their_glyphs() {
        String labels = "Łódź Gdańsk Çiğdem Öztürk مدرسة";
        assertThat(ChartRenderer.font().getFamily()).isEqualTo("DejaVu Sans");
        assertThat(ChartRenderer.font().canDisplayUpTo(labels)).isEqualTo(-1);

        var chart = renderer.chart(ChartData.bars("Wijken", "Wijk", "Aantal",
                List.of(Entry.count("Łódź", 6), Entry.count("مدرسة", 9))), true, DUTCH);
        var axis = chart.getCategoryPlot().getDomainAxis();
        assertThat(axis.getTickLabelFont().getFamily()).isEqualTo("DejaVu Sans");
        assertThat(chart.getCategoryPlot().getDataset().getColumnKeys()).containsExactly("Łódź", "مدرسة");
    }

    @Test
    void a_line_over_periods_leaves_a_gap_for_a_suppressed_period() {
        var chart = renderer.chart(ChartData.overTime("Nieuwe casussen per kwartaal", "Kwartaal", "Aantal",
                List.of(Entry.count("2026 K1", 14), Entry.suppressed("2026 K2", "<5"), Entry.count("2026 K3", 9))),
                true, DUTCH);

        assertThat(chart.getCategoryPlot().getDataset().getValue("value", "2026 K2")).isNull();
        assertThat(renderer.png(ChartData.overTime("Leeg", "Kwartaal", "Aantal", List.of()), true, DUTCH).bytes())
                .isNotEmpty();
    }

    private long barPixels(ChartData data) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(renderer.png(data, true, DUTCH).bytes()));
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (ChartRenderer.BAR.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
