package nl.zorgtafel.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.zorgtafel.base.pdf.Xhtml;

/**
 * The pre-filled CoMensha registration draft as XHTML for {@code base.pdf.PdfRenderer}: only the
 * fields the case holds (docs/decisions.md lists each with its source), name and date of birth only
 * when {@link Facts#identifying()} is given (consent covers them and the person may see them), and
 * never the case's free text, which may name people the consent does not cover.
 */
final class ComenshaDraft {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** Words from the bundle, in Dutch. */
    interface Wording {
        String text(String key, Object... params);
    }

    /**
     * What the draft shows.
     *
     * @param identifying name and date of birth, or null for an anonymous registration
     * @param age         the age today (from the date of birth, else the age entered), or null
     */
    record Facts(String organisation, String contact, LocalDate signalledOn, LocalDate producedOn, String gender,
            Integer age, AgeBand ageBand, IdentifyingData identifying, Set<ExploitationForm> forms,
            List<String> municipalities, YoungPersonRole role, Set<Vulnerability> vulnerabilities,
            Boolean onlineComponent, boolean policeInvolved, boolean veiligThuisInvolved,
            RegistrationConsent consent) {
    }

    private ComenshaDraft() {
    }

    /** The label and value of every field, in the order CoMensha's form asks them. */
    static List<String[]> fields(Facts f, Wording w) {
        var rows = new ArrayList<String[]>();
        rows.add(row(w, "organisation", f.organisation()));
        rows.add(row(w, "contact", f.contact()));
        rows.add(row(w, "signalled-on", f.signalledOn() == null ? null : DATE.format(f.signalledOn())));
        if (f.identifying() != null) {
            rows.add(row(w, "name", f.identifying().name()));
            rows.add(row(w, "date-of-birth",
                    f.identifying().dateOfBirth() == null ? null : DATE.format(f.identifying().dateOfBirth())));
        }
        rows.add(row(w, "age", f.age() != null ? w.text("comensha.pdf.age.years", f.age())
                : f.ageBand() != null ? w.text("comensha.pdf.age.band", w.text("age-band." + f.ageBand())) : null));
        rows.add(row(w, "gender", f.gender()));
        rows.add(row(w, "forms", f.forms().isEmpty() ? null : f.forms().stream().sorted()
                .map(form -> w.text("comensha.pdf.form." + form)).collect(Collectors.joining(", "))));
        rows.add(row(w, "municipalities", f.municipalities().isEmpty() ? null : String.join(", ", f.municipalities())));
        rows.add(row(w, "role", f.role() == null ? null : w.text("comensha.pdf.role." + f.role())));
        rows.add(row(w, "vulnerabilities", f.vulnerabilities().isEmpty() ? null : f.vulnerabilities().stream()
                .sorted().map(v -> w.text("vulnerability." + v)).collect(Collectors.joining(", "))));
        rows.add(row(w, "online", f.onlineComponent() == null ? null
                : w.text(f.onlineComponent() ? "comensha.pdf.yes" : "comensha.pdf.no")));
        rows.add(row(w, "police", f.policeInvolved() ? w.text("comensha.pdf.yes") : null));
        rows.add(row(w, "veilig-thuis", f.veiligThuisInvolved() ? w.text("comensha.pdf.yes") : null));
        rows.add(row(w, "consent", consent(f.consent(), w)));
        return rows;
    }

    static String html(Facts f, Wording w) {
        String title = text(w.text("comensha.pdf.title"));
        String pages = w.text("comensha.pdf.page", "\" counter(page) \"", "\" counter(pages) \"");
        String footer = text(w.text("comensha.pdf.footer").replace("\"", "'"));
        var body = new StringBuilder();
        for (String[] row : fields(f, w)) {
            body.append("<tr><th>").append(text(row[0])).append("</th><td>").append(text(row[1])).append("</td></tr>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"
                + "<head><title>" + title + "</title><style>"
                + "@page { size: A4; margin: 22mm 20mm 22mm 20mm; @top-center { content: \"" + footer + "\"; "
                + "font-family: 'DejaVu Sans'; font-size: 8pt; } @bottom-right { content: \"" + pages + "\"; "
                + "font-family: 'DejaVu Sans'; font-size: 8pt; } }"
                + "body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.4; }"
                + "h1 { font-size: 15pt; } table { width: 100%; border-collapse: collapse; }"
                + "th, td { text-align: left; vertical-align: top; padding: 4pt; border-bottom: 0.5pt solid #999999; }"
                + "th { width: 38%; font-weight: bold; }</style></head><body>"
                + "<h1>" + title + "</h1>"
                + "<p>" + text(w.text(f.identifying() == null ? "comensha.pdf.intro.anonymous" : "comensha.pdf.intro.named"))
                + "</p><table>" + body + "</table>"
                + "<p>" + text(w.text("comensha.pdf.complete")) + "</p>"
                + "<p>" + text(w.text("comensha.pdf.produced", f.contact(), DATE.format(f.producedOn()))) + "</p>"
                + "</body></html>";
    }

    private static String consent(RegistrationConsent c, Wording w) {
        if (c.basis() == RegistrationBasis.LAWFUL_WITHOUT_CONSENT) {
            return w.text("comensha.pdf.consent.lawful");
        }
        String by = w.text("comensha.pdf.consent.by." + c.givenBy());
        return w.text(c.coversIdentifying() ? "comensha.pdf.consent.identifying" : "comensha.pdf.consent.anonymous",
                by, DATE.format(c.consentDate()));
    }

    private static String[] row(Wording w, String key, String value) {
        return new String[] {w.text("comensha.pdf.field." + key),
                value == null || value.isBlank() ? w.text("comensha.pdf.not-recorded") : value};
    }

    private static String text(String value) {
        return Xhtml.text(value);
    }
}
