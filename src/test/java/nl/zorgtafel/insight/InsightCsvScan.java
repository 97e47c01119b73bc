package nl.zorgtafel.insight;

import java.util.ArrayList;
import java.util.List;

/** Reads the export back as a spreadsheet would: quoted cells, semicolons, CRLF lines. */
final class InsightCsvScan {

    private InsightCsvScan() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** The cells after the first of every line whose first cell is {@code title}. */
    static List<List<String>> section(List<List<String>> rows, String title) {
        return rows.stream().filter(r -> r.get(0).equals(title)).map(r -> r.subList(1, r.size())).toList();
    }
}
