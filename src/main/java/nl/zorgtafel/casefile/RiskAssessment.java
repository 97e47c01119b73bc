package nl.zorgtafel.casefile;

import java.time.LocalDate;

/** One risk assessment (instrument such as Ris-L, date, outcome, by whom); repeated, not once. */
public record RiskAssessment(Long id, String instrument, LocalDate assessedOn, String outcome, String assessedBy) {
}
