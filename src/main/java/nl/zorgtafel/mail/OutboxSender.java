package nl.zorgtafel.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * Delivers due outbox messages over SMTP: claimed in a short transaction, sent outside it. A failed delivery is retried with growing pauses (1, 2, 4 … up to 60 minutes) and kept,
 * visible, after the last attempt. Logs name message ids and error classes, never addresses.
 */
@Component
public class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    /** How long a claimed message waits before another sender may try it (longer than any timeout). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    OutboxSender(OutboxRepository repository, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager, Clock clock,
            ZorgtafelProperties properties,
            io.micrometer.core.instrument.MeterRegistry meters) {
        // Read at each scrape: one indexed count of the messages still to go.
        io.micrometer.core.instrument.Gauge.builder("zorgtafel.mail.outbox.pending", repository,
                OutboxRepository::countPending).description("Mails waiting to be sent").register(meters);
        this.repository = repository;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = properties.mail().from();
    }

    /**
     * Sends what is due; returns how many were delivered. Does nothing without SMTP configured.
     * Claiming and recording are short transactions; the SMTP conversation runs outside any, so
     * a relay that never answers holds no lock (and gives up at the configured socket timeouts).
     */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutboxMessage> claimed = transaction.execute(status -> repository.claim(now, now.plus(LEASE), 50));
        int delivered = 0;
        for (OutboxMessage message : claimed == null ? List.<OutboxMessage>of() : claimed) {
            try {
                sender.send(mime -> compose(mime, message));
                transaction.executeWithoutResult(status -> repository.markSent(message.id(), clock.instant()));
                delivered++;
            } catch (RuntimeException e) {
                int attempts = message.attempts() + 1;
                Instant next = clock.instant().plus(backoff(attempts));
                boolean giveUp = attempts >= MAX_ATTEMPTS;
                transaction.executeWithoutResult(status -> repository.markFailedAttempt(message.id(), attempts, next,
                        giveUp, e.getClass().getSimpleName()));
                LOG.warn("Outbox message {} not delivered (attempt {}): {}", message.id(), attempts,
                        e.getClass().getSimpleName());
            }
        }
        return delivered;
    }

    private void compose(jakarta.mail.internet.MimeMessage mime, OutboxMessage message) throws Exception {
        var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (message.html() != null) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        if (message.calendar() != null) {
            helper.addAttachment("zitting.ics",
                    new ByteArrayResource(message.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; method=" + message.calendarMethod() + "; charset=UTF-8");
        }
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }
}
