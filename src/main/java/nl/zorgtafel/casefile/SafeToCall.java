package nl.zorgtafel.casefile;

/** Whether partners may phone the young person directly (shown as {@code safe-to-call.<VALUE>}). */
public enum SafeToCall {
    JA, NEE, ALLEEN_VIA_CONTACTPERSOON, ONBEKEND
}
