package nl.zorgtafel.insight;

import static nl.zorgtafel.insight.KnownCases.Q1_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.PdfA;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * Every insight figure over a known set of cases (see {@link KnownCases}), the lead-time medians and
 * p90, who may see what, and the CSV export with every cell scanned; H2 and MariaDB.
 */
abstract class InsightServiceTests {

    @Autowired
    InsightService insights;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    SessionFixture.Session session;
    KnownCases known;

    @BeforeEach
    void knownCases() {
        session = fixture.create();
        long other = testData.table(TestData.unique("Andere tafel"));
        known = new KnownCases(dsl, testData, session);
        known.build(other);
        testData.signIn(session.chair());
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private static Map<String, Long> counts(Breakdown b) {
        Map<String, Long> m = new LinkedHashMap<>();
        b.rows().forEach(r -> m.put(r.label(), r.count()));
        return m;
    }

    private static Map<String, String> shown(Breakdown b) {
        Map<String, String> m = new LinkedHashMap<>();
        b.rows().forEach(r -> m.put(r.label(), r.shown()));
        return m;
    }

    @Test
    void the_chair_sees_every_count_of_the_period_exactly_with_every_category_also_at_zero() {
        Insight insight = insights.insight(Q1_2025);

        assertThat(insight.suppressed()).isFalse();
        assertThat(insight.installationWide()).isFalse();
        // Twelve cases: 1–11 in January and 12 on 31 March 23:30; the one at 00:10 on 1 April and the
        // other table's are out.
        assertThat(insight.cases()).isEqualTo(12);
        // Per Dutch month: 31 March 23:30 is March here (and 1 April 00:10, still March in UTC, is out).
        assertThat(counts(insight.breakdown(Breakdown.OVER_TIME))).containsExactly(
                Map.entry("2025-01", 11L), Map.entry("2025-02", 0L), Map.entry("2025-03", 1L));
        assertThat(counts(insight.breakdown("insight.by.exploitation"))).containsExactly(
                Map.entry("form.SEKSUEEL", 8L), Map.entry("form.CRIMINEEL", 6L), Map.entry("form.ARBEID", 0L),
                Map.entry("form.FINANCIEEL", 1L), Map.entry("form.OVERIG_ONBEKEND", 0L));
        assertThat(counts(insight.breakdown("insight.by.age-band"))).containsExactly(
                Map.entry("age-band.TOT_12", 1L), Map.entry("age-band.J12_15", 6L), Map.entry("age-band.J16_17", 4L),
                Map.entry("age-band.J18_23", 0L), Map.entry("insight.unknown", 1L));
        assertThat(counts(insight.breakdown("insight.by.gender"))).containsExactly(
                Map.entry("insight.gender.MEISJE_VROUW", 7L), Map.entry("insight.gender.JONGEN_MAN", 3L),
                Map.entry("insight.gender.ANDERS", 1L), Map.entry("insight.unknown", 1L));
        assertThat(counts(insight.breakdown("insight.by.municipality"))).containsExactly(
                Map.entry(known.municipalityA, 10L), Map.entry(known.municipalityB, 0L),
                Map.entry(known.municipalityC, 1L));
        assertThat(counts(insight.breakdown("insight.by.vulnerability"))).containsExactly(
                Map.entry("vulnerability.LVB_VERMOED", 1L), Map.entry("vulnerability.LVB_VASTGESTELD", 1L),
                Map.entry("vulnerability.PSYCHISCHE_PROBLEMATIEK", 5L),
                Map.entry("vulnerability.VERSLAVING_MIDDELENGEBRUIK", 0L),
                Map.entry("vulnerability.EERDER_SEKSUEEL_GEWELD", 0L), Map.entry("vulnerability.WEGLOPEN_VERMISSING", 0L),
                Map.entry("vulnerability.JEUGDHULP_MET_VERBLIJF", 0L), Map.entry("vulnerability.ZONDER_VERBLIJFSSTATUS", 0L),
                Map.entry("vulnerability.SCHULDEN", 0L));
        assertThat(counts(insight.breakdown("insight.by.lvb"))).containsExactly(
                Map.entry("insight.lvb.YES", 2L), Map.entry("insight.lvb.NO", 10L));
        assertThat(counts(insight.breakdown("insight.by.role"))).containsExactly(
                Map.entry("role-young.VERMOEDELIJK_SLACHTOFFER", 8L), Map.entry("role-young.VERMOEDELIJK_PLEGER", 0L),
                Map.entry("role-young.BEIDE", 3L), Map.entry("insight.unknown", 1L));
        assertThat(counts(insight.breakdown("insight.by.online"))).containsExactly(
                Map.entry("insight.online.JA", 3L), Map.entry("insight.online.NEE", 9L), Map.entry("insight.unknown", 0L));
        Map<String, Long> types = counts(insight.breakdown("insight.by.organisation-type"));
        assertThat(types).hasSize(OrganisationType.values().length)
                .containsEntry("organisation-type.JEUGDHULP", 7L).containsEntry("organisation-type.POLITIE_AVIM", 5L);
        assertThat(types.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);
        assertThat(counts(insight.breakdown("insight.by.repeat"))).containsExactly(
                Map.entry("insight.repeat.YES", 1L), Map.entry("insight.repeat.NO", 11L));
        assertThat(counts(insight.breakdown("insight.by.consultation"))).containsExactly(
                Map.entry("insight.consultation.BEANTWOORD", 6L), Map.entry("insight.consultation.WACHT", 1L));
        assertThat(counts(insight.breakdown("insight.by.milestone"))).containsExactly(
                Map.entry("milestone.MELDCODE_STAP", 0L), Map.entry("milestone.MELDING_VEILIG_THUIS", 5L),
                Map.entry("milestone.MELDING_POLITIE_AVIM", 1L), Map.entry("milestone.MELDING_COMENSHA", 0L),
                Map.entry("milestone.AANGIFTE", 1L), Map.entry("milestone.VERMISSING_GEMELD", 0L),
                Map.entry("milestone.VEILIGHEIDSPLAN", 0L));
    }

    @Test
    void lead_times_give_the_median_and_p90_per_step_in_days() {
        Insight insight = insights.insight(Q1_2025);

        // Triage 1, 2, 3, 4, 5, 10 days: median (3 + 4) / 2, p90 the 6th of 6.
        // Discussion 7, 14, 21, 28: median (14 + 21) / 2, p90 the 4th of 4.
        // Closing 30, 60; total 1 + 7 + 30 = 38 and 2 + 14 + 60 = 76.
        assertThat(insight.leadTimes()).containsExactly(
                new LeadTime("insight.lead.TRIAGE", 6, 3.5, 10.0),
                new LeadTime("insight.lead.DISCUSSION", 4, 17.5, 28.0),
                new LeadTime("insight.lead.CLOSING", 2, 45.0, 60.0),
                new LeadTime("insight.lead.TOTAL", 2, 57.0, 76.0));
    }

    @Test
    void action_figures_per_organisation_count_actions_due_in_the_period() {
        Insight insight = insights.insight(Q1_2025);

        String youth = dsl.select(nl.zorgtafel.db.Tables.ORGANISATION.NAME).from(nl.zorgtafel.db.Tables.ORGANISATION)
                .where(nl.zorgtafel.db.Tables.ORGANISATION.ID.eq(session.youth())).fetchOne().value1();
        String avim = dsl.select(nl.zorgtafel.db.Tables.ORGANISATION.NAME).from(nl.zorgtafel.db.Tables.ORGANISATION)
                .where(nl.zorgtafel.db.Tables.ORGANISATION.ID.eq(session.avim())).fetchOne().value1();
        assertThat(insight.actions()).containsExactlyInAnyOrder(
                new OrganisationActions(youth, 6, 4, 3, 1),
                new OrganisationActions(avim, 1, 0, 0, 1));
        var youthFigures = insight.actions().stream().filter(a -> a.organisation().equals(youth)).findFirst().orElseThrow();
        assertThat(youthFigures.onTimePercentage()).isEqualTo(75);
        assertThat(youthFigures.overduePercentage()).isEqualTo(17);
    }

    @Test
    void an_empty_period_has_every_category_at_zero_and_no_lead_times() {
        Insight insight = insights.insight(InsightPeriod.year(2019));

        assertThat(insight.cases()).isZero();
        assertThat(insight.breakdowns()).allSatisfy(b -> assertThat(b.empty()).isTrue());
        assertThat(insight.breakdown("insight.by.age-band").rows()).hasSize(5);
        assertThat(insight.leadTimes()).allSatisfy(t -> {
            assertThat(t.cases()).isZero();
            assertThat(t.medianDays()).isNull();
        });
    }

    @Test
    void the_secretary_sees_the_table_and_a_member_or_observer_is_refused_and_audited() {
        testData.signIn(session.secretary());
        assertThat(insights.insight(Q1_2025).cases()).isEqualTo(12);

        for (String refused : List.of(session.youthCare(), session.observer())) {
            testData.signIn(refused);
            long before = deniedEntries();
            assertThatThrownBy(() -> insights.insight(Q1_2025)).isInstanceOf(AccessDeniedException.class);
            assertThat(deniedEntries()).isEqualTo(before + 1);
        }
    }

    @Test
    void a_beheerder_sees_only_suppressed_totals_over_all_tables() {
        long organisation = testData.organisation(TestData.unique("Beheer"), OrganisationType.OVERIG);
        testData.signIn(testData.account("Beheerder", organisation, true, Map.of()));

        Insight insight = insights.insight(Q1_2025);

        assertThat(insight.installationWide()).isTrue();
        assertThat(insight.suppressed()).isTrue();
        assertThat(insight.cases()).isGreaterThanOrEqualTo(13);
        assertThat(insight.actions()).isEmpty();
        assertThat(insight.breakdowns()).allSatisfy(b -> assertThat(b.rows())
                .allSatisfy(r -> assertThat(r.shown()).isNotIn("1", "2", "3", "4")));
    }

    @Test
    void the_csv_export_hides_every_count_of_one_to_four_and_its_complement_and_is_audited() {
        var out = new ByteArrayOutputStream();
        long before = entries(AuditKind.INSIGHT_EXPORTED);

        insights.exportCsv(Q1_2025, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = InsightCsvScan.parse(csv);
        // Every cell of every line: no number from 1 to 4 leaves the table.
        assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(
                cell -> assertThat(cell).isNotIn("1", "2", "3", "4")));
        var online = InsightCsvScan.section(rows, "Online component");
        // Online 3 of 12: the 3 is hidden, so the 9 that would reveal it is hidden too ("x"); 0 stays.
        assertThat(online).containsExactly(List.of("Ja", "<5"), List.of("Nee", "x"), List.of("Onbekend", "0"),
                List.of("Totaal", "12"));
        var consultations = InsightCsvScan.section(rows, "Meedenkconsulten in deze periode");
        assertThat(consultations).containsExactly(List.of("Beantwoord met advies", "x"),
                List.of("Wacht op advies", "<5"), List.of("Totaal", "7"));
        // A case can have several forms: no total to subtract from, so only the small cell goes.
        assertThat(InsightCsvScan.section(rows, "Vorm van uitbuiting (een casus kan meer vormen hebben)"))
                .contains(List.of("Seksueel", "8"), List.of("Crimineel", "6"), List.of("Financieel", "<5"),
                        List.of("Casussen in de periode (een casus kan in meer rijen staan)", "12"));
        // March's single case is hidden, so January's 11 that would reveal it goes too.
        assertThat(InsightCsvScan.section(rows, "Aangemelde casussen per maand (per jaar bij een periode van meer dan drie jaar)"))
                .containsExactly(List.of("2025-01", "x"), List.of("2025-02", "0"), List.of("2025-03", "<5"),
                        List.of("Totaal", "12"));
        assertThat(InsightCsvScan.section(rows, "Doorlooptijden")).contains(
                List.of("Aangemeld → triagebesluit", "6", "3,5", "10,0"),
                List.of("Aangemeld → afgesloten", "<5", "", ""));
        // Typed gender text never leaves: only the four fixed groups.
        assertThat(csv).doesNotContain("non-binair");
        assertThat(entries(AuditKind.INSIGHT_EXPORTED)).isEqualTo(before + 1);
    }

    @Test
    void the_quarterly_report_is_pdf_a_with_every_indicator_explained_and_small_cells_hidden() throws Exception {
        long before = entries(AuditKind.INSIGHT_EXPORTED);

        byte[] pdf = insights.reportPdf(Q1_2025);

        PdfA.assertCompliant(pdf);
        String text = PdfA.text(pdf);
        assertThat(text).contains("Kwartaalrapportage zorgtafel", "periode 1-1-2025 t/m 31-3-2025",
                "Aangemelde casussen in deze periode: 12",
                // Each indicator with its explanation, chart and table.
                "Vorm van uitbuiting", "Een casus kan meer vormen hebben, dus de aantallen tellen niet op",
                "Leeftijdsgroep", "Gemeente", "LVB", "Rol van de jongere", "Online component",
                "Soort organisatie die de casus inbracht", "Herhaalde casus", "Meedenkconsulten",
                "Bereikte stappen in de route", "Doorlooptijden", "Acties per organisatie",
                // The same cells as the CSV: small ones "<5", the ones that would reveal them "x".
                "Ja <5", "Nee x", "Seksueel 8", "Financieel <5", "2025-03 <5",
                "Aangemeld → triagebesluit 6 3,5 dagen 10,0 dagen");
        assertThat(text).doesNotContain("Ja 3", "Nee 9", "Financieel 1", "non-binair");
        assertThat(entries(AuditKind.INSIGHT_EXPORTED)).isEqualTo(before + 1);
    }

    @Test
    void a_member_gets_no_report() {
        testData.signIn(session.youthCare());
        long before = deniedEntries();

        assertThatThrownBy(() -> insights.reportPdf(Q1_2025)).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedEntries()).isEqualTo(before + 1);
    }

    private long deniedEntries() {
        return entries(AuditKind.ACCESS_DENIED);
    }

    private long entries(AuditKind kind) {
        return dsl.fetchCount(nl.zorgtafel.db.Tables.AUDIT_ENTRY, nl.zorgtafel.db.Tables.AUDIT_ENTRY.KIND.eq(kind));
    }
}
