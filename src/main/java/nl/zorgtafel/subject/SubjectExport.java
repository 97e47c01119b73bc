package nl.zorgtafel.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the installation holds about one young person at one table (AVG art. 15 and 20), as
 * the export writes it to PDF and JSON. Coded values carry their stored name (e.g. "AFGESLOTEN");
 * the PDF shows them in words.
 */
public record SubjectExport(Instant producedAt, String producedBy, String table, List<CaseData> cases) {

    /** One case with all it gathered. */
    public record CaseData(String code, String status, String urgency, String proposingOrganisation,
            Instant submittedAt, Instant closedAt, String closeReason, Instant restrictedAt, Identity identity,
            Facts facts, List<Event> events, List<Assessment> riskAssessments, List<Step> milestones,
            List<Action> actions, List<Discussion> discussions, Registration registration, List<Hold> legalHolds,
            List<Access> accessLog, List<Signal> signals) {
    }

    /** Name, date of birth, address and BSN as the case holds them. */
    public record Identity(String name, LocalDate dateOfBirth, String address, String bsn) {
    }

    /** The intake facts and the triage texts. */
    public record Facts(String role, Integer age, String ageBand, String gender, String livingSituation,
            String daytimeActivity, List<String> forms, List<String> vulnerabilities, List<String> municipalities,
            List<String> involvedOrganisations, Boolean onlineComponent, String signals, String question,
            Boolean youngPersonInformed, String youngPersonNotInformed, Boolean parentsInformed,
            String parentsNotInformed, String voiceOfYoungPerson, String legalBasis, String conflictOfDuties,
            String consentGivenBy, LocalDate consentDate, String decisionReason, String decisionAdvice) {
    }

    /** A line of the case's history; {@code session} the start of the session that discussed the case. */
    public record Event(Instant at, String kind, String by, String fromStatus, String toStatus, String detail,
            Instant session, String message, String advice) {
    }

    public record Assessment(LocalDate on, String instrument, String outcome, String assessedBy) {
    }

    /** A signal on the case's timeline: what a partner saw, when, and who recorded it. */
    public record Signal(LocalDate on, String kind, String organisation, String fact) {
    }

    public record Step(LocalDate on, String milestone, String variant, String organisation, String note) {
    }

    public record Action(String organisation, String person, String description, LocalDate deadline, String status,
            String statusReason, String reviewNote) {
    }

    /** A session that discussed the case: what the minutes hold of it. */
    public record Discussion(Instant sessionStart, String summary, List<Note> notes, String letter) {
    }

    /** Inbreng or a decision, with the organisation it came from. */
    public record Note(String kind, String organisation, String text) {
    }

    public record Registration(String basis, String consentGivenBy, LocalDate consentDate, boolean coversIdentifying,
            String lawfulReason, Instant recordedAt) {
    }

    public record Hold(String requestedBy, Instant since, Instant liftedAt) {
    }

    /** Who did what with the case, from the audit log (views of the case and its identifying data included). */
    public record Access(Instant at, String kind, String person, String organisation) {
    }
}
