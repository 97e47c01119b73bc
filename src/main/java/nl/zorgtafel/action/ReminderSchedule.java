package nl.zorgtafel.action;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.zorgtafel.security.SystemTasks;

/** Sends the reminder digest every morning at seven, Dutch time; tests call the digest themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "zorgtafel.actions.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final ReminderDigest digest;
    private final SystemTasks system;

    ReminderSchedule(ReminderDigest digest, SystemTasks system) {
        this.digest = digest;
        this.system = system;
    }

    @Scheduled(cron = "${zorgtafel.actions.reminder-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "action-reminders", lockAtLeastFor = "PT30M", lockAtMostFor = "PT1H")
    public void remind() {
        system.asAdministrator(digest::sendToday);
    }
}
