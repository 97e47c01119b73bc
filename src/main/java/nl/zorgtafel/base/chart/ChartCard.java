package nl.zorgtafel.base.chart;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A chart as people meet it on screen: a heading, the picture with a text summary for screen
 * readers, and a button that shows the same numbers as a real table (caption, column headers, the
 * shown texts including {@code <5}). The button says what it controls and whether it is open, so
 * a keyboard or screen-reader user gets the data without the picture.
 */
public class ChartCard extends Composite<Section> {

    private static final ChartRenderer RENDERER = new ChartRenderer();

    final H3 heading;
    final Image image;
    final Button toggle;
    final NativeTable table;

    /** @param id a page-unique id; the heading, button and table get ids derived from it */
    public ChartCard(String id, ChartData data) {
        Section card = getContent();
        card.setId(id);
        card.addClassName("chart-card");
        heading = new H3(data.title());
        heading.setId(id + "-title");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        String summary = ChartSummary.of(data, this::getTranslation);
        Locale locale = getLocale();
        // Drawn when the browser asks for it, so a page of charts holds only their data, not pictures.
        image = new Image((DownloadHandler) event -> {
            event.setFileName(id + ".png");
            event.setContentType("image/png");
            event.getOutputStream().write(RENDERER.png(data, false, locale).bytes());
        }, summary);
        image.getElement().setAttribute("role", "img");
        image.getElement().setAttribute("aria-label", summary);
        image.getElement().setAttribute("width", String.valueOf(ChartRenderer.WIDTH));
        image.getElement().setAttribute("height", String.valueOf(ChartRenderer.height(data, false)));
        image.addClassName("chart-image");

        table = table(data);
        table.setId(id + "-table");
        table.setVisible(false);

        toggle = new Button();
        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        toggle.addClickListener(e -> showTable(!table.isVisible()));
        showTable(false);

        card.add(heading, image, toggle, table);
    }

    private void showTable(boolean show) {
        table.setVisible(show);
        toggle.setText(getTranslation(show ? "chart.table.hide" : "chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
    }

    private static NativeTable table(ChartData data) {
        var table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(data.title());
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(data.categoryAxisLabel());
        head.addHeaderCell().setText(data.valueAxisLabel());
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        var body = table.getBody();
        for (var entry : data.entries()) {
            NativeTableRow row = body.addRow();
            var label = row.addHeaderCell();
            label.setText(entry.label());
            label.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(entry.shown());
        }
        return table;
    }
}
