package nl.zorgtafel.casefile.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseIntake;

/**
 * Everything the intake saved, as the reader may see it: identifying data (or why it is not
 * shown), the young person, exploitation and vulnerabilities, signals and question, who is
 * involved and informed, and the legal basis with consent. Text is shown as typed, never as HTML.
 */
class CaseFactsSection extends Div {

    final Div identifying = new Div();
    final Div facts = new Div();

    CaseFactsSection() {
        identifying.setId("case-identifying");
        facts.setId("case-facts");
        add(identifying, facts);
    }

    /**
     * {@code purged}: the retention job (or an erasure on the young person's request, {@code erased})
     * emptied the case; empty texts say so instead of "niet ingevuld".
     */
    private boolean purged;
    private boolean erased;

    void show(CaseFileView view, boolean purged, boolean erased, boolean restricted) {
        this.purged = purged;
        this.erased = erased;
        CaseIntake i = view.intake();
        identifying.removeAll();
        if (purged && i.named()) {
            identifying.add(new Paragraph(getTranslation(erased ? "case.erased-identifying" : "case.purged-identifying")));
        } else if (i.named() && i.identifying() != null) {
            identifying.add(new H3(getTranslation("case.identifying")),
                    line("intake.name", i.identifying().name()),
                    line("intake.date-of-birth", i.identifying().dateOfBirth() == null ? null
                            : Dates.day(i.identifying().dateOfBirth().atStartOfDay(CaseLabels.NETHERLANDS))),
                    line("intake.address", i.identifying().address()),
                    line("intake.bsn", i.identifying().bsn()));
        } else if (restricted && i.named()) {
            identifying.add(new Paragraph(getTranslation("case.restricted-identifying")));
        } else if (view.identifyingHidden()) {
            identifying.add(new Paragraph(getTranslation("case.identifying.hidden")));
        } else {
            identifying.add(new Paragraph(getTranslation("case.anonymous")));
        }
        facts.removeAll();
        facts.add(new H3(getTranslation("case.facts")),
                line("case.proposer", view.proposingOrganisation()),
                line("case.submitted", view.submittedAt() == null ? null : Dates.day(view.submittedAt())),
                line("intake.role", label("role-young.", i.role())),
                line("intake.age", age(i)),
                line("intake.gender", i.gender()),
                line("intake.municipalities", String.join(", ", view.municipalities())),
                line("intake.living", label("living.", i.livingSituation())),
                text("intake.daytime", i.daytimeActivity()),
                line("case.forms", labels("form.", i.forms())),
                line("intake.online", yesNo(i.onlineComponent())),
                line("intake.vulnerabilities", labels("vulnerability.", i.vulnerabilities())),
                text("intake.signals", i.signals()),
                text("intake.question", i.question()),
                line("intake.involved", String.join(", ", view.involvedOrganisations())),
                line("intake.young-informed", informed(i.youngPersonInformed(), i.youngPersonNotInformedReason())),
                line("intake.parents-informed", i.parentsInformed() != null && !i.parentsInformed()
                        ? getTranslation("case.parents-not-to-inform", nonBlank(i.parentsNotInformedReason()))
                        : yesNo(i.parentsInformed())),
                text("intake.voice", i.voiceOfYoungPerson()));
        if (i.named()) {
            facts.add(line("intake.basis", label("basis.", i.legalBasis())));
            if (i.conflictOfDuties() != null && !i.conflictOfDuties().isBlank()) {
                facts.add(line("intake.conflict", i.conflictOfDuties()));
            }
            if (i.consentGivenBy() != null) {
                facts.add(line("case.consent", getTranslation("case.consent.by-on", label("consent.", i.consentGivenBy()),
                        i.consentDate() == null ? "?" : Dates.day(i.consentDate()
                                .atStartOfDay(CaseLabels.NETHERLANDS)))));
            }
        }
        if (view.consentRecheck() != null) {
            facts.add(line("case.consent.next", getTranslation("case.consent.next-value",
                    java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", getLocale())
                            .format(view.consentRecheck().month()), view.consentRecheck().age())));
        }
        if (view.closedAt() != null) {
            facts.add(line("case.closed", Dates.day(view.closedAt())
                    + (view.closeReason() == null ? "" : " — " + label("close-reason.", view.closeReason()))));
        }
    }

    /** A free text the retention job empties: once purged it says so instead of "niet ingevuld". */
    private Paragraph text(String labelKey, String value) {
        if (purged && (value == null || value.isBlank())) {
            var label = new Span(getTranslation(labelKey) + ": ");
            label.addClassName("fact-label");
            var text = new Span(getTranslation(erased ? "case.erased-field" : "case.purged-field"));
            text.addClassName("fact-empty");
            return new Paragraph(label, text);
        }
        return line(labelKey, value);
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        boolean empty = value == null || value.isBlank();
        var text = new Span(empty ? getTranslation("case.not-given") : value);
        if (empty) {
            text.addClassName("fact-empty");
        }
        return new Paragraph(label, text);
    }

    /** The age entered, else the age from the date of birth where it may be seen, else the band. */
    private String age(CaseIntake i) {
        if (i.age() != null) {
            return i.age().toString();
        }
        if (i.identifying() != null && i.identifying().dateOfBirth() != null) {
            int years = java.time.Period.between(i.identifying().dateOfBirth(),
                    java.time.LocalDate.now(CaseLabels.NETHERLANDS)).getYears();
            return getTranslation("case.age-from-birth", years);
        }
        return i.ageBand() == null ? null : getTranslation("age-band." + i.ageBand());
    }

    private String label(String prefix, Object value) {
        return value == null ? null : getTranslation(prefix + value);
    }

    private String labels(String prefix, Collection<?> values) {
        return values.stream().map(v -> getTranslation(prefix + v)).sorted().collect(Collectors.joining(", "));
    }

    private String yesNo(Boolean value) {
        return value == null ? null : getTranslation(value ? "intake.yes" : "intake.no");
    }

    private String informed(Boolean informed, String reason) {
        if (informed == null || informed) {
            return yesNo(informed);
        }
        return getTranslation("intake.no") + " — " + nonBlank(reason);
    }

    private String nonBlank(String text) {
        return text == null || text.isBlank() ? getTranslation("case.not-given") : text;
    }
}
