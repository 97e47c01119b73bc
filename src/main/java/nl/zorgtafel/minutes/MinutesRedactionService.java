package nl.zorgtafel.minutes;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Removes one case's texts from definitive minutes (issue 16), when the retention job purges the
 * case or the chair erases it at the young person's request. In every definitive version of every
 * session whose minutes mention the case, that case's free text is replaced in place by a mark
 * (content hash renewed), and a version N+1 with the reason and no finalising person records that
 * it happened. Runs in the caller's transaction.
 */
@Service
public class MinutesRedactionService {

    /** Says in a redacted version where the retention job removed a case's texts. */
    public static final String PURGED_MARK = "[verwijderd: bewaartermijn verstreken]";
    /** The reason of the version the retention job adds. */
    public static final String PURGED_REASON = "bewaartermijn verstreken";
    /** Says in a redacted version where a case's texts were erased at the young person's request. */
    public static final String ERASED_MARK = "[verwijderd: op verzoek van betrokkene]";
    /** The reason of the version an erasure adds. */
    public static final String ERASED_REASON = "gewist op verzoek van betrokkene";

    private final MinutesRepository repository;
    private final AccessService access;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;

    MinutesRedactionService(MinutesRepository repository, AccessService access, AuditService audit, JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The retention job's part (the system's run). Returns the number of sessions redacted. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public int redactPurgedCase(long caseFileId) {
        return redact(caseFileId, PURGED_MARK, PURGED_REASON);
    }

    /**
     * The chair's erasure at the young person's request: a case of the chair's current table only
     * (refused and audited otherwise). Returns the number of sessions redacted.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public int redactErasedCase(long caseFileId) {
        access.requireCurrentTable(repository.caseTable(caseFileId), "case_file", caseFileId);
        return redact(caseFileId, ERASED_MARK, ERASED_REASON);
    }

    private int redact(long caseFileId, String mark, String reason) {
        int redacted = 0;
        for (long meetingId : repository.sessionsWithMinutesSince(caseFileId)) {
            MinutesContent last = null;
            boolean mentioned = false;
            for (int number : repository.versionNumbers(meetingId)) {
                var content = json.readValue(repository.frozen(meetingId, number).orElseThrow().content(),
                        MinutesContent.class);
                var without = content.withoutCase(caseFileId, mark);
                if (!without.equals(content)) {
                    mentioned = true;
                    String text = json.writeValueAsString(without);
                    repository.replaceContent(meetingId, number, text, MinutesService.sha256(text));
                }
                last = without;
            }
            if (mentioned && last != null) {
                String text = json.writeValueAsString(last);
                repository.insertVersion(meetingId, repository.lastVersion(meetingId) + 1, text,
                        MinutesService.sha256(text), reason, null, clock.instant());
                audit.record(AuditKind.MINUTES_CORRECTED, AuditObject.of(MinutesGuard.MEETING, meetingId), reason);
                redacted++;
            }
        }
        return redacted;
    }
}
