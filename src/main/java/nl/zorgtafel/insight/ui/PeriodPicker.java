package nl.zorgtafel.insight.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.insight.InsightPeriod;

/** Month, quarter, year or own dates; tells its listener the chosen period (null while incomplete). */
class PeriodPicker extends Composite<HorizontalLayout> {

    final Select<InsightPeriod.Kind> kind = new Select<>();
    final Select<Integer> year = new Select<>();
    final Select<Integer> part = new Select<>();
    final LocalDatePicker first = new LocalDatePicker();
    final LocalDatePicker last = new LocalDatePicker();
    private final java.util.function.Consumer<InsightPeriod> listener;
    private boolean ready;

    PeriodPicker(LocalDate today, java.util.function.Consumer<InsightPeriod> listener) {
        this.listener = listener;
        kind.setId("insight-period-kind");
        kind.setLabel(getTranslation("insight.period.kind"));
        kind.setItems(InsightPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("insight.period." + k.name()));
        year.setId("insight-period-year");
        year.setLabel(getTranslation("insight.period.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - 9, today.getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        part.setId("insight-period-part");
        first.setId("insight-period-first");
        first.setLabel(getTranslation("insight.period.first"));
        last.setId("insight-period-last");
        last.setLabel(getTranslation("insight.period.last"));
        kind.setValue(InsightPeriod.Kind.QUARTER);
        year.setValue(today.getYear());
        first.setValue(today.withDayOfMonth(1));
        last.setValue(today);
        showParts(today);
        kind.addValueChangeListener(e -> {
            showParts(today);
            changed();
        });
        year.addValueChangeListener(e -> changed());
        part.addValueChangeListener(e -> changed());
        first.addValueChangeListener(e -> changed());
        last.addValueChangeListener(e -> changed());
        getContent().add(kind, year, part, first, last);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
        ready = true;
    }

    private void showParts(LocalDate today) {
        InsightPeriod.Kind k = kind.getValue();
        boolean custom = k == InsightPeriod.Kind.CUSTOM;
        year.setVisible(!custom);
        part.setVisible(k == InsightPeriod.Kind.MONTH || k == InsightPeriod.Kind.QUARTER);
        first.setVisible(custom);
        last.setVisible(custom);
        if (k == InsightPeriod.Kind.MONTH) {
            part.setLabel(getTranslation("insight.period.month"));
            part.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
            part.setItemLabelGenerator(m -> getTranslation("insight.month." + m));
            part.setValue(today.getMonthValue());
        } else if (k == InsightPeriod.Kind.QUARTER) {
            part.setLabel(getTranslation("insight.period.quarter"));
            part.setItems(List.of(1, 2, 3, 4));
            part.setItemLabelGenerator(q -> "K" + q);
            part.setValue((today.getMonthValue() + 2) / 3);
        }
    }

    /** The chosen period, or null while a field is empty or the dates are the wrong way round. */
    InsightPeriod value() {
        InsightPeriod.Kind k = kind.getValue();
        if (k == null) {
            return null;
        }
        return switch (k) {
            case MONTH -> year.getValue() == null || part.getValue() == null ? null
                    : InsightPeriod.month(java.time.YearMonth.of(year.getValue(), part.getValue()));
            case QUARTER -> year.getValue() == null || part.getValue() == null ? null
                    : InsightPeriod.quarter(year.getValue(), part.getValue());
            case YEAR -> year.getValue() == null ? null : InsightPeriod.year(year.getValue());
            case CUSTOM -> first.getValue() == null || last.getValue() == null
                    || last.getValue().isBefore(first.getValue()) ? null
                    : InsightPeriod.custom(first.getValue(), last.getValue());
        };
    }

    private void changed() {
        if (!ready) {
            return;
        }
        listener.accept(value());
    }
}
