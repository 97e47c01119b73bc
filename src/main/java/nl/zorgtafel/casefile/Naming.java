package nl.zorgtafel.casefile;

import java.time.LocalDate;

/**
 * Anonymous → named after a case is on an agenda: the legal basis (with the consideration for a
 * conflict van plichten, or who consented and when) and the identifying data.
 */
public record Naming(LegalBasis legalBasis, String conflictOfDuties, ConsentGiver consentGivenBy,
        LocalDate consentDate, IdentifyingData identifying) {
}
