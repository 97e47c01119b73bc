package nl.zorgtafel.party;

import java.text.Normalizer;
import java.util.regex.Pattern;

import nl.zorgtafel.base.validation.FieldRefusal;

/**
 * Server-side checks and clean-up of what administrators type; the forms check the same
 * things for quick feedback, but these are the ones that count.
 */
final class Validation {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int ADDRESS_MAX = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,40}");
    /** Control characters other than ordinary whitespace have no place in a name. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    private Validation() {
    }

    static Organisation organisation(Organisation o) {
        var refusals = new FieldRefusal.Collector();
        String name = text(o.name());
        refusals.require(!name.isEmpty(), "name", "validation.required");
        refusals.require(name.length() <= NAME_MAX, "name", "validation.too-long");
        refusals.require(o.type() != null, "type", "validation.required");
        String email = optionalEmail(o.email(), refusals);
        String phone = optionalPhone(o.phone(), refusals);
        String address = text(o.address());
        refusals.require(address.length() <= ADDRESS_MAX, "address", "validation.too-long");
        refusals.throwIfAny(ValidationException::new);
        return new Organisation(o.id(), name, o.type(), email, phone, address.isEmpty() ? null : address, o.active(),
                o.version());
    }

    /** Trims, normalises to NFC (so é typed two ways is one name) and drops control characters. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("").strip();
    }

    /** The cleaned address, or null when empty; a malformed one is noted as a refusal. */
    static String optionalEmail(String value, FieldRefusal.Collector refusals) {
        String email = text(value);
        if (email.isEmpty()) {
            return null;
        }
        refusals.require(email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches(), "email", "validation.email");
        return email;
    }

    static String optionalPhone(String value, FieldRefusal.Collector refusals) {
        String phone = text(value);
        if (phone.isEmpty()) {
            return null;
        }
        refusals.require(PHONE.matcher(phone).matches(), "phone", "validation.phone");
        return phone;
    }

    static void require(boolean condition, String field, String messageKey) {
        if (!condition) {
            throw new ValidationException(field, messageKey);
        }
    }
}
