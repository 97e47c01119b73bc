package nl.zorgtafel.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.zorgtafel.party.OrganisationType;

/**
 * Facts the plain-language letter is drafted from: when the session was, the case's
 * verantwoordelijke partner (the organisation that brought it in) with its vaste contactpersoon,
 * and the agreed actions. Deliberately nothing of what partners shared.
 *
 * @param contact the partner's contact person, or null when it has none
 */
record LetterFacts(Instant sessionDate, Party partner, Contact contact, List<Agreed> actions) {

    LetterFacts {
        actions = List.copyOf(actions);
    }

    /** An organisation as the letter names it: by its type in plain words, by its name when it has no type. */
    record Party(OrganisationType type, String name, String phone) {
    }

    /** @param phone null when none is known */
    record Contact(String name, String phone) {
    }

    record Agreed(Party party, String description, LocalDate deadline) {
    }
}
