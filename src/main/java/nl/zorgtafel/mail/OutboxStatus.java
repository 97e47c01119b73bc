package nl.zorgtafel.mail;

/** PENDING until delivered (SENT) or given up after the last retry (FAILED, stays visible). */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}
