package nl.zorgtafel.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.zorgtafel.security.SystemTasks;

/** Mails the anomaly report every Monday morning, Dutch time; tests call the reports themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "zorgtafel.audit.anomaly-report.enabled", havingValue = "true", matchIfMissing = true)
class AnomalySchedule {

    private final AnomalyReports reports;
    private final SystemTasks system;

    AnomalySchedule(AnomalyReports reports, SystemTasks system) {
        this.reports = reports;
        this.system = system;
    }

    @Scheduled(cron = "${zorgtafel.audit.anomaly-report.cron:0 30 7 * * MON}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "anomaly-report", lockAtLeastFor = "PT30M", lockAtMostFor = "PT1H")
    public void send() {
        system.asAdministrator(reports::sendLastWeek);
    }
}
