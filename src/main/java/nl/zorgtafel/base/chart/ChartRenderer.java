package nl.zorgtafel.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.chart.ChartData.Kind;

/**
 * Draws a {@link ChartData} as PNG with JFreeChart, at twice its CSS size so it stays sharp on
 * high-density screens and in print. The fonts are the DejaVu Sans the PDFs embed, so a chart on
 * screen and in a PDF look alike and every label's script (Polish, Turkish, Arabic) has glyphs.
 * A suppressed entry gets no bar and no point, only its shown text ({@code <5}) at zero.
 * Stateless and thread-safe: one JFreeChart per call.
 */
public final class ChartRenderer {

    /** Width in CSS pixels; the PNG holds {@link #SCALE} times as many. */
    public static final int WIDTH = 640;
    static final int SCALE = 2;

    // On white: text 17:1, bars and line 8.0:1 (WCAG 1.4.11 asks 3:1 for graphics), grid decorative.
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color BAR = new Color(0x1F, 0x4E, 0x9A);
    private static final Color GRID = new Color(0xC4, 0xC4, 0xC4);
    private static final String SERIES = "value";

    private static final Font REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    /** A drawn chart: PNG bytes and its size in CSS pixels. */
    public record Png(byte[] bytes, int width, int height) {

        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }

    /**
     * @param withTitle false where a heading beside the picture already carries the title
     * @param locale    for the numbers on the value axis
     */
    public Png png(ChartData data, boolean withTitle, Locale locale) {
        int width = WIDTH;
        int height = height(data, withTitle);
        var image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.scale(SCALE, SCALE);
            chart(data, withTitle, locale).draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new Png(out.toByteArray(), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("Chart could not be written", e);
        }
    }

    /** Bars get room per label; a line over time has a fixed height. */
    static int height(ChartData data, boolean withTitle) {
        int title = withTitle ? 36 : 0;
        return data.kind() == Kind.BAR ? title + 70 + 34 * Math.max(1, data.entries().size()) : title + 340;
    }

    JFreeChart chart(ChartData data, boolean withTitle, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        for (Entry entry : data.entries()) {
            dataset.addValue(entry.suppressed() ? null : (Number) entry.value(), SERIES, entry.label());
        }
        boolean bars = data.kind() == Kind.BAR;
        JFreeChart chart = bars
                ? ChartFactory.createBarChart(null, data.categoryAxisLabel(), data.valueAxisLabel(), dataset,
                        PlotOrientation.HORIZONTAL, false, false, false)
                : ChartFactory.createLineChart(null, data.categoryAxisLabel(), data.valueAxisLabel(), dataset,
                        PlotOrientation.VERTICAL, false, false, false);
        if (withTitle) {
            chart.setTitle(data.title());
            chart.getTitle().setFont(BOLD.deriveFont(16f));
            chart.getTitle().setPaint(TEXT);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        style(plot, data, locale);
        if (bars) {
            styleBars((BarRenderer) plot.getRenderer());
            // JFreeChart puts a horizontal chart's value axis on top; people read it below the bars.
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        } else {
            styleLine((LineAndShapeRenderer) plot.getRenderer());
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        // A line's labels sit a little above their points, so the marker does not cover them.
        double lift = bars ? 0 : 0.04 * data.entries().stream().filter(e -> !e.suppressed())
                .mapToDouble(Entry::value).max().orElse(1);
        for (Entry entry : data.entries()) {
            plot.addAnnotation(valueLabel(entry, bars, lift));
        }
        return chart;
    }

    private static void style(CategoryPlot plot, ChartData data, Locale locale) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setLabelFont(REGULAR.deriveFont(13f));
        categories.setLabelPaint(TEXT);
        categories.setTickLabelFont(REGULAR.deriveFont(12f));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(REGULAR.deriveFont(13f));
        values.setLabelPaint(TEXT);
        values.setTickLabelFont(REGULAR.deriveFont(12f));
        values.setTickLabelPaint(TEXT);
        values.setAutoRangeIncludesZero(true);
        // Room after the longest bar for its value label.
        values.setUpperMargin(0.15);
        boolean counts = data.entries().stream().filter(e -> !e.suppressed()).allMatch(e -> e.value() == Math.rint(e.value()));
        if (counts) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        } else {
            values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        }
    }

    private static void styleBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
    }

    private static void styleLine(LineAndShapeRenderer renderer) {
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setDefaultShapesVisible(true);
    }

    /** The shown text at the end of the bar, above the point, or at zero when suppressed. */
    private static CategoryTextAnnotation valueLabel(Entry entry, boolean bars, double lift) {
        double at = (entry.suppressed() ? 0 : entry.value()) + lift;
        var label = new CategoryTextAnnotation(bars ? "  " + entry.shown() : entry.shown(), entry.label(), at);
        label.setCategoryAnchor(CategoryAnchor.MIDDLE);
        label.setTextAnchor(bars ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
        label.setFont((entry.suppressed() ? BOLD : REGULAR).deriveFont(12f));
        label.setPaint(TEXT);
        return label;
    }

    static Font font() {
        return REGULAR;
    }

    private static Font font(String path) {
        try (InputStream in = ChartRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + path, e);
        }
    }
}
