package nl.zorgtafel.encryption;

import org.springframework.stereotype.Service;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.security.Roles;

/** The Beheerder's view of the encryption keys and the button that starts re-encryption. */
@Service
public class EncryptionKeyService {

    private final EncryptionKeyRepository repository;
    private final FieldEncryption encryption;
    private final Reencryption reencryption;
    private final AuditService audit;

    EncryptionKeyService(EncryptionKeyRepository repository, FieldEncryption encryption, Reencryption reencryption,
            AuditService audit) {
        this.repository = repository;
        this.encryption = encryption;
        this.reencryption = reencryption;
        this.audit = audit;
    }

    @RolesAllowed(Roles.BEHEERDER)
    public KeyStatus status() {
        var last = repository.lastRun().map(r -> new KeyStatus.LastRun(r.targetKey(), r.startedAt(), r.finishedAt(),
                r.total(), r.done(), r.outcome())).orElse(null);
        return new KeyStatus(encryption.activeKey(), encryption.configuredKeys(), repository.keysInUse(), last,
                reencryption.runningHere());
    }

    /** Starts re-encryption to the active key in the background; false when it already runs here. */
    @RolesAllowed(Roles.BEHEERDER)
    public boolean startReencryption() {
        boolean started = reencryption.startInBackground();
        if (started) {
            audit.record(AuditKind.REENCRYPTION_STARTED, null, "key " + encryption.activeKey());
        }
        return started;
    }
}
