package nl.zorgtafel.base.config;

import org.springframework.core.env.Environment;

/**
 * Whether this start only applies the migrations ({@code --zorgtafel.migrate-only}, step 2 of a
 * first start): Flyway connects as the migration user and the application user has no grants
 * yet, so start-up checks that read through the application's connection skip themselves.
 */
public final class MigrateOnly {

    private MigrateOnly() {
    }

    public static boolean in(Environment environment) {
        String value = environment.getProperty("zorgtafel.migrate-only");
        return value != null && !"false".equalsIgnoreCase(value);
    }
}
