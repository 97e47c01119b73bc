package nl.zorgtafel.casefile;

/** Narrows the case list; every field optional. */
public record CaseFilter(CaseStatus status, Urgency urgency, ExploitationForm form, Long municipalityId,
        boolean onlyMyOrganisation) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, false);
    }
}
