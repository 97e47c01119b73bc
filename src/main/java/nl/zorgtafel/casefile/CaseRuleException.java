package nl.zorgtafel.casefile;

/**
 * The case cannot do what was asked (an illegal status move, a missing legal basis, …);
 * {@code messageKey} explains it to the user.
 */
public class CaseRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CaseRuleException(String field, String messageKey) {
        super("Case rule: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
