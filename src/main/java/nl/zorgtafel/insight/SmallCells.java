package nl.zorgtafel.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for everything that leaves the table. Primary: a count of 1–4 is shown as
 * "<5". Secondary: where the cells add up to a total that is shown too, one hidden cell could be
 * worked out from the others, so the smallest remaining non-zero cell is hidden as well ("x"), again until
 * no hidden cell can be pinned down from the total (a hidden cell is known to be at least 1, and a
 * hidden larger cell at least 5, because the rule is public). Zeros are never hidden: "none" is
 * not a small group of young people.
 */
public final class SmallCells {

    public static final String HIDDEN = "<5";
    /**
     * A count of 5 or more hidden so that a small one cannot be worked out (secondary suppression),
     * and a total that must go too where it would still pin the hidden cells down (8 as two hidden
     * cells can only be 4 and 4). CBS's sign for "geheim"; a reader knows it stands for 5 or more.
     */
    public static final String CONFIDENTIAL = "x";
    static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** Whether the total of these cells would reveal hidden cells even after secondary suppression. */
    public static boolean totalReveals(List<Long> counts) {
        boolean[] hide = hidden(counts, true);
        return anyHidden(hide) && revealing(counts, hide);
    }

    /** Whether a count on its own must be hidden. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A single count as it may leave the table. */
    public static String shown(long count) {
        if (count < 0) {
            return CONFIDENTIAL;
        }
        return small(count) ? HIDDEN : Long.toString(count);
    }

    /**
     * Which cells to hide. {@code additive}: the cells partition a total that is shown (in the
     * breakdown or elsewhere in the same export), so secondary suppression applies.
     */
    public static boolean[] hidden(List<Long> counts, boolean additive) {
        boolean[] hide = new boolean[counts.size()];
        for (int i = 0; i < hide.length; i++) {
            hide[i] = small(counts.get(i));
        }
        if (!additive) {
            return hide;
        }
        while (anyHidden(hide) && revealing(counts, hide)) {
            int next = smallestVisibleNonZero(counts, hide);
            if (next < 0) {
                break;
            }
            hide[next] = true;
        }
        return hide;
    }

    /** The texts of a list of counts as they may leave the table. */
    public static List<String> shown(List<Long> counts, boolean additive) {
        boolean[] hide = hidden(counts, additive);
        List<String> texts = new ArrayList<>(counts.size());
        for (int i = 0; i < hide.length; i++) {
            texts.add(hide[i] ? (small(counts.get(i)) ? HIDDEN : CONFIDENTIAL) : Long.toString(counts.get(i)));
        }
        return texts;
    }

    /**
     * Whether someone who knows the total and the shown cells can tell a hidden cell's exact value:
     * one hidden cell, or a hidden cell whose range collapses to a single value.
     */
    static boolean revealing(List<Long> counts, boolean[] hide) {
        long sum = 0;
        long lows = 0;
        long highs = 0;
        int hiddenCount = 0;
        for (int i = 0; i < hide.length; i++) {
            if (hide[i]) {
                sum += counts.get(i);
                lows += low(counts.get(i));
                highs += high(counts.get(i), Long.MAX_VALUE / 4);
                hiddenCount++;
            }
        }
        if (hiddenCount == 1) {
            return true;
        }
        for (int i = 0; i < hide.length; i++) {
            if (hide[i]) {
                long count = counts.get(i);
                long min = Math.max(low(count), sum - (highs - high(count, Long.MAX_VALUE / 4)));
                long max = Math.min(high(count, sum), sum - (lows - low(count)));
                if (min >= max) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long low(long count) {
        return small(count) ? 1 : THRESHOLD;
    }

    private static long high(long count, long unbounded) {
        return small(count) ? THRESHOLD - 1 : unbounded;
    }

    private static boolean anyHidden(boolean[] hide) {
        for (boolean h : hide) {
            if (h) {
                return true;
            }
        }
        return false;
    }

    private static int smallestVisibleNonZero(List<Long> counts, boolean[] hide) {
        int best = -1;
        for (int i = 0; i < hide.length; i++) {
            if (!hide[i] && counts.get(i) > 0 && (best < 0 || counts.get(i) < counts.get(best))) {
                best = i;
            }
        }
        return best;
    }
}
