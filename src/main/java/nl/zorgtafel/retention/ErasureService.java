package nl.zorgtafel.retention;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.minutes.MinutesRedactionService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;

/**
 * Erasure at the young person's request (AVG art. 17, issue 16): the same emptying the retention
 * job does ({@link PurgeRepository}, one list of columns for both), at once instead of when due,
 * with the minutes redacted under their own reason. The data subject feature records the request
 * and the responsible partner's decision and audits; this only erases.
 */
@Service
public class ErasureService {

    private final PurgeRepository purge;
    private final MinutesRedactionService minutes;
    private final AccessService access;
    private final Clock clock;

    ErasureService(PurgeRepository purge, MinutesRedactionService minutes, AccessService access, Clock clock) {
        this.purge = purge;
        this.minutes = minutes;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Erases one case of the chair's table: refused (audited) for a case of another table, refused
     * with a message while a legal hold is in force. Returns the number of sessions whose minutes
     * were redacted.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public int erase(long caseId) {
        var scope = access.subjectScope();
        long table = purge.tableOf(caseId).orElseThrow(() -> access.deny("case_file", caseId));
        if (table != scope.tableId()) {
            throw access.deny("case_file", caseId);
        }
        FieldRefusal.require(!purge.held(caseId), "cases", "subject.rule.held");
        Instant now = clock.instant();
        if (purge.purgeCase(caseId, now)) {
            purge.markErased(caseId, now);
        }
        return minutes.redactErasedCase(caseId);
    }
}
