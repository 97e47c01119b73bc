package nl.zorgtafel.security;

/**
 * What the signed-in person may do at their current table, decided once here so screens and
 * services never compare roles themselves.
 *
 * @param cases    bring in and read cases (chair, secretary, members; not observers or a Beheerder)
 * @param lead     see every case and item of the table, plan sessions, record decisions and attendance
 * @param chair    triage, start and end sessions, finalise minutes
 * @param observer attend and read the agenda only, after accepting the statement
 */
public record TableAccess(long tableId, long organisationId, boolean cases, boolean lead, boolean chair,
        boolean observer) {

    static final TableAccess NONE = new TableAccess(0, 0, false, false, false, false);

    /** Whether this person's organisation takes part in something with these deelnemers (leads always do). */
    public boolean takesPart(java.util.Collection<Long> deelnemerOrganisationIds) {
        return lead || (cases && deelnemerOrganisationIds.contains(organisationId));
    }
}
