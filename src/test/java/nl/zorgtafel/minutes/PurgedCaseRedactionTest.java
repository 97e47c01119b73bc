package nl.zorgtafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The retention job's redaction of one case in frozen minutes: its texts go, everything else stays. */
class PurgedCaseRedactionTest {

    private static MinutesContent.CaseSection section(long caseId, String code, String text) {
        return new MinutesContent.CaseSection(caseId * 10, caseId, code, false, Set.of(1L), List.of("AVIM"), text,
                List.of(new MinutesContent.Note("AVIM", text)), List.of(text),
                List.of(new MinutesContent.ActionLine("AVIM", "Jan", text, LocalDate.of(2026, 1, 1), "OPEN")));
    }

    @Test
    void only_the_purged_case_loses_its_texts_and_keeps_its_code_deelnemers_deadlines_and_statuses() {
        var content = new MinutesContent(1, "Tafel", Instant.EPOCH, Instant.EPOCH, "Zaal", "Voorzitter", "Vertrouwelijk",
                List.of(), List.of(new MinutesContent.ReviewLine(7, "DR-7", "AVIM", "Bel Samira", LocalDate.of(2026, 1, 1),
                        "GEREED", "UITGEVOERD", "Samira gesproken", Set.of(1L))),
                List.of(section(7, "DR-7", "Samira loopt weg"), section(8, "DR-8", "Andere casus")), null);

        var redacted = content.withoutCase(7, MinutesRedactionService.PURGED_MARK);

        var purged = redacted.cases().getFirst();
        assertThat(purged.caseCode()).isEqualTo("DR-7");
        assertThat(purged.deelnemerNames()).containsExactly("AVIM");
        assertThat(purged.summary()).isEqualTo(MinutesRedactionService.PURGED_MARK);
        assertThat(purged.inbreng()).extracting(MinutesContent.Note::body).containsOnly(MinutesRedactionService.PURGED_MARK);
        assertThat(purged.decisions()).containsOnly(MinutesRedactionService.PURGED_MARK);
        assertThat(purged.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo(MinutesRedactionService.PURGED_MARK);
            assertThat(a.deadline()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(a.status()).isEqualTo("OPEN");
        });
        assertThat(redacted.review()).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo(MinutesRedactionService.PURGED_MARK);
            assertThat(r.note()).isEqualTo(MinutesRedactionService.PURGED_MARK);
            assertThat(r.outcome()).isEqualTo("UITGEVOERD");
        });
        assertThat(redacted.cases().get(1)).isEqualTo(content.cases().get(1));
        assertThat(redacted.toString()).doesNotContain("Samira");
        assertThat(content.withoutCase(99, MinutesRedactionService.PURGED_MARK)).isEqualTo(content);
    }
}
