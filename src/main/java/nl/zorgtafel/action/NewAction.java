package nl.zorgtafel.action;

import java.time.LocalDate;

/** What is agreed: the party (required), optionally a person of it, what, and by when. */
public record NewAction(Long organisationId, Long personId, String description, LocalDate deadline) {
}
