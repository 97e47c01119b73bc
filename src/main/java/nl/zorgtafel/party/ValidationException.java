package nl.zorgtafel.party;

import nl.zorgtafel.base.validation.FieldRefusal;

/** A field's value for a table, organisation or person is not acceptable. */
public class ValidationException extends FieldRefusal {

    public ValidationException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** Several fields at once, so the form shows every refusal on one save. */
    public ValidationException(java.util.List<Reason> reasons) {
        super(reasons);
    }
}
