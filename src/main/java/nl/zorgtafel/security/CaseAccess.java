package nl.zorgtafel.security;

/**
 * What a viewer may do with one case; screens draw their buttons from it and services check it.
 *
 * @param see            open the case file (need-to-know)
 * @param seeIdentifying see name, date of birth, address and BSN (implies {@code see})
 * @param change         change intake facts, risk assessments and route milestones
 * @param readTriage     read the chair's reasons and advice and the proposer's answers
 * @param triage         take triage decisions, reopen, allow naming, the 12-month check (the chair)
 * @param steer          close a case and see where else its young person is known (chair and secretary)
 * @param register       record the CoMensha registration consent and produce the draft: the verantwoordelijke
 *                       partner (proposing organisation) and the chair, never for a draft case
 * @param safeContact    read and record the safe contact (F-11): the case's deelnemers only (the proposing
 *                       organisation, the organisations on its agenda items, the table's leads), not an action
 *                       owner that is nothing more, not while processing is restricted
 * @param concernHit     learn whether the case shares a person or place of concern with another case of the
 *                       table (a "hit"), never what or which: everyone who may see the case
 * @param concerns       read the police compartment (the persons and places of concern and the codes of the
 *                       cases they link to): police, the OM and the chair, of an organisation that signed the
 *                       covenant
 * @param recordConcerns record and remove entries in the police compartment: police and the OM (covenant
 *                       signed), not on a draft
 */
public record CaseAccess(boolean see, boolean seeIdentifying, boolean change, boolean readTriage, boolean triage,
        boolean steer, boolean register, boolean safeContact, boolean concernHit, boolean concerns,
        boolean recordConcerns) {

    static final CaseAccess NONE = new CaseAccess(false, false, false, false, false, false, false, false, false,
            false, false);
}
