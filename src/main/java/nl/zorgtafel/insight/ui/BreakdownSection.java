package nl.zorgtafel.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import nl.zorgtafel.insight.Breakdown;

/**
 * One breakdown as a titled section with its data table. Kept small and self-contained so a chart
 * can be slotted in above the table later ({@link #chartSlot}); the table stays as the accessible
 * version of the chart.
 */
class BreakdownSection extends Section {

    final Div chartSlot = new Div();
    final Grid<Breakdown.Row> table = new Grid<>();
    final Paragraph empty = new Paragraph();

    BreakdownSection(Breakdown breakdown, String id) {
        setId(id);
        addClassName("insight-section");
        var title = new H3(getTranslation(breakdown.titleKey()));
        title.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        table.setId(id + "-table");
        table.addColumn(r -> r.translate() ? getTranslation(r.label()) : r.label())
                .setHeader(getTranslation("insight.category")).setFlexGrow(3);
        table.addColumn(Breakdown.Row::shown).setHeader(getTranslation("insight.count"));
        table.setItems(breakdown.rows());
        table.setAllRowsVisible(true);
        empty.setText(getTranslation("insight.section.empty"));
        empty.setVisible(breakdown.empty());
        table.setVisible(!breakdown.empty());
        add(title, chartSlot, empty, table);
    }
}
