package nl.zorgtafel.audit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of audit entry. The list is explicit so tests can check that each user action
 * writes exactly one entry of the right kind.
 */
public enum AuditKind {
    // Sign-in
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    TABLE_SWITCHED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_RESET_ASKED,
    SECOND_FACTOR_RESET,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_RENEWED,
    SESSION_ENDED,
    PROVIDER_LINKED,
    // Accounts, people and roles
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ROLE_GRANTED,
    ROLE_CHANGED,
    ROLE_REVOKED,
    // Tables, organisations, covenant
    TABLE_CREATED,
    TABLE_CHANGED,
    ORGANISATION_CREATED,
    ORGANISATION_CHANGED,
    ORGANISATION_DEACTIVATED,
    COVENANT_SIGNED,
    COVENANT_ENDED,
    // Cases
    CASE_CREATED,
    CASE_CHANGED,
    CASE_STATUS_CHANGED,
    CONSULTATION_ASKED,
    CONSULTATION_ANSWERED,
    /** The chair put a case under legal hold (its retention clock stops); detail names who asked. */
    LEGAL_HOLD_SET,
    /** The chair lifted a case's legal hold (its retention clock runs again). */
    LEGAL_HOLD_LIFTED,
    // Retention (issue 16)
    /** The Beheerder changed a table's retention periods or the audit log's. */
    RETENTION_CHANGED,
    /** The retention job ran (or dry-ran): detail holds the counts, the object the purge_run. */
    PURGE_RUN,
    /** The retention job purged one case or meedenkconsult (object: the case or consultation). */
    DATA_PURGED,
    // The data subject's rights (issue 16). Object: the case; never the name, date of birth or hash.
    /** The chair looked a young person up by name and date of birth (detail: how many cases matched). */
    SUBJECT_SEARCHED,
    /** A data subject's export (inzage) of a case was produced (detail: the format). */
    SUBJECT_EXPORTED,
    /** Processing of a case restricted at the young person's request. */
    SUBJECT_RESTRICTED,
    /** A restriction of processing lifted. */
    SUBJECT_RESTRICTION_LIFTED,
    /** A case's identifying data and free text erased at the young person's request. */
    SUBJECT_ERASED,
    // Sessions
    MEETING_PLANNED,
    MEETING_CHANGED,
    MEETING_CANCELLED,
    AGENDA_CHANGED,
    INVITATIONS_SENT,
    MAIL_RESENT,
    // The live meeting and actions
    MEETING_STARTED,
    MEETING_ENDED,
    ATTENDANCE_RECORDED,
    CONFIDENTIALITY_ACCEPTED,
    NOTE_ADDED,
    ACTION_CREATED,
    ACTION_CHANGED,
    ACTION_REVIEWED,
    // Minutes
    MINUTES_EDITED,
    MINUTES_FINALISED,
    MINUTES_CORRECTED,
    // Reading and moving data (used by the case, meeting and minutes features)
    CASE_VIEWED,
    IDENTIFYING_DATA_VIEWED,
    SEARCHED,
    EXPORTED,
    DOWNLOADED,
    /** A CoMensha registration draft was produced for a case (issue 15). */
    COMENSHA_DRAFT_PRODUCED,
    PRINTED,
    // Insight: an export of counts (suppressed) that leaves the table
    INSIGHT_EXPORTED,
    ACCESS_DENIED,
    // The police compartment (issue 19): a look at its content or the chair's clusters, a hit shown to a
    // partner or made by a new entry, an entry recorded or removed. Object: the case (or the table).
    CONCERN_VIEWED,
    CONCERN_HIT,
    CONCERN_RECORDED,
    CONCERN_REMOVED,
    // Encryption keys (issue 16): a Beheerder started re-encryption; a run ended
    REENCRYPTION_STARTED,
    REENCRYPTION_FINISHED,
    // The audit log itself
    AUDIT_VIEWED,
    AUDIT_EXPORTED,
    AUDIT_VERIFIED;

    /** The police compartment's kinds: left out of what leaves the table about a case (the subject's export). */
    public static final Set<AuditKind> POLICE_COMPARTMENT = EnumSet.of(CONCERN_VIEWED,
            CONCERN_HIT, CONCERN_RECORDED, CONCERN_REMOVED);
}
