package nl.zorgtafel.casefile;

import java.util.List;

/**
 * The police compartment of one case, for those who may read it (police, the OM, the chair).
 *
 * @param entries  the case's persons and places of concern, newest first
 * @param cluster  for the chair: every case of the table linked to this one, directly or through
 *                 another (codes, this case excluded, in code order); empty for others
 * @param mayRecord whether the reader may add and remove entries (police and the OM)
 */
public record ConcernCompartment(List<Concern> entries, List<LinkedCase> cluster, boolean mayRecord) {

    public ConcernCompartment {
        entries = List.copyOf(entries);
        cluster = List.copyOf(cluster);
    }

    /** A linked case as the chair plans with it. */
    public record LinkedCase(long id, String code) {
    }
}
