package nl.zorgtafel.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.InsightScope;
import nl.zorgtafel.security.Roles;

/**
 * Insight of a period for the table's chair and secretary, and installation-wide suppressed totals
 * for a Beheerder (the access service decides which). Counts only: nothing that identifies a case or
 * a young person is read.
 */
@Service
public class InsightService {

    private static final String UNKNOWN = InsightRepository.UNKNOWN;

    private final InsightRepository repository;
    private final AccessService access;
    private final AuditService audit;
    private final Translations translations;
    private final Clock clock;
    private final PdfRenderer pdf;

    InsightService(InsightRepository repository, AccessService access, AuditService audit, Translations translations,
            Clock clock, PdfRenderer pdf) {
        this.pdf = pdf;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The insight of a period as the signed-in person may see it: exact for the table's leads,
     * suppressed and over all tables for a Beheerder. Refused (and audited) for anybody else.
     * One read-only transaction.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.BEHEERDER})
    public Insight insight(InsightPeriod period) {
        InsightScope scope = access.insightScope();
        Insight insight = read(scope, period);
        return scope.suppressed() ? insight.suppressedCopy() : insight;
    }

    /** Today in the Netherlands, for the period picker. */
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.BEHEERDER})
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /**
     * Writes the period's insight as CSV (UTF-8 with BOM, semicolons, formula-safe), always with
     * small cells suppressed, and records the export in the audit log (kind, period; no figures).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.BEHEERDER})
    public void exportCsv(InsightPeriod period, OutputStream out) {
        InsightScope scope = access.insightScope();
        Insight insight = read(scope, period).suppressedCopy();
        try {
            new InsightCsv(out, key -> translations.getTranslation(key, Translations.DUTCH)).write(insight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audited("csv", scope, period);
    }

    /**
     * The period's report as PDF/A (Dutch, for the municipality and the regional steering group),
     * always with small cells suppressed; audited like the CSV export.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.BEHEERDER})
    public byte[] reportPdf(InsightPeriod period) {
        InsightScope scope = access.insightScope();
        Insight insight = read(scope, period).suppressedCopy();
        String tableName = scope.installationWide() ? null : repository.tableName(scope.tableId());
        var report = new InsightReport((key, params) -> translations.getTranslation(key, Translations.DUTCH, params),
                Translations.DUTCH);
        byte[] document = pdf.render(report.html(insight, tableName, today()));
        audited("pdf", scope, period);
        return document;
    }

    /** One audit entry per export: its format and period, never a figure. */
    private void audited(String format, InsightScope scope, InsightPeriod period) {
        audit.record(AuditKind.INSIGHT_EXPORTED, null, format + " " + period.kind() + " " + period.describe()
                + (scope.installationWide() ? " alle tafels" : ""));
    }

    private Insight read(InsightScope scope, InsightPeriod period) {
        var totals = repository.totals(scope, period);
        List<Breakdown> breakdowns = new ArrayList<>();
        Map<String, Long> overTime = repository.overTime(scope, period);
        breakdowns.add(new Breakdown(Breakdown.OVER_TIME, true, totals.cases(), period.buckets().stream()
                .map(b -> Breakdown.row(b.label(), false, overTime.getOrDefault(b.label(), 0L))).toList()));
        breakdowns.add(enumBreakdown("insight.by.exploitation", false, totals.cases(),
                repository.exploitation(scope, period), names(ExploitationForm.values()), "form.", false));
        breakdowns.add(enumBreakdown("insight.by.age-band", true, totals.cases(),
                repository.ageBands(scope, period),
                names(AgeBand.values()), "age-band.", true));
        breakdowns.add(enumBreakdown("insight.by.gender", true, totals.cases(), repository.genders(scope, period),
                List.of("MEISJE_VROUW", "JONGEN_MAN", "ANDERS"), "insight.gender.", true));
        breakdowns.add(municipalities(totals.cases(), repository.municipalities(scope, period)));
        breakdowns.add(enumBreakdown("insight.by.vulnerability", false, totals.cases(),
                repository.vulnerabilities(scope, period), names(Vulnerability.values()), "vulnerability.", false));
        breakdowns.add(new Breakdown("insight.by.lvb", true, totals.cases(), List.of(
                Breakdown.row("insight.lvb.YES", true, totals.lvb()),
                Breakdown.row("insight.lvb.NO", true, totals.cases() - totals.lvb()))));
        breakdowns.add(enumBreakdown("insight.by.role", true, totals.cases(),
                repository.roles(scope, period),
                names(YoungPersonRole.values()), "role-young.", true));
        breakdowns.add(enumBreakdown("insight.by.online", true, totals.cases(), repository.online(scope, period),
                List.of("JA", "NEE"), "insight.online.", true));
        breakdowns.add(enumBreakdown("insight.by.organisation-type", true, totals.cases(),
                repository.proposingTypes(scope, period), names(OrganisationType.values()), "organisation-type.",
                false));
        breakdowns.add(new Breakdown("insight.by.repeat", true, totals.cases(), List.of(
                Breakdown.row("insight.repeat.YES", true, totals.repeats()),
                Breakdown.row("insight.repeat.NO", true, totals.cases() - totals.repeats()))));
        Map<String, Long> consultations = repository.consultations(scope, period);
        breakdowns.add(enumBreakdown("insight.by.consultation", true,
                consultations.values().stream().mapToLong(Long::longValue).sum(), consultations,
                List.of("BEANTWOORD", "WACHT"), "insight.consultation.", false));
        breakdowns.add(enumBreakdown("insight.by.milestone", false, totals.cases(), repository.milestones(scope, period),
                names(Milestone.values()), "milestone.", false));
        return new Insight(period, scope.installationWide(), false, totals.cases(), breakdowns,
                leadTimes(repository.leadTimes(scope, period)),
                // Installation wide only totals: no organisation's figures across tables.
                scope.installationWide() ? List.of() : repository.actions(scope, period, today()));
    }

    /** Every category in the enum's order, also at 0; "onbekend" last where a value may be missing. */
    private static Breakdown enumBreakdown(String titleKey, boolean additive, long total, Map<String, Long> counts,
            List<String> categories, String labelPrefix, boolean withUnknown) {
        var keys = withUnknown ? Stream.concat(categories.stream(), Stream.of(UNKNOWN)).toList() : categories;
        return new Breakdown(titleKey, additive, total, keys.stream()
                .map(k -> Breakdown.row(UNKNOWN.equals(k) ? "insight.unknown" : labelPrefix + k, true,
                        counts.getOrDefault(k, 0L)))
                .toList());
    }

    private static Breakdown municipalities(long total, List<Map.Entry<String, Long>> counts) {
        return new Breakdown("insight.by.municipality", false, total,
                counts.stream().map(e -> Breakdown.row(e.getKey(), false, e.getValue())).toList());
    }

    private static List<LeadTime> leadTimes(Map<String, double[]> seconds) {
        return Stream.of("TRIAGE", "DISCUSSION", "CLOSING", "TOTAL").map(step -> {
            double[] v = seconds.get(step);
            return v == null ? new LeadTime("insight.lead." + step, 0, null, null)
                    : new LeadTime("insight.lead." + step, (long) v[0], days(v[1]), days(v[2]));
        }).toList();
    }

    /** Seconds as days with one decimal. */
    private static double days(double seconds) {
        return Math.round(seconds / 8640.0) / 10.0;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
