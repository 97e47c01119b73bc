package nl.zorgtafel.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: lets the demo history ({@link DemoHistory}) run the real services in the past.
 * The services stamp every event with the application's clock; this wraps that clock (the bean
 * {@code clock} of base.db) so that, inside {@link #at}, the seeding thread alone reads a time in the
 * past that moves on as usual. Every other thread, and the seeding thread outside {@code at}, reads
 * the real clock. No back-dating in SQL, and nothing of this exists outside the demo profile.
 */
@Component
@Profile("demo")
class DemoClock implements BeanPostProcessor {

    /** How far the seeding thread's clock is behind the real one, while it travels. */
    private static final ThreadLocal<Duration> BEHIND = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Clock clock && "clock".equals(beanName) ? new Travelling(clock) : bean;
    }

    /** Runs {@code work} on this thread as if it were {@code then}. */
    static <T> T at(Instant then, Supplier<T> work) {
        Duration previous = BEHIND.get();
        BEHIND.set(Duration.between(then, Instant.now()));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BEHIND.remove();
            } else {
                BEHIND.set(previous);
            }
        }
    }

    /** The application's clock, behind by the thread's travel (if any). */
    private static final class Travelling extends Clock {

        private final Clock real;

        Travelling(Clock real) {
            this.real = real;
        }

        @Override
        public ZoneId getZone() {
            return real.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Travelling(real.withZone(zone));
        }

        @Override
        public Instant instant() {
            Duration behind = BEHIND.get();
            return behind == null ? real.instant() : real.instant().minus(behind);
        }
    }
}
