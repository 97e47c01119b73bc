package nl.zorgtafel.base.validation;

/**
 * A service refuses input because of one field; {@code messageKey} is the translation key that
 * explains why to the user. Never carries the value itself.
 */
public class FieldRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldRefusal(String field, String messageKey) {
        super("Refused " + field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** Refuses {@code field} with {@code messageKey} unless {@code condition} holds. */
    public static void require(boolean condition, String field, String messageKey) {
        if (!condition) {
            throw new FieldRefusal(field, messageKey);
        }
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
