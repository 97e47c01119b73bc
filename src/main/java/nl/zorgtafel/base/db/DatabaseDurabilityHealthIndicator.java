package nl.zorgtafel.base.db;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * DOWN unless the MySQL server writes every commit to disk before it answers:
 * {@code innodb_flush_log_at_trx_commit=1} (the redo log flushed at each commit; 0 or 2 lose up
 * to a second of acknowledged commits when the server or its machine crashes) and
 * {@code sync_binlog=1} (the binary log, needed for replicas and point-in-time recovery, flushed
 * at each commit). Required together, as issue 14 asks, also on a server without binary logging
 * where {@code sync_binlog} changes nothing: one rule an administrator can check, and binary
 * logging switched on later is then already safe. Part of the readiness group, so a load balancer
 * sends no traffic to a node whose database may lose what it acknowledged. Details name the
 * settings and their values only.
 */
@Component
@Profile("mysql")
class DatabaseDurabilityHealthIndicator implements HealthIndicator {

    static final String REQUIRED = "1";

    private final DatabaseSettingsRepository settings;

    DatabaseDurabilityHealthIndicator(DatabaseSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Health health() {
        var flush = settings.flushSettings();
        boolean durable = REQUIRED.equals(flush.innodbFlushLogAtTrxCommit()) && REQUIRED.equals(flush.syncBinlog());
        return (durable ? Health.up() : Health.down())
                .withDetail("innodb_flush_log_at_trx_commit", flush.innodbFlushLogAtTrxCommit())
                .withDetail("sync_binlog", flush.syncBinlog())
                .withDetail("required", "innodb_flush_log_at_trx_commit=1 and sync_binlog=1 (docs/operations.md)")
                .build();
    }
}
