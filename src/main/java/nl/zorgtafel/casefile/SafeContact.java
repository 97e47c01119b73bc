package nl.zorgtafel.casefile;

/**
 * How to reach a young person safely (product.md F-11): may partners call them, how, whom they
 * fear, who is a safe adult. For the case's deelnemers only; never in minutes, letters or mails.
 * {@code version} guards against two people overwriting each other (0 before the first save).
 */
public record SafeContact(SafeToCall safeToCall, String callNote, String feared, String safeAdult, int version) {

    public static final int TEXT_MAX = 500;

    public static SafeContact none() {
        return new SafeContact(SafeToCall.ONBEKEND, null, null, null, 0);
    }
}
