package nl.zorgtafel.casefile;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.PersonHash;

/**
 * The one place where a case's identifying data is encrypted, hashed for repeat detection and
 * decrypted. Callers decide first whether the person may see it.
 */
@Component
class IdentityCipher {

    private final FieldEncryption encryption;
    private final PersonHash personHash;

    IdentityCipher(FieldEncryption encryption, PersonHash personHash) {
        this.encryption = encryption;
        this.personHash = personHash;
    }

    /** The stored form of {@code data}; {@code keep} when nothing new was given (or the case is anonymous). */
    StoredCase.EncryptedIdentity encrypt(boolean named, IdentifyingData data, StoredCase.EncryptedIdentity keep) {
        if (!named || data == null) {
            return keep == null ? StoredCase.EncryptedIdentity.NONE : keep;
        }
        String hash = IntakeRules.isBlank(data.name()) || data.dateOfBirth() == null ? null
                : personHash.of(data.name(), data.dateOfBirth());
        return new StoredCase.EncryptedIdentity(
                encryption.seal("case_file.name", IntakeRules.blankToNull(data.name())),
                encryption.seal("case_file.date_of_birth",
                        data.dateOfBirth() == null ? null : data.dateOfBirth().toString()),
                encryption.seal("case_file.address", IntakeRules.blankToNull(data.address())),
                encryption.seal("case_file.bsn", IntakeRules.blankToNull(data.bsn())), hash);
    }

    IdentifyingData decrypt(StoredCase.EncryptedIdentity e) {
        return new IdentifyingData(encryption.open("case_file.name", e.name()), dateOfBirth(e),
                encryption.open("case_file.address", e.address()), encryption.open("case_file.bsn", e.bsn()));
    }

    /** The name alone, for a document addressed to the young person: nothing else is decrypted. */
    String name(StoredCase.EncryptedIdentity e) {
        return encryption.open("case_file.name", e.name());
    }

    LocalDate dateOfBirth(StoredCase.EncryptedIdentity e) {
        String birth = encryption.open("case_file.date_of_birth", e.dateOfBirth());
        return birth == null ? null : LocalDate.parse(birth);
    }

    /** For the submission rules only: the age check needs the date of birth, nothing else. */
    CaseIntake withDecryptedBirth(StoredCase stored) {
        if (stored.identity().dateOfBirth() == null) {
            return stored.intakeWithoutIdentifying();
        }
        return stored.intakeWithoutIdentifying()
                .withIdentifying(new IdentifyingData(null, dateOfBirth(stored.identity()), null, null));
    }
}
