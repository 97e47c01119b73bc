package nl.zorgtafel.meeting;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import nl.zorgtafel.base.pdf.Xhtml;
import nl.zorgtafel.base.time.DutchTime;

/**
 * A one-page agenda as XHTML for {@code base.pdf.PdfRenderer}, for one recipient: the items of
 * their organisation with code, clock time, planned minutes and deelnemers; the other case items
 * only as a timed slot, by the same need-to-know rule as the agenda screen and the invitation.
 * Codes only, never a name.
 */
final class AgendaPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.of("nl"))
            .withZone(DutchTime.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    /** The table, and the session's chair and secretary (either may be null). */
    record Heading(String table, String chair, String secretary) {
    }

    /** Words from the bundle, in Dutch. */
    interface Wording {
        String text(String key, Object... params);
    }

    private AgendaPdf() {
    }

    static String html(Heading heading, MeetingAgenda agenda, String recipient, boolean allCases, Wording w) {
        var out = new StringBuilder(4096);
        String title = Xhtml.text(w.text("agenda.pdf.title", heading.table()));
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">")
                .append("<head><title>").append(title).append("</title><style>")
                .append("@page { size: A4; margin: 20mm 18mm; }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; }")
                .append("h1 { font-size: 15pt; margin-bottom: 2pt; } h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding: 3pt;")
                .append(" border-bottom: 0.5pt solid #999999; word-wrap: break-word; } .time { width: 14%; font-weight: bold; }")
                .append(".minutes { width: 14%; } p { margin: 2pt 0; } .note { font-size: 8.5pt; }</style></head><body>");
        out.append("<h1>").append(title).append("</h1>");
        para(out, w.text("agenda.pdf.when", DAY.format(agenda.startsAt()), TIME.format(agenda.startsAt()),
                TIME.format(agenda.endsAt())));
        para(out, w.text("agenda.pdf.where", agenda.place() != null ? agenda.place()
                : agenda.videoLink() != null ? agenda.videoLink() : "—"));
        if (heading.chair() != null || heading.secretary() != null) {
            para(out, w.text("agenda.pdf.leads", orDash(heading.chair()), orDash(heading.secretary())));
        }
        para(out, w.text(allCases ? "agenda.pdf.for.all" : "agenda.pdf.for", recipient));
        AgendaBlock block = null;
        for (MeetingAgenda.Item item : agenda.items()) {
            if (item.block() != block) {
                if (block != null) {
                    out.append("</table>");
                }
                block = item.block();
                out.append("<h2>").append(Xhtml.text(w.text("agenda-block." + block))).append("</h2><table>");
            }
            out.append("<tr><td class=\"time\">").append(TIME.format(agenda.startOf(item))).append("</td><td>")
                    .append(Xhtml.text(label(item, w)));
            if (!item.participants().isEmpty()) {
                out.append("<br/><span class=\"note\">").append(Xhtml.text(w.text("agenda.pdf.participants",
                        item.participants().stream().map(MeetingAgenda.Participant::name)
                                .collect(Collectors.joining(", "))))).append("</span>");
            }
            out.append("</td><td class=\"minutes\">").append(Xhtml.text(w.text("agenda.minutes", item.plannedMinutes())))
                    .append("</td></tr>");
        }
        if (block != null) {
            out.append("</table>");
        }
        if (agenda.hiddenCaseItems() > 0) {
            para(out, w.text("agenda.pdf.hidden", agenda.hiddenCaseItems()));
        }
        para(out, w.text("agenda.pdf.timing", agenda.plannedMinutes(), agenda.availableMinutes()));
        out.append("<p class=\"note\">").append(Xhtml.text(w.text("agenda.pdf.confidential"))).append("</p>");
        return out.append("</body></html>").toString();
    }

    private static String label(MeetingAgenda.Item item, Wording w) {
        String text = item.caseCode() != null ? item.caseCode()
                : item.title() != null ? item.title() : w.text("agenda-block." + item.block());
        return item.late() ? text + " (" + w.text("agenda.late") + ")" : text;
    }

    private static void para(StringBuilder out, String text) {
        out.append("<p>").append(Xhtml.text(text)).append("</p>");
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
