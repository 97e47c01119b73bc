package nl.zorgtafel.retention;

import java.util.ArrayList;
import java.util.List;

import nl.zorgtafel.base.validation.FieldRefusal;

/**
 * A table's retention periods in months, per phase. {@code version} 0: the table uses the defaults.
 */
public record RetentionPeriods(int declinedMonths, int closedMonths, int consultationMonths, int version) {

    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(3, 24, 3, 0);
    /** A declined proposal or a meedenkconsult is kept at least a month: the proposer may still ask about it. */
    public static final int MIN_SHORT = 1;
    /** A closed case is kept at least 12 months: the MARAC repeat rule looks back that far. */
    public static final int MIN_CLOSED = 12;
    public static final int MAX_MONTHS = 120;

    /** Refuses periods below the minimums or above ten years, each field with its own message. */
    void validate() {
        List<FieldRefusal.Reason> reasons = new ArrayList<>();
        if (declinedMonths < MIN_SHORT || declinedMonths > MAX_MONTHS) {
            reasons.add(new FieldRefusal.Reason("declinedMonths", "retention.rule.declined"));
        }
        if (closedMonths < MIN_CLOSED || closedMonths > MAX_MONTHS) {
            reasons.add(new FieldRefusal.Reason("closedMonths", "retention.rule.closed"));
        }
        if (consultationMonths < MIN_SHORT || consultationMonths > MAX_MONTHS) {
            reasons.add(new FieldRefusal.Reason("consultationMonths", "retention.rule.consultation"));
        }
        if (!reasons.isEmpty()) {
            throw new FieldRefusal(reasons);
        }
    }
}
