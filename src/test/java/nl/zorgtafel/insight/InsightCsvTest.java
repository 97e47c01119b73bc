package nl.zorgtafel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV's form: BOM, semicolons, quoting, formula-safe cells, and only suppressed copies. */
class InsightCsvTest {

    private static Insight insight(String municipality, long count) {
        var b = new Breakdown("insight.by.municipality", false, count,
                List.of(Breakdown.row(municipality, false, count), Breakdown.row("Zeeland; \"Noord\"", false, 7)));
        return new Insight(InsightPeriod.year(2025), false, false, count, List.of(b),
                List.of(new LeadTime("insight.lead.TRIAGE", 5, 2.5, 4.0)),
                List.of(new OrganisationActions("=HYPERLINK(\"x\")", 20, 10, 5, 0)));
    }

    private static String write(Insight insight) throws Exception {
        var out = new ByteArrayOutputStream();
        new InsightCsv(out, key -> key).write(insight);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void cells_a_spreadsheet_would_run_are_defused_and_separators_are_quoted() throws Exception {
        String csv = write(insight("-Gemeente", 9).suppressedCopy());

        assertThat(csv).contains("\"'-Gemeente\";\"9\"");
        assertThat(csv).contains("\"Zeeland; \"\"Noord\"\"\";\"7\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";\"20\";\"10\";\"5\";\"0\"");
        assertThat(csv).contains("\"insight.lead.TRIAGE\";\"5\";\"2,5\";\"4,0\"");
        assertThat(InsightCsvScan.parse(csv)).allSatisfy(row -> assertThat(row).allSatisfy(
                cell -> assertThat(cell).isNotIn("1", "2", "3", "4")));
    }

    @Test
    void a_part_is_hidden_when_the_rest_of_its_whole_is_small() {
        assertThat(InsightCsv.part(6, 12)).isEqualTo("6");
        // The rest (4 and 2) is small: the part is hidden with it, as "x" (it is 5 or more).
        assertThat(InsightCsv.part(6, 10)).isEqualTo("x");
        assertThat(InsightCsv.part(8, 10)).isEqualTo("x");
        assertThat(InsightCsv.part(3, 10)).isEqualTo("<5");
        assertThat(InsightCsv.part(0, 10)).isEqualTo("0");
        assertThat(InsightCsv.part(10, 10)).isEqualTo("10");
        assertThat(InsightCsv.part(0, 3)).isEqualTo("<5");
    }

    @Test
    void an_exact_copy_never_leaves_the_table() {
        assertThatThrownBy(() -> write(insight("Dordrecht", 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
