package nl.zorgtafel.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long repeated failures lock an account or block a client address: nothing for the first
 * few, then one minute, doubling with each further failure, never longer than the maximum. A
 * lock that ends by itself keeps a guesser slow without letting anyone shut a person out for
 * long; the Beheerder can lift it earlier.
 */
record SignInThrottle(int freeAccountFailures, int freeAddressFailures, Duration maximum, Duration addressMemory) {

    static final SignInThrottle DEFAULT = new SignInThrottle(4, 19, Duration.ofMinutes(15), Duration.ofHours(1));

    /** The lock after the account's {@code failures}-th consecutive failure. */
    Optional<Instant> accountLock(int failures, Instant now) {
        return lock(failures - freeAccountFailures, now);
    }

    /** The block after the address's {@code failures}-th failure. */
    Optional<Instant> addressBlock(int failures, Instant now) {
        return lock(failures - freeAddressFailures, now);
    }

    private Optional<Instant> lock(int beyondFree, Instant now) {
        if (beyondFree <= 0) {
            return Optional.empty();
        }
        long minutes = 1L << Math.min(beyondFree - 1, 20);
        Duration lock = Duration.ofMinutes(minutes);
        return Optional.of(now.plus(lock.compareTo(maximum) > 0 ? maximum : lock));
    }
}
