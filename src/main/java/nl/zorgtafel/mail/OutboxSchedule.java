package nl.zorgtafel.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the sender every few seconds; tests switch it off and call the sender themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "zorgtafel.mail.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${zorgtafel.mail.poll:PT10S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT30M")
    public void deliver() {
        sender.sendDue();
    }
}
