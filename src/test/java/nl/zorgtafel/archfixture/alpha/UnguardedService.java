package nl.zorgtafel.archfixture.alpha;

/** Breaks "deny by default": a public service method with no access annotation or check. */
public class UnguardedService {

    public String tableSecrets(long tableId) {
        return "everything about " + tableId;
    }
}
