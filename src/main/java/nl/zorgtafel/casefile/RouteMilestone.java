package nl.zorgtafel.casefile;

import java.time.LocalDate;

/** A step on the case's route, e.g. a report to Veilig Thuis or an aangifte (done / not / considered). */
public record RouteMilestone(Long id, Milestone milestone, String variant, LocalDate occurredOn,
        Long byOrganisationId, String byOrganisationName, String note) {
}
