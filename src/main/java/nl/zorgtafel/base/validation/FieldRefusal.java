package nl.zorgtafel.base.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A service refuses input because of one or more fields; each {@link Reason} names the field and
 * the translation key that explains why to the user. Never carries the values themselves.
 */
public class FieldRefusal extends RuntimeException {

    /** One refused field and why. */
    public record Reason(String field, String messageKey) {
    }

    private final List<Reason> reasons;

    public FieldRefusal(String field, String messageKey) {
        this(List.of(new Reason(field, messageKey)));
    }

    public FieldRefusal(List<Reason> reasons) {
        super("Refused " + reasons.stream().map(r -> r.field() + ": " + r.messageKey())
                .collect(Collectors.joining(", ")));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** Refuses {@code field} with {@code messageKey} unless {@code condition} holds. */
    public static void require(boolean condition, String field, String messageKey) {
        if (!condition) {
            throw new FieldRefusal(field, messageKey);
        }
    }

    /** The first refused field. */
    public String field() {
        return reasons.getFirst().field();
    }

    /** Why the first field was refused. */
    public String messageKey() {
        return reasons.getFirst().messageKey();
    }

    /** Every refused field, in the order the rules found them. */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Collects refusals so a form can show all of them at once instead of one per attempt;
     * {@link #throwIfAny} throws them together.
     */
    public static final class Collector {

        private final List<Reason> reasons = new ArrayList<>();

        /** Notes a refusal of {@code field} unless {@code condition} holds; returns the condition. */
        public boolean require(boolean condition, String field, String messageKey) {
            if (!condition) {
                reasons.add(new Reason(field, messageKey));
            }
            return condition;
        }

        public <E extends FieldRefusal> void throwIfAny(Function<List<Reason>, E> refusal) {
            if (!reasons.isEmpty()) {
                throw refusal.apply(reasons);
            }
        }
    }
}
