package nl.zorgtafel.testsupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one load level measured: every round trip's time, the errors (with the first one's
 * message), and at the end the wall time and the server process's CPU time over the phase.
 */
public final class LoadFigures {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private String firstError;
    private long wallNanos;
    private long cpuNanos;
    private long clientCpuNanos;
    private long heapBefore;
    private long heapOpen;
    private long heapClosed = -1;

    public synchronized void record(long roundTripNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = roundTripNanos;
    }

    public synchronized void error(Exception e) {
        if (errors++ == 0) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Forgets what was recorded so far (the pages' opening is not part of the phase). */
    public synchronized void reset() {
        count = 0;
    }

    /** Live heap before the level's pages were opened and with them open (idle, after a full collection). */
    public synchronized void heap(long before, long open) {
        this.heapBefore = before;
        this.heapOpen = open;
    }

    /** Live heap once the level's pages were closed again. */
    public synchronized void afterClose(long closed) {
        this.heapClosed = closed;
    }

    public synchronized double heapPerPageMegabytes(int pages) {
        return (heapOpen - heapBefore) / 1e6 / pages;
    }

    /** Live heap after closing against before opening (what closed pages left behind). */
    public synchronized double heapLeftMegabytes() {
        return (heapClosed - heapBefore) / 1e6;
    }

    /** The phase's wall time, the server's CPU over it and the load client's own (this JVM's). */
    public synchronized void finish(long wallNanos, long serverCpuNanos, long clientCpuNanos) {
        this.wallNanos = wallNanos;
        this.cpuNanos = serverCpuNanos;
        this.clientCpuNanos = clientCpuNanos;
    }

    public synchronized int errors() {
        return errors;
    }

    public synchronized double p95Millis() {
        return percentile(0.95);
    }

    /** The server's CPU over the phase as a share of all the machine's cores. */
    public synchronized double cpuShare() {
        return (double) cpuNanos / wallNanos / CORES;
    }

    /** The recorded times alone: p50, p95, p99 and the maximum. */
    public synchronized String latencies() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d deliveries)",
                percentile(0.5), percentile(0.95), percentile(0.99), percentile(1.0), count);
    }

    public synchronized String describe(int pages) {
        return String.format(Locale.ROOT, "%4d active pages: %6d requests (%.1f/s), round trip p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms; server CPU %.2f ms per request, %.0f%% of %d cores (the client %.0f%%); heap %.2f MB per open "
                + "page, %+.1f MB left after closing; errors %d%s",
                pages, count, count / (wallNanos / 1e9), percentile(0.5), percentile(0.95), percentile(0.99),
                percentile(1.0), count == 0 ? 0 : cpuNanos / 1e6 / count, 100 * cpuShare(), CORES,
                100.0 * clientCpuNanos / wallNanos / CORES,
                heapPerPageMegabytes(pages), heapLeftMegabytes(), errors,
                firstError == null ? "" : " (first: " + firstError + ")");
    }

    private double percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * count) - 1)] / 1e6;
    }

    /** All live bytes of a class histogram ({@code ApplicationProcess.classHistogram}). */
    public static long total(Map<String, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The ten classes whose live bytes grew most between two histograms, per page. */
    public static String growth(Map<String, Long> before, Map<String, Long> after, int pages) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format(Locale.ROOT, "%s %.0f KB", e.getKey(), e.getValue() / 1e3 / pages))
                .collect(Collectors.joining(", "));
    }
}
