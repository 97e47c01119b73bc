package nl.zorgtafel.encryption;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.db.FieldEncryption;

/**
 * Every night: when stored values may still name a key other than the active one (a key was
 * rotated), the re-encryption job runs without anyone having to remember it.
 */
@Component
@ConditionalOnProperty(name = "zorgtafel.crypto.reencryption.enabled", havingValue = "true", matchIfMissing = true)
class ReencryptionSchedule {

    private final EncryptionKeyRepository repository;
    private final FieldEncryption encryption;
    private final Reencryption reencryption;

    ReencryptionSchedule(EncryptionKeyRepository repository, FieldEncryption encryption, Reencryption reencryption) {
        this.repository = repository;
        this.encryption = encryption;
        this.reencryption = reencryption;
    }

    @Scheduled(cron = "${zorgtafel.crypto.reencryption.cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
    public void nightly() {
        if (repository.keysInUse().stream().anyMatch(k -> !k.equals(encryption.activeKey()))) {
            reencryption.runOnce();
        }
    }
}
