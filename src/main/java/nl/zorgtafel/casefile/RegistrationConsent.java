package nl.zorgtafel.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The CoMensha registration basis of one case, apart from the consent to discuss it at the table
 * (issue 15). With {@link RegistrationBasis#CONSENT}: who gave it, when, and whether it covers
 * identifying data (name, date of birth) in the registration; with
 * {@link RegistrationBasis#LAWFUL_WITHOUT_CONSENT}: the written reason, and never identifying data.
 *
 * @param version    0 for a first recording; the stored version when changing it
 * @param recordedAt when it was last recorded; null in input
 */
public record RegistrationConsent(RegistrationBasis basis, ConsentGiver givenBy, LocalDate consentDate,
        boolean coversIdentifying, String lawfulReason, int version, Instant recordedAt) {

    /** Whether the draft may carry name and date of birth: only consent that says so. */
    public boolean identifyingCovered() {
        return basis == RegistrationBasis.CONSENT && coversIdentifying;
    }

    /** The reason may name people: it is never printed in a log line or exception. */
    @Override
    public String toString() {
        return "RegistrationConsent[" + basis + ", " + givenBy + ", identifying=" + coversIdentifying + "]";
    }
}
