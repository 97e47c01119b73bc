package nl.zorgtafel.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.zorgtafel.base.pdf.Xhtml;
import nl.zorgtafel.base.time.DutchTime;

/**
 * The data subject's export as XHTML for {@code base.pdf.PdfRenderer}: per case its identifying
 * data, facts, texts, history, route, actions, discussions and who did what with it, in Dutch
 * words. Every value is escaped; nothing is left out silently (empty parts say so).
 */
final class SubjectPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(DutchTime.ZONE);

    /** Words from the bundle, in Dutch. */
    interface Wording {
        String text(String key, Object... params);
    }

    private final Wording w;
    private final StringBuilder out = new StringBuilder(16_384);

    private SubjectPdf(Wording w) {
        this.w = w;
    }

    static String html(SubjectExport export, Wording w) {
        return new SubjectPdf(w).document(export);
    }

    private String document(SubjectExport e) {
        String title = Xhtml.text(w.text("subject.pdf.title"));
        String footer = Xhtml.text(w.text("subject.pdf.footer").replace("\"", "'"));
        String pages = w.text("comensha.pdf.page", "\" counter(page) \"", "\" counter(pages) \"");
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">")
                .append("<head><title>").append(title).append("</title><style>")
                .append("@page { size: A4; margin: 22mm 18mm; @top-center { content: \"").append(footer)
                .append("\"; font-family: 'DejaVu Sans'; font-size: 8pt; } @bottom-right { content: \"").append(pages)
                .append("\"; font-family: 'DejaVu Sans'; font-size: 8pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; }")
                .append("h1 { font-size: 15pt; } h2 { font-size: 12.5pt; page-break-before: always; } h3 { font-size: 10.5pt; }")
                .append("table { width: 100%; border-collapse: collapse; } td, th { text-align: left; vertical-align: top;")
                .append(" padding: 3pt; border-bottom: 0.5pt solid #999999; word-wrap: break-word; }")
                .append("th { font-weight: bold; } .label { width: 32%; }</style></head><body>");
        out.append("<h1>").append(title).append("</h1>");
        para(w.text("subject.pdf.intro", e.table(), e.cases().size(), MOMENT.format(e.producedAt()), e.producedBy()));
        for (var c : e.cases()) {
            caseData(c);
        }
        return out.append("</body></html>").toString();
    }

    private void caseData(SubjectExport.CaseData c) {
        out.append("<h2>").append(Xhtml.text(w.text("subject.pdf.case", c.code()))).append("</h2>");
        var f = c.facts();
        var head = new java.util.ArrayList<>(List.of(
                row("status", label("case-status.", c.status())),
                row("urgency", label("urgency.", c.urgency())),
                row("proposer", c.proposingOrganisation()),
                row("submitted", moment(c.submittedAt()))));
        // Only what happened: an open case has no closing line, an unrestricted one no restriction line.
        if (c.closedAt() != null) {
            head.add(row("closed", moment(c.closedAt())
                    + (c.closeReason() == null ? "" : " — " + label("close-reason.", c.closeReason()))));
        }
        if (c.restrictedAt() != null) {
            head.add(row("restricted", moment(c.restrictedAt())));
        }
        table(head);
        heading("identity");
        var id = c.identity();
        if (id == null) {
            para(w.text("subject.pdf.identity.none"));
        } else {
            table(List.of(row("name", id.name()), row("birth", date(id.dateOfBirth())), row("address", id.address()),
                    row("bsn", id.bsn())));
        }
        heading("facts");
        table(List.of(row("role", label("role-young.", f.role())),
                row("age", f.age() != null ? String.valueOf(f.age()) : label("age-band.", f.ageBand())),
                row("gender", f.gender()), row("living", label("living.", f.livingSituation())),
                row("daytime", f.daytimeActivity()), row("forms", labels("form.", f.forms())),
                row("vulnerabilities", labels("vulnerability.", f.vulnerabilities())),
                row("municipalities", String.join(", ", f.municipalities())),
                row("involved", String.join(", ", f.involvedOrganisations())), row("online", yesNo(f.onlineComponent())),
                row("signals", f.signals()), row("question", f.question()),
                row("young-informed", yesNo(f.youngPersonInformed())), row("young-not-informed", f.youngPersonNotInformed()),
                row("parents-informed", yesNo(f.parentsInformed())), row("parents-not-informed", f.parentsNotInformed()),
                row("voice", f.voiceOfYoungPerson()), row("legal-basis", label("basis.", f.legalBasis())),
                row("conflict", f.conflictOfDuties()), row("consent", f.consentGivenBy() == null ? null : label("consent.", f.consentGivenBy())
                        + (f.consentDate() == null ? "" : " (" + date(f.consentDate()) + ")")),
                row("decision-reason", f.decisionReason()), row("decision-advice", f.decisionAdvice())));
        list("events", c.events(), e -> moment(e.at()) + " — " + w.text("case.event." + e.kind(), moment(e.session()))
                + (e.by() == null ? "" : " (" + e.by() + ")")
                + (e.toStatus() == null ? "" : ": " + (e.fromStatus() == null ? "" : label("case-status.", e.fromStatus()) + " → ")
                        + label("case-status.", e.toStatus()))
                + (e.message() == null ? "" : "\n" + e.message()) + (e.advice() == null ? "" : "\n" + e.advice()));
        list("assessments", c.riskAssessments(), a -> date(a.on()) + " — " + a.instrument() + " (" + a.assessedBy() + ")\n"
                + nonNull(a.outcome()));
        list("milestones", c.milestones(), s -> date(s.on()) + " — " + label("milestone.", s.milestone())
                + (s.organisation() == null ? "" : " (" + s.organisation() + ")") + (s.note() == null ? "" : "\n" + s.note()));
        list("signals", c.signals(), s -> date(s.on()) + " — " + label("signal-kind.", s.kind()) + " (" + s.organisation()
                + ")" + (s.fact() == null ? "" : "\n" + s.fact()));
        list("actions", c.actions(), a -> a.organisation() + (a.person() == null ? "" : ", " + a.person()) + " — "
                + nonNull(a.description()) + "\n" + w.text("subject.pdf.action.deadline", date(a.deadline()),
                        label("action-status.", a.status()))
                + (a.statusReason() == null ? "" : "\n" + a.statusReason()) + (a.reviewNote() == null ? "" : "\n" + a.reviewNote()));
        list("discussions", c.discussions(), d -> moment(d.sessionStart())
                + (d.summary() == null ? "" : "\n" + d.summary())
                + d.notes().stream().map(n -> "\n" + w.text("subject.pdf.note." + n.kind())
                        + (n.organisation() == null ? "" : " (" + n.organisation() + ")") + ": " + nonNull(n.text()))
                        .collect(Collectors.joining())
                + (d.letter() == null ? "" : "\n" + w.text("subject.pdf.letter") + ": " + d.letter()));
        var r = c.registration();
        list("registration", r == null ? List.<SubjectExport.Registration>of() : List.of(r),
                x -> moment(x.recordedAt()) + " — " + label("comensha.basis.", x.basis())
                        + (x.lawfulReason() == null ? "" : "\n" + x.lawfulReason()));
        list("holds", c.legalHolds(), h -> w.text("subject.pdf.hold.line", h.requestedBy(), moment(h.since()),
                h.liftedAt() == null ? w.text("subject.pdf.hold.open") : moment(h.liftedAt())));
        list("access", c.accessLog(), a -> moment(a.at()) + " — " + label("audit-kind.", a.kind()) + " — "
                + (a.person() == null ? w.text("subject.pdf.system") : a.person())
                + (a.organisation() == null ? "" : " (" + a.organisation() + ")"));
    }

    private <T> void list(String key, List<T> items, Function<T, String> line) {
        heading(key);
        if (items.isEmpty()) {
            para(w.text("subject.pdf.none"));
            return;
        }
        out.append("<table>");
        for (T item : items) {
            out.append("<tr><td>").append(Xhtml.lines(line.apply(item))).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void heading(String key) {
        out.append("<h3>").append(Xhtml.text(w.text("subject.pdf.section." + key))).append("</h3>");
    }

    private void table(List<String[]> rows) {
        out.append("<table>");
        for (String[] row : rows) {
            out.append("<tr><th class=\"label\">").append(Xhtml.text(row[0])).append("</th><td>")
                    .append(Xhtml.lines(row[1])).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void para(String text) {
        out.append("<p>").append(Xhtml.text(text)).append("</p>");
    }

    private String[] row(String key, String value) {
        return new String[] {w.text("subject.pdf.field." + key),
                value == null || value.isBlank() ? w.text("subject.pdf.empty") : value};
    }

    private String label(String prefix, String code) {
        return code == null ? null : w.text(prefix + code);
    }

    private String labels(String prefix, List<String> codes) {
        return codes.stream().map(c -> w.text(prefix + c)).collect(Collectors.joining(", "));
    }

    private String yesNo(Boolean value) {
        return value == null ? null : w.text(value ? "comensha.pdf.yes" : "comensha.pdf.no");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String moment(Instant at) {
        return at == null ? null : MOMENT.format(at);
    }
}
