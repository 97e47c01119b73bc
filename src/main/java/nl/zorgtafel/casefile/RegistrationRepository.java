package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE_INVOLVED_ORGANISATION;
import static nl.zorgtafel.db.Tables.COMENSHA_REGISTRATION;
import static nl.zorgtafel.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.party.OrganisationType;

/** The CoMensha registration basis of a case, and the few case facts only the draft needs. */
@Repository
class RegistrationRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    RegistrationRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    Optional<RegistrationConsent> load(long caseId) {
        return dsl.selectFrom(COMENSHA_REGISTRATION)
                .where(COMENSHA_REGISTRATION.CASE_FILE_ID.eq(caseId))
                .fetchOptional(r -> new RegistrationConsent(r.getBasis(), r.getConsentGivenBy(), r.getConsentDate(),
                        Boolean.TRUE.equals(r.getCoversIdentifying()),
                        encryption.open(COMENSHA_REGISTRATION.LAWFUL_REASON, r.getLawfulReason()), r.getVersion(),
                        r.getRecordedAt()));
    }

    /**
     * Inserts the first recording (version 0) or updates the one at {@code c.version()}; false when
     * somebody else recorded meanwhile.
     */
    boolean save(long caseId, RegistrationConsent c, long personId, Instant now) {
        if (c.version() == 0) {
            return dsl.insertInto(COMENSHA_REGISTRATION)
                    .set(COMENSHA_REGISTRATION.CASE_FILE_ID, caseId)
                    .set(COMENSHA_REGISTRATION.BASIS, c.basis())
                    .set(COMENSHA_REGISTRATION.CONSENT_GIVEN_BY, c.givenBy())
                    .set(COMENSHA_REGISTRATION.CONSENT_DATE, c.consentDate())
                    .set(COMENSHA_REGISTRATION.COVERS_IDENTIFYING, c.coversIdentifying())
                    .set(COMENSHA_REGISTRATION.LAWFUL_REASON, encryption.seal(COMENSHA_REGISTRATION.LAWFUL_REASON, c.lawfulReason()))
                    .set(COMENSHA_REGISTRATION.RECORDED_BY_PERSON_ID, personId)
                    .set(COMENSHA_REGISTRATION.RECORDED_AT, now)
                    .set(COMENSHA_REGISTRATION.VERSION, 1)
                    .onDuplicateKeyIgnore()
                    .execute() == 1;
        }
        return dsl.update(COMENSHA_REGISTRATION)
                .set(COMENSHA_REGISTRATION.BASIS, c.basis())
                .set(COMENSHA_REGISTRATION.CONSENT_GIVEN_BY, c.givenBy())
                .set(COMENSHA_REGISTRATION.CONSENT_DATE, c.consentDate())
                .set(COMENSHA_REGISTRATION.COVERS_IDENTIFYING, c.coversIdentifying())
                .set(COMENSHA_REGISTRATION.LAWFUL_REASON, encryption.seal(COMENSHA_REGISTRATION.LAWFUL_REASON, c.lawfulReason()))
                .set(COMENSHA_REGISTRATION.RECORDED_BY_PERSON_ID, personId)
                .set(COMENSHA_REGISTRATION.RECORDED_AT, now)
                .set(COMENSHA_REGISTRATION.VERSION, c.version() + 1)
                .where(COMENSHA_REGISTRATION.CASE_FILE_ID.eq(caseId))
                .and(COMENSHA_REGISTRATION.VERSION.eq(c.version()))
                .execute() == 1;
    }

    /** The types of the organisations the intake named as involved (police, Veilig Thuis, …). */
    List<OrganisationType> involvedTypes(long caseId) {
        return dsl.selectDistinct(ORGANISATION.ORG_TYPE).from(CASE_FILE_INVOLVED_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID))
                .where(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID.eq(caseId))
                .fetch(ORGANISATION.ORG_TYPE);
    }
}
