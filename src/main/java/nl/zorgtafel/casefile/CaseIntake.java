package nl.zorgtafel.casefile;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything the intake form asks (product.md F-2), anonymous first: {@code identifying} is
 * null unless {@code named}. {@code id} and {@code version} are null/0 for a new case.
 */
public record CaseIntake(Long id, int version, boolean named, Urgency urgency, YoungPersonRole role, Integer age,
        AgeBand ageBand, String gender, Set<Long> municipalityIds, LivingSituation livingSituation,
        String daytimeActivity, Set<ExploitationForm> forms, Boolean onlineComponent,
        Set<Vulnerability> vulnerabilities, String signals, String question, Set<Long> involvedOrganisationIds,
        Boolean youngPersonInformed, String youngPersonNotInformedReason, Boolean parentsInformed,
        String parentsNotInformedReason, String voiceOfYoungPerson, LegalBasis legalBasis,
        String conflictOfDuties, ConsentGiver consentGivenBy, LocalDate consentDate, IdentifyingData identifying) {

    public CaseIntake {
        municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        forms = forms == null ? Set.of() : Set.copyOf(forms);
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
        involvedOrganisationIds = involvedOrganisationIds == null ? Set.of() : Set.copyOf(involvedOrganisationIds);
    }

    /**
     * The same intake with the age band a known date of birth gives (when no age was entered):
     * the insight counts bands, and a named case's band must not depend on whether someone typed
     * the age as well.
     */
    CaseIntake withBandOnDay(LocalDate day) {
        if (age != null || identifying == null || identifying.dateOfBirth() == null) {
            return this;
        }
        var band = AgeBand.of(java.time.Period.between(identifying.dateOfBirth(), day).getYears());
        return copy(version, named, band, legalBasis, conflictOfDuties, consentGivenBy, consentDate, identifying);
    }

    /** The same intake with these identifying data (null: none). */
    CaseIntake withIdentifying(IdentifyingData data) {
        return copy(version, named, ageBand, legalBasis, conflictOfDuties, consentGivenBy, consentDate, data);
    }

    /** The same facts, named on this basis (with its consideration or consent) at {@code atVersion}. */
    CaseIntake namedOn(int atVersion, LegalBasis basis, String conflict, ConsentGiver consentBy, LocalDate consentOn,
            IdentifyingData data) {
        return copy(atVersion, true, ageBand, basis, conflict, consentBy, consentOn, data);
    }

    private CaseIntake copy(int atVersion, boolean isNamed, AgeBand band, LegalBasis basis, String conflict,
            ConsentGiver consentBy, LocalDate consentOn, IdentifyingData data) {
        return new CaseIntake(id, atVersion, isNamed, urgency, role, age, band, gender, municipalityIds,
                livingSituation, daytimeActivity, forms, onlineComponent, vulnerabilities, signals, question,
                involvedOrganisationIds, youngPersonInformed, youngPersonNotInformedReason, parentsInformed,
                parentsNotInformedReason, voiceOfYoungPerson, basis, conflict, consentBy, consentOn, data);
    }

    /** An empty anonymous intake with normal urgency. */
    public static CaseIntake blank() {
        return new CaseIntake(null, 0, false, Urgency.NORMAAL, null, null, null, null, Set.of(), null, null, Set.of(),
                null, Set.of(), "", "", Set.of(), null, null, null, null, null, null, null, null, null, null);
    }
}
