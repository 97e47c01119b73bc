package nl.zorgtafel.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Primary and secondary small-cell suppression, without Spring. */
class SmallCellsTest {

    @Test
    void counts_of_one_to_four_are_hidden_and_zero_and_five_are_not() {
        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 5L, 120L).stream().map(SmallCells::shown))
                .containsExactly("0", "<5", "<5", "<5", "<5", "5", "120");
    }

    @Test
    void one_hidden_cell_of_a_shown_total_takes_the_next_smallest_with_it() {
        assertThat(SmallCells.shown(List.of(3L, 10L, 20L), true)).containsExactly("<5", "x", "20");
        assertThat(SmallCells.shown(List.of(0L, 2L, 7L, 9L), true)).containsExactly("0", "<5", "x", "9");
    }

    @Test
    void without_a_total_to_subtract_from_only_the_small_cell_is_hidden() {
        assertThat(SmallCells.shown(List.of(3L, 10L, 20L), false)).containsExactly("<5", "10", "20");
    }

    @Test
    void zeros_are_never_taken_as_the_complementary_cell() {
        assertThat(SmallCells.shown(List.of(3L, 0L, 0L, 9L), true)).containsExactly("<5", "0", "0", "x");
    }

    @Test
    void two_hidden_cells_that_the_total_would_pin_down_take_a_third() {
        // 1 + 1 = 2 can only be 1 and 1.
        assertThat(SmallCells.shown(List.of(1L, 1L, 10L), true)).containsExactly("<5", "<5", "x");
        // 4 + 4 = 8 can only be 4 and 4.
        assertThat(SmallCells.shown(List.of(4L, 4L, 30L, 40L), true)).containsExactly("<5", "<5", "x", "40");
        // 2 + 3 = 5 could be 1+4, 2+3, 3+2 or 4+1: enough.
        assertThat(SmallCells.shown(List.of(2L, 3L, 10L), true)).containsExactly("<5", "<5", "10");
    }

    @Test
    void a_hidden_large_cell_that_fixes_the_small_one_takes_another() {
        // Hidden 1 and 5 of 6 (a hidden large cell is at least 5): the 1 would be known, so 8 goes too.
        assertThat(SmallCells.shown(List.of(1L, 5L, 8L, 20L), true)).containsExactly("<5", "x", "x", "20");
    }

    @Test
    void a_total_that_still_pins_the_hidden_cells_down_must_go_too() {
        // 4 + 4 = 8 with nothing else to hide: the cells are known unless the 8 goes.
        assertThat(SmallCells.totalReveals(List.of(4L, 4L, 0L))).isTrue();
        assertThat(SmallCells.totalReveals(List.of(3L, 4L, 0L))).isFalse();
        assertThat(SmallCells.totalReveals(List.of(4L, 4L, 30L))).isFalse();
        assertThat(SmallCells.shown(-1)).isEqualTo("x");
    }

    @Test
    void no_shown_cell_of_an_additive_breakdown_lets_a_hidden_one_be_computed() {
        for (long a = 0; a < 12; a++) {
            for (long b = 0; b < 12; b++) {
                for (long c = 0; c < 12; c++) {
                    List<Long> counts = List.of(a, b, c);
                    boolean[] hidden = SmallCells.hidden(counts, true);
                    int hiddenCount = 0;
                    for (int i = 0; i < 3; i++) {
                        hiddenCount += hidden[i] ? 1 : 0;
                        if (SmallCells.small(counts.get(i))) {
                            assertThat(hidden[i]).as("%s cell %d", counts, i).isTrue();
                        }
                    }
                    // A lone hidden cell is possible only where the total itself is hidden.
                    if (!SmallCells.small(a + b + c)) {
                        assertThat(hiddenCount).as("%s", counts).isNotEqualTo(1);
                    }
                }
            }
        }
    }
}
