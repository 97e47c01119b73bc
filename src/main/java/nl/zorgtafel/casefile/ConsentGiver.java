package nl.zorgtafel.casefile;

/** Who consented: the young person from 16, a parent or guardian below 16. */
public enum ConsentGiver {
    JONGERE, OUDER_VOOGD
}
