package nl.zorgtafel.meeting;

import java.util.Set;

/**
 * A case that may go on an agenda, with the organisations its intake names (the proposer and
 * those already involved) as the proposed deelnemers.
 */
public record SchedulableCase(long caseFileId, String code, nl.zorgtafel.casefile.CaseStatus status, Set<Long> proposedParticipants) {
}
