package nl.zorgtafel.party;

/** The first-start command may not run here: the installation already has a Beheerder. */
public class FirstStartRefused extends RuntimeException {

    public FirstStartRefused(String message) {
        super(message);
    }
}
