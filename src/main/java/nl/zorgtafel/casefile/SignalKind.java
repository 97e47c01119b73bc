package nl.zorgtafel.casefile;

/**
 * What a partner saw (product.md F-11): the fragments of one young person's situation that each
 * partner holds. Shown in words ({@code signal-kind.<KIND>}), never the stored code.
 */
public enum SignalKind {
    VERMISSING, SCHOOLVERZUIM, POLITIEREGISTRATIE, NIEUWE_TELEFOON_OF_CONTACTEN, GELD_OF_CADEAUS, ONLINE_SIGNALEN,
    LETSEL, OVERIG
}
