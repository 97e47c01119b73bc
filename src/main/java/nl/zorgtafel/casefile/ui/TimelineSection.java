package nl.zorgtafel.casefile.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseSignal;
import nl.zorgtafel.casefile.SignalKind;
import nl.zorgtafel.casefile.SignalService;

/**
 * The case's timeline (product.md F-11): the partners' signals with the risk assessments, route
 * milestones, sessions and actions, newest first, each with its day, what it was and who it came
 * from; and the form to add a signal as one's own organisation. A dumb component: it hands a new
 * signal to the page, which calls the service.
 */
class TimelineSection extends Div {

    /** One line on the timeline: a day, what kind of step, what it says, and from whom. */
    record Entry(LocalDate on, String type, String what, String text, String source, boolean signal) {

        Entry(LocalDate on, String type, String what, String text, String source) {
            this(on, type, what, text, source, false);
        }
    }

    final UnorderedList entries = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Button addSignal = new Button();
    Dialog dialog;
    final Select<SignalKind> kind = new Select<>();
    final DatePicker observedOn = new LocalDatePicker();
    final TextArea fact = new TextArea();

    TimelineSection(Consumer<CaseSignal.New> onSignal) {
        setId("case-timeline");
        entries.setId("timeline-entries");
        entries.addClassName("case-timeline");
        empty.setText(getTranslation("case.timeline.empty"));
        kind.setId("signal-kind");
        kind.setLabel(getTranslation("signal.kind"));
        kind.setItems(SignalKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("signal-kind." + k));
        observedOn.setId("signal-date");
        observedOn.setLabel(getTranslation("signal.date"));
        observedOn.setMax(LocalDate.now(DutchTime.ZONE));
        fact.setId("signal-fact");
        fact.setLabel(getTranslation("signal.fact"));
        fact.setHelperText(getTranslation("signal.fact.help"));
        TextLimit.apply(fact, SignalService.FACT_MAX);
        addSignal.setId("signal-add");
        addSignal.setText(getTranslation("signal.add"));
        addSignal.addClickListener(e -> open(onSignal));
        add(new H3(getTranslation("case.timeline")), new Paragraph(getTranslation("case.timeline.intro")), addSignal,
                empty, entries);
    }

    void show(CaseFileView view, boolean mayAdd) {
        addSignal.setVisible(mayAdd);
        entries.removeAll();
        var lines = entries(view);
        empty.setVisible(lines.isEmpty());
        for (Entry entry : lines) {
            var day = new Span(Dates.day(entry.on().atStartOfDay(CaseLabels.NETHERLANDS)));
            day.addClassName("timeline-day");
            var type = new Span(entry.type());
            type.getElement().getThemeList().add("badge contrast");
            var item = new ListItem(day, type, new Span(entry.what()));
            if (entry.text() != null && !entry.text().isBlank()) {
                var text = new Paragraph(entry.text());
                text.addClassName("timeline-text");
                item.add(text);
            }
            if (entry.source() != null) {
                var source = new Span(getTranslation("case.timeline.source", entry.source()));
                source.addClassName("timeline-source");
                item.add(source);
            }
            entries.add(item);
        }
    }

    /** Everything dated on the case, newest first; on one day signals first (they are the news). */
    List<Entry> entries(CaseFileView view) {
        var lines = new ArrayList<Entry>();
        for (CaseSignal s : view.signals()) {
            lines.add(new Entry(s.observedOn(), getTranslation("case.timeline.signal"),
                    getTranslation("signal-kind." + s.kind()), s.fact(),
                    getTranslation("case.timeline.recorded", s.sourceOrganisation(), s.recordedBy()), true));
        }
        for (var r : view.riskAssessments()) {
            lines.add(new Entry(r.assessedOn(), getTranslation("case.timeline.risk"), r.instrument(), r.outcome(),
                    r.assessedBy()));
        }
        for (var m : view.milestones()) {
            lines.add(new Entry(m.occurredOn(), getTranslation("case.timeline.milestone"),
                    getTranslation("milestone." + m.milestone())
                            + (m.variant() == null ? "" : " — " + getTranslation("variant." + m.variant())),
                    m.note(), m.byOrganisationName()));
        }
        for (var d : view.discussions()) {
            lines.add(new Entry(d.startsAt().atZone(DutchTime.ZONE).toLocalDate(),
                    getTranslation("case.timeline.session"), getTranslation("case.timeline.session.discussed"),
                    String.join("; ", d.decisions()), null));
        }
        for (var a : view.actions()) {
            lines.add(new Entry(a.agreedAt().atZone(DutchTime.ZONE).toLocalDate(),
                    getTranslation("case.timeline.action"), a.description(),
                    getTranslation("case.timeline.action.status", getTranslation("action-status." + a.status()),
                            Dates.day(a.deadline().atStartOfDay(CaseLabels.NETHERLANDS))),
                    a.organisation()));
        }
        lines.sort(Comparator.comparing(Entry::on).reversed().thenComparing(e -> !e.signal()));
        return lines;
    }

    private void open(Consumer<CaseSignal.New> onSignal) {
        kind.clear();
        observedOn.setValue(LocalDate.now(DutchTime.ZONE));
        fact.clear();
        dialog = new Dialog(getTranslation("signal.add"));
        dialog.setWidth("32rem");
        dialog.add(new Paragraph(getTranslation("signal.explain")), new FormLayout(kind, observedOn, fact));
        var save = new Button(getTranslation("edit.save"), e -> onSignal.accept(new CaseSignal.New(kind.getValue(),
                observedOn.getValue(), fact.getValue())));
        save.setId("signal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), save);
        dialog.open();
        kind.focus();
    }

    Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "observedOn", observedOn, "fact", fact);
    }
}
