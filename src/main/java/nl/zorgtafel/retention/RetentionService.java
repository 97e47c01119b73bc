package nl.zorgtafel.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.minutes.MinutesRedactionService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.RetentionScope;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Retention (F-9, issue 16). The Beheerder sets the periods per table (and the audit log's,
 * installation-wide); the job purges what is due and writes a report; chair and secretary read
 * their table's lines, a member only those of cases their organisation brought in; the preview
 * computes from the current clock what the next run would purge and what it would skip because
 * of a legal hold.
 */
@Service
public class RetentionService {

    static final String RUN_OBJECT = "purge_run";
    public static final int MIN_AUDIT_YEARS = 5;
    public static final int MAX_AUDIT_YEARS = 30;

    private final RetentionRepository repository;
    private final PurgeRepository purge;
    private final MinutesRedactionService minutes;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final boolean dryRunByDefault;
    private final java.util.concurrent.atomic.AtomicInteger lastHeld = new java.util.concurrent.atomic.AtomicInteger();

    RetentionService(RetentionRepository repository, PurgeRepository purge, MinutesRedactionService minutes,
            AccessService access, CurrentUser currentUser, AuditService audit, Clock clock, MeterRegistry meters,
            @Value("${zorgtafel.retention.dry-run:false}") boolean dryRunByDefault) {
        this.repository = repository;
        this.purge = purge;
        this.minutes = minutes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
        this.dryRunByDefault = dryRunByDefault;
        meters.gauge("zorgtafel.retention.held", lastHeld);
    }

    // Settings (Beheerder)

    /** Every table with its periods (defaults where none were set). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<TableRetention> settings() {
        return repository.tables();
    }

    /** Sets a table's periods, validated; refuses a stale edit. Audited. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void save(long tableId, RetentionPeriods periods) {
        periods.validate();
        if (!repository.savePeriods(tableId, periods, clock.instant())) {
            throw new StaleEdit("Retention periods changed meanwhile");
        }
        audit.record(AuditKind.RETENTION_CHANGED, AuditObject.of("care_table", tableId),
                "declined=" + periods.declinedMonths() + " closed=" + periods.closedMonths() + " consultation="
                        + periods.consultationMonths());
    }

    /** The audit log's period in years, with the version to save against. */
    public record AuditPeriod(int years, int version) {
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public AuditPeriod auditPeriod() {
        var stored = repository.auditYears();
        return new AuditPeriod(stored.years(), stored.version());
    }

    /** Sets the audit log's period: at least {@value #MIN_AUDIT_YEARS} years. Audited. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void saveAuditPeriod(AuditPeriod period) {
        FieldRefusal.require(period.years() >= MIN_AUDIT_YEARS && period.years() <= MAX_AUDIT_YEARS, "auditYears",
                "retention.rule.audit");
        if (!repository.saveAuditYears(period.years(), period.version())) {
            throw new StaleEdit("Audit period changed meanwhile");
        }
        audit.record(AuditKind.RETENTION_CHANGED, null, "audit=" + period.years());
    }

    // Preview and reports (chair, secretary, responsible partner)

    /** What the next run would do at the current table, as far as the reader may see: held ones last. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<PurgeCandidate> preview(int offset, int limit) {
        RetentionScope scope = access.retentionScope();
        var cut = cutoffs(scope.tableId(), clock.instant());
        return repository.dueCases(scope.tableId(), cut.declined(), cut.closed(), scope, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public int previewCount() {
        RetentionScope scope = access.retentionScope();
        var cut = cutoffs(scope.tableId(), clock.instant());
        return repository.countDueCases(scope.tableId(), cut.declined(), cut.closed(), scope);
    }

    /** Meedenkconsulten the next run would purge at the current table (they have no code to list). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public int previewConsultations() {
        RetentionScope scope = access.retentionScope();
        var cut = cutoffs(scope.tableId(), clock.instant());
        return repository.countDueConsultations(scope.tableId(), cut.consultation(), scope);
    }

    /** The current table's periods, for the screen's explanation. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public RetentionPeriods periods() {
        return repository.periods(access.retentionScope().tableId());
    }

    /** Report lines the reader may see, newest run first; {@code runId} null for all runs. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<PurgeLine> report(Long runId, int offset, int limit) {
        return repository.report(access.retentionScope(), runId, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public int reportCount(Long runId) {
        return repository.countReport(access.retentionScope(), runId);
    }

    /** The last runs with lines the reader may see, with their counts. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<PurgeRun> runs() {
        return repository.runs(access.retentionScope(), 20);
    }

    // The run

    /** The nightly run (dry when {@code zorgtafel.retention.dry-run} is set). */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public PurgeSummary runNightly() {
        return run(dryRunByDefault);
    }

    /**
     * One run over every table: each due case not under legal hold and each due meedenkconsult is
     * purged (identifying data and free text emptied, anonymous descriptors kept, minutes redacted),
     * held cases are listed and skipped, audit entries older than the audit period are deleted
     * from the start of the chain; every line goes into the run's report. A dry run writes the
     * report and changes nothing else. One transaction: a failure leaves everything as it was.
     * Started by the nightly job (as the system) or by the Beheerder ("Nu uitvoeren").
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public PurgeSummary run(boolean dryRun) {
        long startedNanos = System.nanoTime();
        Instant now = clock.instant();
        Long accountId = currentUser.get().map(ZorgtafelUser::accountId).orElse(null);
        long runId = repository.startRun(now, dryRun, accountId);
        int cases = 0;
        int consultations = 0;
        int held = 0;
        int redacted = 0;
        for (TableRetention table : repository.tables()) {
            var cut = cutoffs(table.periods(), now);
            for (PurgeCandidate due : repository.dueCases(table.tableId(), cut.declined(), cut.closed(), null, 0,
                    Integer.MAX_VALUE)) {
                repository.line(runId, table.tableId(), due.phase(), due.held(), due.caseFileId(), null, due.code(),
                        due.responsibleOrganisationId(), due.holdRequestedById());
                if (due.held()) {
                    held++;
                } else if (!dryRun && purge.purgeCase(due.caseFileId(), now)) {
                    redacted += minutes.redactPurgedCase(due.caseFileId());
                    audit.record(AuditKind.DATA_PURGED, AuditObject.of("case_file", due.caseFileId()),
                            due.phase().name());
                    cases++;
                } else if (dryRun) {
                    cases++;
                }
            }
            for (var due : repository.dueConsultations(table.tableId(), cut.consultation())) {
                repository.line(runId, table.tableId(), RetentionPhase.MEEDENKCONSULT, false, null, due.id(),
                        "MC-" + due.id(), due.organisationId(), null);
                if (dryRun || purge.purgeConsultation(due.id(), now)) {
                    if (!dryRun) {
                        audit.record(AuditKind.DATA_PURGED, AuditObject.of("consultation", due.id()),
                                RetentionPhase.MEEDENKCONSULT.name());
                    }
                    consultations++;
                }
            }
        }
        long auditDeleted = 0;
        if (!dryRun) {
            int years = repository.auditYears().years();
            auditDeleted = audit.deleteOlderThan(now.atZone(DutchTime.ZONE).minusYears(years).toInstant());
        }
        repository.finishRun(runId, clock.instant(), auditDeleted);
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        audit.record(AuditKind.PURGE_RUN, AuditObject.of(RUN_OBJECT, runId), (dryRun ? "dry " : "") + "cases="
                + cases + " consultations=" + consultations + " held=" + held + " audit=" + auditDeleted);
        if (!dryRun) {
            meters.counter("zorgtafel.retention.purged", "kind", "case").increment(cases);
            meters.counter("zorgtafel.retention.purged", "kind", "consultation").increment(consultations);
            meters.counter("zorgtafel.retention.purged", "kind", "audit-entry").increment(auditDeleted);
        }
        lastHeld.set(held);
        meters.timer("zorgtafel.retention.run", "dry", Boolean.toString(dryRun)).record(took);
        return new PurgeSummary(runId, dryRun, cases, consultations, held, auditDeleted, redacted, took);
    }

    private record Cutoffs(Instant declined, Instant closed, Instant consultation) {
    }

    private Cutoffs cutoffs(long tableId, Instant now) {
        return cutoffs(repository.periods(tableId), now);
    }

    /** Periods are in calendar months, counted back in Dutch time from now. */
    private static Cutoffs cutoffs(RetentionPeriods periods, Instant now) {
        ZonedDateTime here = now.atZone(DutchTime.ZONE);
        return new Cutoffs(here.minusMonths(periods.declinedMonths()).toInstant(),
                here.minusMonths(periods.closedMonths()).toInstant(),
                here.minusMonths(periods.consultationMonths()).toInstant());
    }
}
