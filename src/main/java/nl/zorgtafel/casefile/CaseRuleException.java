package nl.zorgtafel.casefile;

import nl.zorgtafel.base.validation.FieldRefusal;

/** The case cannot do what was asked (an illegal status move, a missing legal basis, …). */
public class CaseRuleException extends FieldRefusal {

    public CaseRuleException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** Several refusals at once, so a form shows them together. */
    public CaseRuleException(java.util.List<Reason> reasons) {
        super(reasons);
    }
}
