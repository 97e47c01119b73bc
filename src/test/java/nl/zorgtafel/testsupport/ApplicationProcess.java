package nl.zorgtafel.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as its own operating-system process, started from the test's class path (so
 * with the test configuration, overridden by the arguments), on free ports of its own (the
 * application's and the management port with the health probes): a second node, or a process to kill.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private String readiness;

    private ApplicationProcess(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the application with these arguments on a free port; does not wait for it. */
    public static ApplicationProcess start(List<String> arguments, ProcessBuilder.Redirect output) throws IOException {
        return start(List.of(), System.getProperty("java.class.path"), arguments, output);
    }

    /** The same with extra JVM options and another class path (e.g. jars only, as an AOT cache needs). */
    public static ApplicationProcess start(List<String> jvmOptions, String classPath, List<String> arguments,
            ProcessBuilder.Redirect output) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "nl.zorgtafel.Application",
                "--server.port=" + port, "--management.server.port=" + managementPort,
                "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        return new ApplicationProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start(),
                port, managementPort);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until the node answers ready (database included), at most two minutes. */
    public ApplicationProcess awaitReady() throws InterruptedException {
        readiness = awaitReady(managementPort, process);
        return this;
    }

    /** The body of the readiness answer that let {@link #awaitReady()} return. */
    public String readiness() {
        return readiness;
    }

    /**
     * Waits until the application of {@code process} answers ready on its management port, at
     * most two minutes; returns the answer's body.
     */
    public static String awaitReady(int managementPort, Process process) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped with exit code " + process.exitValue());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application did not become ready within two minutes");
    }

    /** The CPU time the process has used so far, on all its threads. */
    public long cpuNanos() {
        return process.info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** Live bytes on the process's heap after a full collection (the class histogram forces one). */
    public long liveHeapBytes() throws IOException, InterruptedException {
        return classHistogram().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Live bytes per class on the process's heap after a full collection ({@code jcmd GC.class_histogram}). */
    public java.util.Map<String, Long> classHistogram() throws IOException, InterruptedException {
        var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        var row = java.util.regex.Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", java.util.regex.Pattern.MULTILINE)
                .matcher(out);
        var bytes = new java.util.HashMap<String, Long>();
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("No class histogram: " + out.lines().findFirst().orElse(""));
        }
        return bytes;
    }

    /** SIGTERM: a graceful stop (shutdown hooks run; a JVM writing an AOT cache writes it now). */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** SIGKILL: no shutdown hooks, no last writes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
