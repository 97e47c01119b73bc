package nl.zorgtafel.minutes;

import static nl.zorgtafel.minutes.Xhtml.lines;
import static nl.zorgtafel.minutes.Xhtml.text;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import nl.zorgtafel.base.time.DutchTime;

/**
 * The minutes as XHTML for one recipient: general parts for everyone, only the case items the
 * recipient may see, names of people only in the full variant, and on every page the
 * confidentiality mark, the recipient line and "pagina X van Y".
 */
final class MinutesHtml {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl"))
            .withZone(NETHERLANDS);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(NETHERLANDS);

    static final String STYLE = """
            @page { size: A4; margin: 24mm 18mm 22mm 18mm;
              @top-center { content: element(header); }
              @bottom-left { content: element(footer); }
              @bottom-right { content: "pagina " counter(page) " van " counter(pages);
                font-family: 'DejaVu Sans'; font-size: 8pt; color: #333333; } }
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
    private final UnaryOperator<String> dutch;
    private final StringBuilder out = new StringBuilder(16_384);

    MinutesHtml(MinutesContent content, Recipient recipient, Variant variant, int number, String hash,
            UnaryOperator<String> dutch) {
        this.content = content;
        this.recipient = recipient;
        this.variant = variant;
        this.number = number;
        this.hash = hash;
        this.dutch = dutch;
    }

    String render() {
        boolean anonymous = variant == Variant.GEANONIMISEERD;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">")
                .append("<head><title>").append(text((anonymous ? "Geanonimiseerd verslag " : "Verslag ")
                        + content.tableName() + " " + DATE.format(content.startsAt().atZone(NETHERLANDS))))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        out.append("<div class=\"header\">VERTROUWELIJK — niet verder verspreiden</div>");
        out.append("<div class=\"footer\">Verstrekt aan ").append(text(recipient.name())).append(", ")
                .append(text(recipient.organisation())).append(", ").append(ISSUED.format(recipient.issuedAt()))
                .append("</div>");
        out.append("<h1>").append(anonymous ? "Geanonimiseerd verslag" : "Verslag").append(" — ")
                .append(text(content.tableName())).append("</h1>");
        out.append("<table class=\"facts\">");
        fact("Datum", DAY.format(content.startsAt()));
        fact("Tijd", TIME.format(content.startsAt()) + " – " + TIME.format(content.endsAt()));
        fact("Plaats", content.place());
        fact("Voorzitter", anonymous ? null : content.chairName());
        fact("Versie", number + " (definitief, kenmerk " + hash.substring(0, 12) + ")");
        out.append("</table>");
        attendance(anonymous);
        out.append("<h2>Geheimhoudingsverklaring</h2><p>").append(lines(content.statement())).append("</p>");
        review();
        cases(anonymous);
        out.append("<h2>Volgende zitting</h2><p>");
        if (content.next() == null) {
            out.append("Nog niet gepland.");
        } else {
            out.append(text(DAY.format(content.next().startsAt()) + ", " + TIME.format(content.next().startsAt())
                    + (content.next().place() == null ? "" : ", " + content.next().place())));
        }
        out.append("</p></body></html>");
        return out.toString();
    }

    private void fact(String label, String value) {
        if (value != null) {
            out.append("<tr><td>").append(label).append("</td><td>").append(text(value)).append("</td></tr>");
        }
    }

    private void attendance(boolean anonymous) {
        out.append("<h2>Aanwezigheid</h2>");
        group("Aanwezig", anonymous, "AANWEZIG", "VERVANGER");
        group("Afgemeld", anonymous, "AFGEMELD");
        group("Waarnemers", anonymous, "WAARNEMER");
        group("Uitgenodigd, aanwezigheid niet vastgelegd", anonymous, "ONBEKEND");
    }

    private void group(String title, boolean anonymous, String... presences) {
        var people = content.attendance().stream().filter(a -> List.of(presences).contains(a.presence())).toList();
        if (people.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3><ul>");
        for (var a : people) {
            out.append("<li>").append(text(anonymous ? a.organisation() : a.name() + ", " + a.organisation()));
            if (a.replacesName() != null && !anonymous) {
                out.append(" (vervangt ").append(text(a.replacesName())).append(')');
            }
            if ("AFGEMELD".equals(a.presence())) {
                out.append(a.writtenInput() ? " — schriftelijke inbreng gestuurd" : " — geen schriftelijke inbreng");
            }
            if ("WAARNEMER".equals(a.presence())) {
                out.append(a.acceptedAt() == null ? " — geheimhoudingsverklaring niet geaccepteerd"
                        : " — geheimhoudingsverklaring geaccepteerd om " + TIME.format(a.acceptedAt()));
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void review() {
        var lines = content.review().stream().filter(r -> recipient.sees(r.visibleTo())).toList();
        out.append("<h2>Terugblik op acties van eerdere zittingen</h2>");
        if (lines.isEmpty()) {
            out.append("<p class=\"muted\">Geen acties om terug te blikken.</p>");
            return;
        }
        out.append("<table><thead><tr><th>Casus</th><th>Partij</th><th>Actie</th><th>Deadline</th><th>Uitkomst</th>")
                .append("<th>Toelichting</th></tr></thead><tbody>");
        for (var r : lines) {
            out.append("<tr><td class=\"nowrap\">").append(text(r.caseCode())).append("</td><td>")
                    .append(text(r.organisation())).append("</td><td>").append(text(r.description()))
                    .append("</td><td class=\"nowrap\">").append(DATE.format(r.deadline())).append("</td><td>")
                    .append(text(r.outcome() == null ? dutch.apply("minutes.review.no-outcome")
                            : dutch.apply("review-outcome." + r.outcome())))
                    .append("</td><td>").append(text(r.note())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void cases(boolean anonymous) {
        out.append("<h2>Casussen</h2>");
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
            out.append("<p><b>Deelnemers:</b> ").append(text(String.join(", ", section.deelnemerNames())))
                    .append("</p>");
            out.append("<h4>Samenvatting</h4><p>").append(section.summary() == null || section.summary().isBlank()
                    ? "<span class=\"muted\">Geen samenvatting.</span>" : lines(section.summary())).append("</p>");
            out.append("<h4>Inbreng per partij</h4>");
            if (section.inbreng().isEmpty()) {
                out.append("<p class=\"muted\">Geen inbreng vastgelegd.</p>");
            }
            for (var note : section.inbreng()) {
                out.append("<p><b>").append(text(note.organisation())).append(":</b> ").append(lines(note.body()))
                        .append("</p>");
            }
            out.append("<h4>Besluiten</h4>");
            if (section.decisions().isEmpty()) {
                out.append("<p class=\"muted\">Geen besluiten vastgelegd.</p>");
            } else {
                out.append("<ul>");
                section.decisions().forEach(d -> out.append("<li>").append(lines(d)).append("</li>"));
                out.append("</ul>");
            }
            out.append("<h4>Acties</h4>");
            if (section.actions().isEmpty()) {
                out.append("<p class=\"muted\">Geen acties afgesproken.</p>");
            } else {
                out.append("<table><thead><tr><th>Partij</th><th>Actie</th>")
                        .append(anonymous ? "" : "<th>Persoon</th>")
                        .append("<th>Deadline</th><th>Status</th></tr></thead><tbody>");
                for (var a : section.actions()) {
                    out.append("<tr><td>").append(text(a.organisation())).append("</td><td>").append(text(a.description()))
                            .append("</td>").append(anonymous ? "" : "<td>" + text(a.person()) + "</td>")
                            .append("<td class=\"nowrap\">").append(DATE.format(a.deadline())).append("</td><td>")
                            .append(text(dutch.apply("action-status." + a.status()))).append("</td></tr>");
                }
                out.append("</tbody></table>");
            }
        }
        if (shown == 0) {
            out.append("<p class=\"muted\">In dit exemplaar staan geen casussen.</p>");
        }
        if (hidden > 0) {
            out.append("<p class=\"muted\">Er ").append(hidden == 1 ? "is nog 1 casus" : "zijn nog " + hidden + " casussen")
                    .append(" besproken waaraan uw organisatie niet deelnam; die staan niet in dit exemplaar.</p>");
        }
    }
}
