package nl.zorgtafel.minutes;

import static nl.zorgtafel.base.pdf.Xhtml.lines;
import static nl.zorgtafel.base.pdf.Xhtml.text;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.zorgtafel.base.time.DutchTime;

/**
 * The minutes as XHTML for one recipient: general parts for everyone, only the case items the
 * recipient may see, names of people only in the full variant, and on every page the
 * confidentiality mark, the recipient line and "pagina X van Y". Every heading and label comes
 * from the bundle's {@code minutes.pdf.*} keys through the {@link LetterDraft.Wording} given.
 */
final class MinutesHtml {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl"))
            .withZone(NETHERLANDS);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(NETHERLANDS);

    /** The page rule, with the page numbers' words ("pagina X van Y") as {@code %s}. */
    private static final String PAGE = """
            @page { size: A4; margin: 24mm 18mm 22mm 18mm;
              @top-center { content: element(header); }
              @bottom-left { content: element(footer); }
              @bottom-right { content: "%s";
                font-family: 'DejaVu Sans'; font-size: 8pt; color: #333333; } }
            """;

    private static final String STYLE = """
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #111111; }
            .header { position: running(header); font-weight: bold; font-size: 9pt; color: #9b1c1c; text-align: center; }
            .footer { position: running(footer); font-size: 8pt; color: #333333; }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #999999; }
            h3 { font-size: 11pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }
            h4 { font-size: 10pt; margin: 6pt 0 2pt 0; page-break-after: avoid; }
            table { width: 100%; border-collapse: collapse; margin: 2pt 0 6pt 0; }
            th, td { border: 1px solid #bbbbbb; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 9pt; }
            th { background-color: #eeeeee; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            table.facts td { border: none; padding: 1pt 6pt 1pt 0; font-size: 10pt; }
            .muted { color: #555555; }
            .nowrap { white-space: nowrap; }
            """;

    private final MinutesContent content;
    private final Recipient recipient;
    private final Variant variant;
    private final int number;
    private final String hash;
    private final LetterDraft.Wording wording;
    private final StringBuilder out = new StringBuilder(16_384);

    MinutesHtml(MinutesContent content, Recipient recipient, Variant variant, int number, String hash,
            LetterDraft.Wording wording) {
        this.content = content;
        this.recipient = recipient;
        this.variant = variant;
        this.number = number;
        this.hash = hash;
        this.wording = wording;
    }

    /** The stylesheet of the minutes, with the page numbers in the bundle's words. */
    static String style(LetterDraft.Wording wording) {
        return PAGE.formatted(wording.text("minutes.pdf.page", "\" counter(page) \"", "\" counter(pages) \""))
                + STYLE;
    }

    String render() {
        boolean anonymous = variant == Variant.GEANONIMISEERD;
        String title = t(anonymous ? "minutes.pdf.title.anonymous" : "minutes.pdf.title");
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">")
                .append("<head><title>").append(text(title + " " + content.tableName() + " "
                        + DATE.format(content.startsAt().atZone(NETHERLANDS))))
                .append("</title><style>").append(style(wording)).append("</style></head><body>");
        out.append("<div class=\"header\">").append(t("minutes.pdf.confidential")).append("</div>");
        out.append("<div class=\"footer\">").append(t("minutes.pdf.issued-to", recipient.name(),
                recipient.organisation(), ISSUED.format(recipient.issuedAt()))).append("</div>");
        out.append("<h1>").append(text(title)).append(" — ").append(text(content.tableName())).append("</h1>");
        out.append("<table class=\"facts\">");
        fact("minutes.pdf.date", DAY.format(content.startsAt()));
        fact("minutes.pdf.time", TIME.format(content.startsAt()) + " – " + TIME.format(content.endsAt()));
        fact("minutes.pdf.place", content.place());
        fact("minutes.pdf.chair", anonymous ? null : content.chairName());
        fact("minutes.pdf.version", wording.text("minutes.pdf.version.value", Integer.toString(number),
                hash.substring(0, 12)));
        out.append("</table>");
        attendance(anonymous);
        out.append("<h2>").append(t("minutes.pdf.statement")).append("</h2><p>").append(lines(content.statement()))
                .append("</p>");
        review();
        cases(anonymous);
        out.append("<h2>").append(t("minutes.pdf.next")).append("</h2><p>");
        if (content.next() == null) {
            out.append(t("minutes.pdf.next.none"));
        } else {
            out.append(text(DAY.format(content.next().startsAt()) + ", " + TIME.format(content.next().startsAt())
                    + (content.next().place() == null ? "" : ", " + content.next().place())));
        }
        out.append("</p></body></html>");
        return out.toString();
    }

    /** A text from the bundle, escaped for XHTML. */
    private String t(String key, Object... parameters) {
        return text(wording.text(key, parameters));
    }

    private void fact(String labelKey, String value) {
        if (value != null) {
            out.append("<tr><td>").append(t(labelKey)).append("</td><td>").append(text(value)).append("</td></tr>");
        }
    }

    private void attendance(boolean anonymous) {
        out.append("<h2>").append(t("minutes.pdf.attendance")).append("</h2>");
        group("minutes.pdf.attendance.present", anonymous, "AANWEZIG", "VERVANGER");
        group("minutes.pdf.attendance.absent", anonymous, "AFGEMELD");
        group("minutes.pdf.attendance.observers", anonymous, "WAARNEMER");
        group("minutes.pdf.attendance.unknown", anonymous, "ONBEKEND");
    }

    private void group(String titleKey, boolean anonymous, String... presences) {
        var people = content.attendance().stream().filter(a -> List.of(presences).contains(a.presence())).toList();
        if (people.isEmpty()) {
            return;
        }
        out.append("<h3>").append(t(titleKey)).append("</h3><ul>");
        for (var a : people) {
            out.append("<li>").append(text(anonymous ? a.organisation() : a.name() + ", " + a.organisation()));
            if (a.replacesName() != null && !anonymous) {
                out.append(" (").append(t("minutes.pdf.replaces", a.replacesName())).append(')');
            }
            if ("AFGEMELD".equals(a.presence())) {
                out.append(" — ").append(t(a.writtenInput() ? "minutes.pdf.written-input" : "minutes.pdf.no-written-input"));
            }
            if ("WAARNEMER".equals(a.presence())) {
                out.append(" — ").append(a.acceptedAt() == null ? t("minutes.pdf.statement-not-accepted")
                        : t("minutes.pdf.statement-accepted", TIME.format(a.acceptedAt())));
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void review() {
        var lines = content.review().stream().filter(r -> recipient.sees(r.visibleTo())).toList();
        out.append("<h2>").append(t("minutes.pdf.review")).append("</h2>");
        if (lines.isEmpty()) {
            out.append("<p class=\"muted\">").append(t("minutes.pdf.review.none")).append("</p>");
            return;
        }
        out.append("<table><thead><tr>").append(headers("case", "party", "action", "deadline", "outcome", "note"))
                .append("</tr></thead><tbody>");
        for (var r : lines) {
            out.append("<tr><td class=\"nowrap\">").append(text(r.caseCode())).append("</td><td>")
                    .append(text(r.organisation())).append("</td><td>").append(text(r.description()))
                    .append("</td><td class=\"nowrap\">").append(DATE.format(r.deadline())).append("</td><td>")
                    .append(t(r.outcome() == null ? "minutes.review.no-outcome" : "review-outcome." + r.outcome()))
                    .append("</td><td>").append(text(r.note())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void cases(boolean anonymous) {
        out.append("<h2>").append(t("minutes.pdf.cases")).append("</h2>");
        int hidden = 0;
        int shown = 0;
        for (var section : content.cases()) {
            if (!recipient.sees(section.deelnemers())) {
                hidden++;
                continue;
            }
            shown++;
            String name = anonymous ? null : recipient.namesByCase().get(section.caseFileId());
            out.append("<h3>").append(text(section.caseCode())).append(name == null ? "" : " — " + text(name))
                    .append("</h3>");
            out.append("<p><b>").append(t("minutes.pdf.participants")).append("</b> ").append(text(String.join(", ", section.deelnemerNames())))
                    .append("</p>");
            out.append("<h4>").append(t("minutes.pdf.summary")).append("</h4><p>")
                    .append(section.summary() == null || section.summary().isBlank()
                            ? "<span class=\"muted\">" + t("minutes.pdf.summary.none") + "</span>"
                            : lines(section.summary())).append("</p>");
            out.append("<h4>").append(t("minutes.pdf.inbreng")).append("</h4>");
            if (section.inbreng().isEmpty()) {
                muted("minutes.pdf.inbreng.none");
            }
            for (var note : section.inbreng()) {
                out.append("<p><b>").append(text(note.organisation())).append(":</b> ").append(lines(note.body()))
                        .append("</p>");
            }
            out.append("<h4>").append(t("minutes.pdf.decisions")).append("</h4>");
            if (section.decisions().isEmpty()) {
                muted("minutes.pdf.decisions.none");
            } else {
                out.append("<ul>");
                section.decisions().forEach(d -> out.append("<li>").append(lines(d)).append("</li>"));
                out.append("</ul>");
            }
            out.append("<h4>").append(t("minutes.pdf.actions")).append("</h4>");
            if (section.actions().isEmpty()) {
                muted("minutes.pdf.actions.none");
            } else {
                out.append("<table><thead><tr>").append(headers("party", "action"))
                        .append(anonymous ? "" : headers("person"))
                        .append(headers("deadline", "status")).append("</tr></thead><tbody>");
                for (var a : section.actions()) {
                    out.append("<tr><td>").append(text(a.organisation())).append("</td><td>").append(text(a.description()))
                            .append("</td>").append(anonymous ? "" : "<td>" + text(a.person()) + "</td>")
                            .append("<td class=\"nowrap\">").append(DATE.format(a.deadline())).append("</td><td>")
                            .append(t("action-status." + a.status())).append("</td></tr>");
                }
                out.append("</tbody></table>");
            }
        }
        if (shown == 0) {
            muted("minutes.pdf.cases.none");
        }
        if (hidden > 0) {
            muted("minutes.pdf.cases.hidden", hidden);
        }
    }

    private void muted(String key, Object... parameters) {
        out.append("<p class=\"muted\">").append(t(key, parameters)).append("</p>");
    }

    /** Table header cells from the bundle's {@code minutes.pdf.column.*} words. */
    private String headers(String... columns) {
        var cells = new StringBuilder();
        for (String column : columns) {
            cells.append("<th>").append(t("minutes.pdf.column." + column)).append("</th>");
        }
        return cells.toString();
    }
}
