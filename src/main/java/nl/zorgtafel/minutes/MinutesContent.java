package nl.zorgtafel.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the minutes of one session say, as frozen in a definitive version. Holds case
 * codes, never the young person's identifying data: a named copy adds the name at download,
 * when the access service allows it for that recipient.
 */
public record MinutesContent(long meetingId, String tableName, Instant startsAt, Instant endsAt, String place,
        String chairName, String statement, List<Attendance> attendance, List<ReviewLine> review,
        List<CaseSection> cases, NextSession next) {

    /** One attendee; {@code acceptedAt} is the acceptance of the confidentiality statement. */
    public record Attendance(String name, String organisation, String presence, boolean writtenInput,
            String replacesName, Instant acceptedAt) {
    }

    /** An action of an earlier session reviewed here, visible to the deelnemers of its own item. */
    public record ReviewLine(long caseFileId, String caseCode, String organisation, String description, LocalDate deadline,
            String status, String outcome, String note, Set<Long> visibleTo) {
    }

    /** One case item: who took part, the summary, inbreng per partij, decisions and actions. */
    public record CaseSection(long agendaItemId, long caseFileId, String caseCode, boolean named,
            Set<Long> deelnemers, List<String> deelnemerNames, String summary, List<Note> inbreng,
            List<String> decisions, List<ActionLine> actions) {
    }

    public record Note(String organisation, String body) {
    }

    public record ActionLine(String organisation, String person, String description, LocalDate deadline,
            String status) {
    }

    public record NextSession(Instant startsAt, String place) {
    }

    /** The same minutes with every free text passed through {@code redact}. */
    MinutesContent redacted(java.util.function.UnaryOperator<String> redact) {
        return new MinutesContent(meetingId, tableName, startsAt, endsAt, place, chairName, statement, attendance,
                review.stream().map(r -> new ReviewLine(r.caseFileId(), r.caseCode(), r.organisation(),
                        redact.apply(r.description()), r.deadline(), r.status(), r.outcome(), redact.apply(r.note()),
                        r.visibleTo())).toList(),
                cases.stream().map(c -> new CaseSection(c.agendaItemId(), c.caseFileId(), c.caseCode(), c.named(),
                        c.deelnemers(), c.deelnemerNames(), redact.apply(c.summary()),
                        c.inbreng().stream().map(n -> new Note(n.organisation(), redact.apply(n.body()))).toList(),
                        c.decisions().stream().map(redact).toList(),
                        c.actions().stream().map(a -> new ActionLine(a.organisation(), a.person(),
                                redact.apply(a.description()), a.deadline(), a.status())).toList())).toList(),
                next);
    }

    /**
     * The same minutes with every free text about one case replaced by {@code mark}: its section's
     * summary, inbreng, decisions and action descriptions, and its review lines' descriptions and
     * notes. Codes, organisations, deadlines and statuses stay.
     */
    MinutesContent withoutCase(long caseFileId, String mark) {
        return new MinutesContent(meetingId, tableName, startsAt, endsAt, place, chairName, statement, attendance,
                review.stream().map(r -> r.caseFileId() != caseFileId ? r : new ReviewLine(r.caseFileId(), r.caseCode(),
                        r.organisation(), mark, r.deadline(), r.status(), r.outcome(), r.note() == null ? null : mark,
                        r.visibleTo())).toList(),
                cases.stream().map(c -> c.caseFileId() != caseFileId ? c : new CaseSection(c.agendaItemId(),
                        c.caseFileId(), c.caseCode(), c.named(), c.deelnemers(), c.deelnemerNames(), mark,
                        c.inbreng().stream().map(n -> new Note(n.organisation(), mark)).toList(),
                        c.decisions().stream().map(d -> mark).toList(),
                        c.actions().stream().map(a -> new ActionLine(a.organisation(), a.person(), mark, a.deadline(),
                                a.status())).toList())).toList(),
                next);
    }
}
