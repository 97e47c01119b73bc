package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.casefile.ConcernClusters.Link;
import nl.zorgtafel.casefile.ConcernCompartment.LinkedCase;

class ConcernClustersTest {

    private static final LinkedCase A = new LinkedCase(5, "DR-2026-0005");
    private static final LinkedCase B = new LinkedCase(2, "DR-2026-0002");
    private static final LinkedCase C = new LinkedCase(9, "DR-2026-0009");
    private static final LinkedCase D = new LinkedCase(1, "DR-2026-0001");
    private static final LinkedCase E = new LinkedCase(7, "DR-2026-0007");

    @Test
    void cases_linked_through_another_case_form_one_cluster_largest_first_in_code_order() {
        // A–B and C–A and B–C again (a second shared key): one cluster; D–E another.
        var links = List.of(new Link(A, B), new Link(D, E), new Link(C, A), new Link(B, C));
        assertThat(ConcernClusters.of(links)).containsExactly(List.of(B, A, C), List.of(D, E));
        assertThat(ConcernClusters.around(A.id(), links)).containsExactly(B, C);
        assertThat(ConcernClusters.around(E.id(), links)).containsExactly(D);
        assertThat(ConcernClusters.around(42, links)).isEmpty();
        assertThat(ConcernClusters.of(List.of())).isEmpty();
    }

    @Test
    void a_chain_joins_into_one_cluster_whatever_order_the_links_come_in() {
        var chain = List.of(new Link(D, E), new Link(A, C), new Link(B, D), new Link(C, E));
        assertThat(ConcernClusters.of(chain)).containsExactly(List.of(D, B, A, E, C));
    }
}
