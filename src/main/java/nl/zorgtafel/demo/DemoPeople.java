package nl.zorgtafel.demo;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.SecondFactorService;
import nl.zorgtafel.security.TableRole;

/**
 * The demo's people: the documented accounts (each a vaste contactpersoon of their organisation,
 * except the administrator) and three contact persons without a login. Names and phone numbers
 * are made up; the letter to the young person shows a contact person's number.
 */
@Component
@Profile("demo")
class DemoPeople {

    private final PersonService people;
    private final SecondFactorService secondFactor;

    DemoPeople(PersonService people, SecondFactorService secondFactor) {
        this.people = people;
        this.secondFactor = secondFactor;
    }

    void seed(Map<String, Long> org, long demo, long neighbour) {
        account("beheerder", "Bas Beheer", null, org.get("gemeente"), true, Map.of());
        // A second Beheerder: removing someone's second factor takes two.
        account("beheerder2", "Bo Beheer", null, org.get("gemeente"), true, Map.of());
        account("voorzitter", "Vera Voorzitter", "06-12345601", org.get("zorgcoordinator"), false,
                Map.of(demo, TableRole.VOORZITTER, neighbour, TableRole.LID));
        account("secretaris", "Sanne Secretaris", "06-12345602", org.get("zorgcoordinator"), false,
                Map.of(demo, TableRole.SECRETARIS));
        account("politie", "Pieter Politie", "06-12345603", org.get("avim"), false,
                Map.of(demo, TableRole.LID, neighbour, TableRole.LID));
        account("jeugdzorg", "Joyce Jeugdzorg", "06-12345604", org.get("jeugdhulp"), false,
                Map.of(demo, TableRole.LID));
        account("gemeente", "Gijs Gemeente", "06-12345605", org.get("gemeente"), false, Map.of(demo, TableRole.LID));
        account("waarnemer", "Wendy Waarnemer", "06-12345606", org.get("veiligthuis"), false,
                Map.of(demo, TableRole.WAARNEMER));
        // Fixed contact persons without a demo login of their own.
        contact("Hanna Havenstad", "06-12345607", org.get("havenstad"), Map.of(neighbour, TableRole.VOORZITTER));
        contact("Karim Kust", "06-12345608", org.get("kustzorg"), Map.of(neighbour, TableRole.LID));
        contact("Liam Leraar", "06-12345609", org.get("school"), Map.of());
    }

    private void account(String username, String name, String phone, long organisationId, boolean administrator,
            Map<Long, TableRole> roles) {
        people.createWithPassword(new PersonDetails(null, name, username + "@demo.example", phone, organisationId,
                !administrator, true, 0, username, administrator, roles), DemoDataSeeder.DEMO_PASSWORD);
        secondFactor.provision(username, DemoSecondFactors.SECRETS.get(username));
    }

    private void contact(String name, String phone, long organisationId, Map<Long, TableRole> roles) {
        String username = name.toLowerCase().replace(' ', '.');
        people.create(new PersonDetails(null, name, username + "@demo.example", phone, organisationId, true, true, 0,
                username, false, roles));
    }
}
