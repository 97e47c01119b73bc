package nl.zorgtafel.casefile;

/** Why a case was closed. */
public enum CloseReason {
    AFGESCHAALD, OVERGEDRAGEN, GEEN_VERVOLG_NODIG
}
