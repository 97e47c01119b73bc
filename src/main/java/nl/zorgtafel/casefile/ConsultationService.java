package nl.zorgtafel.casefile;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CaseScope;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Meedenkconsult: a member asks the chair an anonymous question and gets advice. It never
 * becomes a case; text that looks like a BSN or a date of birth is refused, because a
 * consultation must not hold identifying data.
 */
@Service
public class ConsultationService {

    static final String OBJECT = "consultation";
    /** Nine digits in a row (a BSN) or a day-month-year date (a likely date of birth). */
    private static final Pattern LOOKS_IDENTIFYING = Pattern.compile(
            "(?<!\\d)\\d{9}(?!\\d)|\\b\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d{2}\\b|\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");

    private final ConsultationRepository repository;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ConsultationService(ConsultationRepository repository, AccessService access, CurrentUser currentUser,
            AuditService audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks the chair of the current table an anonymous question; returns its id. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long ask(String question) {
        check(question, "question");
        CaseScope scope = access.caseScope();
        var user = currentUser.require();
        long id = repository.insert(scope.tableId(), user.personId(), user.organisationId(), question.strip(),
                clock.instant());
        audit.record(AuditKind.CONSULTATION_ASKED, AuditObject.of(OBJECT, id), null);
        return id;
    }

    /** The chair answers with advice. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void answer(long id, int version, String advice) {
        check(advice, "advice");
        long tableId = repository.tableOf(id).orElseThrow(() -> access.deny(OBJECT, id));
        access.requireCurrentTable(tableId, OBJECT, id);
        if (!repository.answer(id, version, advice.strip(), currentUser.require().personId(), clock.instant())) {
            throw new CaseConflictException();
        }
        audit.record(AuditKind.CONSULTATION_ANSWERED, AuditObject.of(OBJECT, id), null);
    }

    /** The consultations the signed-in person may read: all for the chair and secretary, else their organisation's. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<Consultation> visible() {
        return repository.find(access.caseScope());
    }

    private static void check(String text, String field) {
        IntakeRules.require(text != null && !text.isBlank(), field, "case.rule.required");
        IntakeRules.require(text.length() <= IntakeRules.TEXT_MAX, field, "case.rule.too-long");
        IntakeRules.require(!LOOKS_IDENTIFYING.matcher(text).find(), field, "consultation.identifying");
    }
}
