package nl.zorgtafel.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.zorgtafel.security.SystemTasks;

/** Runs the retention job every night at 02:30 Dutch time, on one node; tests call the service themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "zorgtafel.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionSchedule {

    private final RetentionService retention;
    private final SystemTasks system;

    RetentionSchedule(RetentionService retention, SystemTasks system) {
        this.retention = retention;
        this.system = system;
    }

    @Scheduled(cron = "${zorgtafel.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "retention-purge", lockAtLeastFor = "PT30M", lockAtMostFor = "PT2H")
    public void purge() {
        system.asAdministrator(retention::runNightly);
    }
}
