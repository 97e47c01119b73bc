package nl.zorgtafel.encryption;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.db.FieldEncryption;

/**
 * At start, before anything reads a sealed value: refuses to start when a key that sealed stored
 * values (and was not retired by the re-encryption job) is missing from the configuration, so a
 * removed key shows at once and not as unreadable cases later; then notes the active key as in use.
 */
@Component
class KeyCheck implements InitializingBean {

    private final EncryptionKeyRepository repository;
    private final FieldEncryption encryption;
    private final Clock clock;

    private final Environment environment;

    KeyCheck(EncryptionKeyRepository repository, FieldEncryption encryption, Clock clock, Environment environment) {
        this.repository = repository;
        this.encryption = encryption;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        // Not for the migrations alone (step 2 of a first start): the application user has no
        // grants yet. Migration 24.1 registered the keys it found; every other start is checked.
        String migrateOnly = environment.getProperty("zorgtafel.migrate-only");
        if (migrateOnly != null && !"false".equalsIgnoreCase(migrateOnly)) {
            return;
        }
        Set<String> missing = new TreeSet<>(repository.keysInUse());
        missing.removeAll(encryption.configuredKeys());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Stored values are sealed with key(s) " + missing + ", which are not "
                    + "configured: add zorgtafel.crypto.keys." + missing.iterator().next() + " again, or run the "
                    + "re-encryption job with it before removing it (docs/operations.md, 'Rotate a key')");
        }
        repository.register(encryption.activeKey(), clock.instant());
    }
}
