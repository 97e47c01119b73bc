package nl.zorgtafel.security;

/**
 * What the signed-in person may do with one agenda item of a session: the live meeting and the
 * actions read it from here and carry it in their read models.
 *
 * @param listed        its line on the agenda (a case item shows its code only to its deelnemers and the leads)
 * @param see           its content: notes, decisions, actions (also after the statement was accepted)
 * @param addInbreng    record inbreng, for the own organisation ({@code forAnyDeelnemer}: chair and secretary, for any)
 * @param addAction     agree an action for one of its deelnemers
 * @param decide        record a conclusion or decision (chair and secretary)
 * @param anyAction     change any of its actions; otherwise only the own organisation's
 */
public record ItemAccess(long organisationId, boolean listed, boolean see, boolean addInbreng,
        boolean forAnyDeelnemer, boolean addAction, boolean decide, boolean anyAction) {

    static final ItemAccess NONE = new ItemAccess(0, false, false, false, false, false, false, false);

    /** Whether an action owned by {@code owner} may be changed by this person. */
    public boolean mayChangeActionOf(long owner) {
        return see && (anyAction || owner == organisationId);
    }

    /** Whether inbreng may be recorded in the name of {@code source}. */
    public boolean mayGiveInbrengFor(long source) {
        return addInbreng && (forAnyDeelnemer || source == organisationId);
    }
}
