package nl.zorgtafel.encryption;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.db.FieldEncryption;

/**
 * The job that moves every sealed value to the active key, column by column in batches of short
 * transactions, writing its progress after each batch so any node's Beheer screen can show it.
 * One node at a time (ShedLock); a value a person saves meanwhile is sealed under the active key
 * already and is left alone. When no value names another key, those keys are retired and may be
 * removed from the configuration.
 */
@Component
class Reencryption {

    private static final Logger LOG = LoggerFactory.getLogger(Reencryption.class);
    static final int BATCH = 200;
    static final String LOCK = "reencryption";

    private final EncryptionKeyRepository repository;
    private final FieldEncryption encryption;
    private final TransactionTemplate transaction;
    private final LockingTaskExecutor locks;
    private final AuditService audit;
    private final Clock clock;
    private final Counter resealed;
    private final AtomicBoolean runningHere = new AtomicBoolean();

    Reencryption(EncryptionKeyRepository repository, FieldEncryption encryption,
            PlatformTransactionManager transactionManager, LockProvider lockProvider, AuditService audit, Clock clock,
            MeterRegistry meters) {
        this.repository = repository;
        this.encryption = encryption;
        this.transaction = new TransactionTemplate(transactionManager);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.audit = audit;
        this.clock = clock;
        this.resealed = Counter.builder("zorgtafel.reencryption.values")
                .description("Sealed values moved to the active key").register(meters);
    }

    /** True while this node runs a pass (another node's pass shows in the run row only). */
    boolean runningHere() {
        return runningHere.get();
    }

    /**
     * Starts a pass on a thread of its own; false when this node already runs one. The flag is set
     * before the thread starts, so a screen that asks right after the click already sees it busy.
     */
    boolean startInBackground() {
        if (!runningHere.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("reencryption").start(this::passUnderLock);
        return true;
    }

    /** One full pass under the cluster-wide lock; empty when another node holds it or this one runs. */
    Optional<RunOutcome> runOnce() {
        if (!runningHere.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return passUnderLock();
    }

    /** Runs with {@link #runningHere} already set, and clears it at the end. */
    private Optional<RunOutcome> passUnderLock() {
        try {
            var result = locks.executeWithLock(this::pass,
                    new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(12), Duration.ZERO));
            return Optional.ofNullable(result.getResult());
        } catch (Throwable e) {
            LOG.error("Re-encryption stopped: {}", e.getClass().getSimpleName());
            return Optional.of(RunOutcome.ONDERBROKEN);
        } finally {
            runningHere.set(false);
        }
    }

    private RunOutcome pass() {
        String target = encryption.activeKey();
        long total = transaction.execute(status -> {
            repository.markInterrupted(clock.instant());
            repository.register(target, clock.instant());
            return repository.countNotUnder(target);
        });
        long runId = transaction.execute(status -> repository.startRun(target, total, clock.instant()));
        LOG.info("Re-encryption to key '{}' started: {} values", target, total);
        long done = 0;
        long failed = 0;
        for (var column : EncryptionKeyRepository.SEALED_COLUMNS) {
            long after = 0;
            while (true) {
                long from = after;
                List<EncryptionKeyRepository.Stored> values = transaction.execute(
                        status -> repository.notUnder(column, target, from, BATCH));
                if (values.isEmpty()) {
                    break;
                }
                long[] batch = transaction.execute(status -> resealBatch(column, values));
                done += batch[0];
                failed += batch[1];
                resealed.increment(batch[0]);
                after = values.getLast().id();
                long progress = done;
                transaction.executeWithoutResult(status -> repository.progress(runId, progress));
            }
        }
        long remaining = transaction.execute(status -> repository.countNotUnder(target));
        RunOutcome outcome = remaining == 0 ? RunOutcome.VOLTOOID : RunOutcome.MISLUKT;
        long finalDone = done;
        long finalFailed = failed;
        transaction.executeWithoutResult(status -> {
            int retired = outcome == RunOutcome.VOLTOOID ? repository.retireAllBut(target, clock.instant()) : 0;
            repository.finish(runId, finalDone, outcome, clock.instant());
            audit.record(AuditKind.REENCRYPTION_FINISHED, null, "key " + target + ", " + finalDone + " values, "
                    + finalFailed + " unreadable, " + remaining + " left, " + retired + " keys retired");
        });
        LOG.info("Re-encryption to key '{}' {}: {} values, {} unreadable, {} left", target, outcome, done, failed,
                remaining);
        return outcome;
    }

    /** Re-seals a batch in one transaction; a value that does not open is counted, not fatal. */
    private long[] resealBatch(EncryptionKeyRepository.SealedColumn column, List<EncryptionKeyRepository.Stored> values) {
        long ok = 0;
        long unreadable = 0;
        for (var value : values) {
            try {
                if (repository.reseal(column, value)) {
                    ok++;
                }
            } catch (IllegalStateException e) {
                // The message names the field and at most a key id, never the value.
                LOG.warn("Cannot re-encrypt {} row {}: {}", column.name(), value.id(), e.getMessage());
                unreadable++;
            }
        }
        return new long[] {ok, unreadable};
    }
}
