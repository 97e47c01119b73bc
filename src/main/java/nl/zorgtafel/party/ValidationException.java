package nl.zorgtafel.party;

/** A field's value is not acceptable; {@code messageKey} is the Dutch/English explanation. */
public class ValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ValidationException(String field, String messageKey) {
        super("Invalid " + field);
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
