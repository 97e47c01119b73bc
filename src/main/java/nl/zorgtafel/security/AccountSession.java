package nl.zorgtafel.security;

import java.time.Instant;

/**
 * One signed-in session of a person, as they see it in their list.
 *
 * @param current whether this is the session the list is shown in
 * @param client browser and system, as far as the browser told
 */
public record AccountSession(long id, boolean current, Instant startedAt, Instant lastSeenAt, String client,
        String address) {
}
