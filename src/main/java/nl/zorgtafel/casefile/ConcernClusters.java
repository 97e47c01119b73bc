package nl.zorgtafel.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.zorgtafel.casefile.ConcernCompartment.LinkedCase;

/**
 * Groups linked cases into clusters: cases linked directly or through another case end up
 * together (connected components of the links, by union-find), each in code order.
 */
final class ConcernClusters {

    /** Two cases that share a person or place of concern. */
    record Link(LinkedCase one, LinkedCase other) {
    }

    private ConcernClusters() {
    }

    /** Every cluster of two or more cases, largest first, then by the first code. */
    static List<List<LinkedCase>> of(List<Link> links) {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, LinkedCase> cases = new HashMap<>();
        for (Link link : links) {
            cases.put(link.one().id(), link.one());
            cases.put(link.other().id(), link.other());
            long a = root(parent, link.one().id());
            long b = root(parent, link.other().id());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, List<LinkedCase>> byRoot = new HashMap<>();
        for (LinkedCase c : cases.values()) {
            byRoot.computeIfAbsent(root(parent, c.id()), r -> new ArrayList<>()).add(c);
        }
        List<List<LinkedCase>> clusters = new ArrayList<>();
        for (List<LinkedCase> cluster : byRoot.values()) {
            cluster.sort(Comparator.comparing(LinkedCase::code));
            clusters.add(List.copyOf(cluster));
        }
        clusters.sort(Comparator.<List<LinkedCase>>comparingInt(List::size).reversed()
                .thenComparing(c -> c.getFirst().code()));
        return clusters;
    }

    /** The cluster of one case, without the case itself; empty when it is linked to nothing. */
    static List<LinkedCase> around(long caseId, List<Link> links) {
        return of(links).stream().filter(c -> c.stream().anyMatch(l -> l.id() == caseId)).findFirst()
                .map(c -> c.stream().filter(l -> l.id() != caseId).toList()).orElse(List.of());
    }

    private static long root(Map<Long, Long> parent, long id) {
        long node = id;
        while (parent.containsKey(node)) {
            node = parent.get(node);
        }
        return node;
    }
}
