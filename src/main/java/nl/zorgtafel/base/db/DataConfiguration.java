package nl.zorgtafel.base.db;

import java.time.Clock;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataConfiguration {

    /** One clock for the whole app, so tests can fix "now" (deadlines, cut-offs, audit). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Records with a version column are stored with optimistic locking: a stale update fails
     * with {@link org.jooq.exception.DataChangedException} instead of overwriting someone's work.
     */
    @Bean
    DefaultConfigurationCustomizer optimisticLocking() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                // MySQL emulates multiset with GROUP_CONCAT; the session limit is raised once per
                // connection (spring.datasource.hikari.connection-init-sql in the mysql profile)
                // instead of by extra statements around every query.
                .withRenderGroupConcatMaxLenSessionVariable(false);
    }
}
