package nl.zorgtafel.casefile;

/**
 * What happened to a case, one kind per line of its history. The history shows each in words
 * (translation key {@code case.event.<KIND>}), never the stored code.
 */
public enum CaseEventKind {
    /** Saved for the first time, as a draft. */
    CREATED,
    /** Intake facts changed; detail lists the field names, never values. */
    CHANGED,
    /** Anonymous → named, with the legal basis in detail. */
    NAMED,
    /** The chair allowed the proposer to name a case that is already on an agenda. */
    NAMING_ALLOWED,
    /** A status transition (from/to), with the chair's reason and advice where given. */
    STATUS,
    /** The proposer answered "meer informatie nodig" (message holds the answer). */
    ANSWERED,
    /** A session discussed the case (meeting id). */
    DISCUSSED,
    RISK_ASSESSMENT,
    MILESTONE,
    /** A partner recorded a signal (its kind in detail, never the fact). */
    SIGNAL,
    /** The chair decided a signal after closing does not call for re-aanmelding. */
    REOPEN_PROPOSAL_SET_ASIDE,
    /** A deelnemer recorded or changed the safe contact (never its content). */
    SAFE_CONTACT_CHANGED,
    /** The chair's check twelve months after closing. */
    CLOSURE_CHECKED,
    /** Consent asked again when the young person turned 16 or 18 (who gave it in detail). */
    CONSENT_RECHECKED,
    /** The CoMensha registration basis was recorded or changed (the basis in detail, never the reason). */
    REGISTRATION_RECORDED,
    /** Processing restricted at the young person's request (the data subject's request in detail). */
    RESTRICTED,
    /** The restriction of processing was lifted. */
    RESTRICTION_LIFTED,
    /** Identifying data and free text erased at the young person's request. */
    ERASED
}
