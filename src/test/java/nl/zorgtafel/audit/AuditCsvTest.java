package nl.zorgtafel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void quotes_cells_and_doubles_quotes_inside() {
        assertThat(AuditCsv.cell("Stichting \"De Haven\"")).isEqualTo("\"Stichting \"\"De Haven\"\"\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void defuses_cells_a_spreadsheet_would_run_as_a_formula() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(AuditCsv.cell("+31 6")).isEqualTo("\"'+31 6\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).startsWith("\"'@");
    }
}
