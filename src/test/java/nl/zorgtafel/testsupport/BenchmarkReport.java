package nl.zorgtafel.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's figures, printed as they come and written to {@code target/benchmarks/<name>.txt}
 * (with the query plans in {@code <name>-plans.txt}) for docs/performance.md.
 */
public final class BenchmarkReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();

    public BenchmarkReport(String name) {
        this.name = name;
    }

    public void line(String line) {
        System.out.println("benchmark " + name + ": " + line);
        lines.add(line);
    }

    public void plan(String query, String plan) {
        plans.add("== " + query + "\n" + plan.strip() + "\n");
    }

    public void write() {
        try {
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".txt"), lines);
            Files.write(out.resolve(name + "-plans.txt"), plans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The p95 in milliseconds of {@code runs} timed calls, after as many untimed ones (the JIT's warm-up). */
    public static double p95Millis(java.util.function.Supplier<?> call, int runs) {
        for (int i = 0; i < runs; i++) {
            call.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return millis[(int) Math.ceil(runs * 0.95) - 1];
    }
}
