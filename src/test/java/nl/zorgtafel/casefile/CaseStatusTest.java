package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void follows_the_lifecycle_of_the_product() {
        assertThat(CaseStatus.CONCEPT.canMoveTo(CaseStatus.AANGEMELD)).isTrue();
        assertThat(CaseStatus.AANGEMELD.canMoveTo(CaseStatus.GEAGENDEERD)).isTrue();
        assertThat(CaseStatus.GEAGENDEERD.canMoveTo(CaseStatus.BESPROKEN)).isTrue();
        assertThat(CaseStatus.BESPROKEN.canMoveTo(CaseStatus.IN_OPVOLGING)).isTrue();
        assertThat(CaseStatus.IN_OPVOLGING.canMoveTo(CaseStatus.AFGESLOTEN)).isTrue();
        assertThat(CaseStatus.AFGESLOTEN.canMoveTo(CaseStatus.IN_OPVOLGING)).as("heropenen").isTrue();
        assertThat(CaseStatus.MEER_INFORMATIE.canMoveTo(CaseStatus.AANGEMELD)).isTrue();
    }

    @Test
    void refuses_shortcuts() {
        assertThat(CaseStatus.CONCEPT.canMoveTo(CaseStatus.GEAGENDEERD)).isFalse();
        assertThat(CaseStatus.AANGEMELD.canMoveTo(CaseStatus.AFGESLOTEN)).isFalse();
        assertThat(CaseStatus.AFGEWEZEN.canMoveTo(CaseStatus.GEAGENDEERD)).isFalse();
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }
}
