package nl.zorgtafel.testsupport;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import nl.zorgtafel.security.Totp;

/**
 * Codes as an authenticator app would show them, for tests that sign in the way people do. The
 * app refuses a code of a time step already used (replay guard), so this remembers, for the
 * whole test run, the last step used per secret and gives the next acceptable one (the window
 * allows one step ahead), waiting for the clock only when all three are used.
 */
public final class TotpCodes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TotpCodes() {
    }

    public static synchronized String next(String secret) {
        while (true) {
            long now = Totp.step(Instant.now());
            long last = LAST_STEP.getOrDefault(secret, Long.MIN_VALUE);
            // Leave the step just ending alone: it may be gone by the time the code arrives.
            long candidate = Math.max(now, last + 1);
            if (candidate <= now + 1) {
                LAST_STEP.put(secret, candidate);
                return Totp.code(secret, candidate);
            }
            sleepUntilNextStep();
        }
    }

    private static void sleepUntilNextStep() {
        long millis = Instant.now().toEpochMilli();
        long next = (Math.floorDiv(millis, Totp.STEP_SECONDS * 1000L) + 1) * Totp.STEP_SECONDS * 1000L;
        try {
            Thread.sleep(next - millis + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
