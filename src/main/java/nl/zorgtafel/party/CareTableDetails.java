package nl.zorgtafel.party;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.zorgtafel.security.TableRole;

/** Everything a participant may know about their table: who sits there and on what terms. */
public record CareTableDetails(long id, String name, String code, String confidentialityStatement,
        Rhythm rhythm, int cutoffWorkingDays, List<String> municipalities, List<CovenantPartner> covenant,
        List<Member> members) {

    /** The default meeting rhythm; null fields when not set. */
    public record Rhythm(Integer weekday, LocalTime start, Integer minutes, Integer everyWeeks) {
    }

    public record CovenantPartner(long organisationId, String organisationName, OrganisationType type,
            LocalDate signedOn, LocalDate endedOn) {
    }

    public record Member(String name, String organisationName, TableRole role, boolean contactPerson) {
    }
}
