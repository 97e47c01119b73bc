package nl.zorgtafel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import nl.zorgtafel.base.time.DutchTime;

/**
 * Writes audit entries as CSV (semicolon-separated, as Dutch spreadsheet programs expect).
 * Cells that a spreadsheet would run as a formula are defused with a leading apostrophe.
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(DutchTime.ZONE);
    static final String HEADER = "id;tijdstip;soort;persoon;organisatie;tafel;objecttype;object;adres;detail";

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line(HEADER);
    }

    void entry(AuditEntry e) {
        line(String.join(";", cell(e.id()), cell(TIME.format(e.occurredAt())), cell(e.kind().name()),
                cell(e.actorName()), cell(e.actorOrganisationName()), cell(e.tableId()), cell(e.objectType()),
                cell(e.objectId()), cell(e.clientAddress()), cell(e.detail())));
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
