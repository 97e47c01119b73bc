package nl.zorgtafel.casefile;

/** Where the young person lives. */
public enum LivingSituation {
    THUIS, JEUGDHULP_MET_VERBLIJF, BEGELEID_WONEN, ZWERFT_ONBEKEND
}
