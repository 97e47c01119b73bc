package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.zorgtafel.demo.DemoSecondFactors;
import nl.zorgtafel.testsupport.ApplicationProcess;
import nl.zorgtafel.testsupport.BenchmarkReport;
import nl.zorgtafel.testsupport.LiveMeetingLoad;
import nl.zorgtafel.testsupport.LoadTestAccounts;
import nl.zorgtafel.testsupport.LoadFigures;
import nl.zorgtafel.testsupport.ProtocolBrowser;
import nl.zorgtafel.testsupport.ProtocolPage;

/**
 * Issue 18's protocol-level load: the application as its own process (demo data plus load-test
 * members, each with a session of their own), driven by {@link ProtocolBrowser}s that sign in with
 * password and code and then use the main pages as people do (side navigation, a grid scrolled,
 * a pause of one to three seconds between steps), with every server check on. Reports p50/p95/p99
 * round trips, server CPU per request (the process's own CPU time) and errors per level; the server
 * CPU of one view change; heap per open page from class histograms; and push fan-out from the
 * chair to followers of a live session, and with ten sessions at once. The normal build runs a short smoke version (the protocol
 * works, nothing fails, every follower sees every change; times printed, not asserted); the
 * benchmarks profile ({@code -Dbench.iterations=20}) the full levels and asserts the budget's musts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UidlLoadBenchmarkTest {

    private static final boolean FULL = Integer.getInteger("bench.iterations", 5) >= 20;
    private static final int[] LEVELS = FULL ? new int[] {1, 10, 50, 150, 300, 600, 1000} : new int[] {1, 4};
    private static final int ACCOUNTS = FULL ? 150 : 4;
    private static final int FOLLOWERS = FULL ? 50 : 4;
    private static final Duration PHASE = Duration.ofSeconds(FULL ? 45 : 8);
    private static final String DEMO_PASSWORD = "demo-zorgtafel";
    private static final List<String> ROUTES = List.of("", "casussen", "mijn-acties", "zittingen");
    /** The pages whose main grid loads rows as one scrolls. */
    private static final List<String> GRIDS = List.of("casussen", "mijn-acties");

    private static ApplicationProcess app;
    private static ExecutorService network;
    private static final List<ProtocolBrowser> BROWSERS = new ArrayList<>();
    private static final BenchmarkReport REPORT = new BenchmarkReport("uidl-load");
    /** Sessions at once for the push test, and followers of each (the budget's "14 others"). */
    private static final int MEETINGS_AT_ONCE = FULL ? 10 : 2;
    private static final int PER_MEETING = FULL ? 14 : 2;
    private static final Path MEETINGS = Path.of("target", "benchmarks", "uidl-load-sessions.txt");
    private static ProtocolBrowser chair;

    private static final Path LOG = Path.of("target", "benchmarks", "uidl-load-app.log");

    @BeforeAll
    static void startAndSignIn() throws Exception {
        Files.createDirectories(LOG.getParent());
        var jvm = new ArrayList<>(List.of("-Xmx1g"));
        if (Boolean.getBoolean("bench.jfr")) {
            // Where the server's time goes: a flight recording to read with `jfr print`.
            jvm.addAll(List.of("-XX:FlightRecorderOptions:stackdepth=512",
                    "-XX:StartFlightRecording=filename=target/benchmarks/uidl-load.jfr,settings=profile"));
        }
        app = ApplicationProcess.start(jvm, System.getProperty("java.class.path"), List.of(
                "--spring.profiles.active=demo", "--vaadin.productionMode=true",
                "--spring.datasource.url=jdbc:h2:mem:load;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--zorgtafel.load-test.accounts=" + ACCOUNTS, "--zorgtafel.load-test.sessions=" + MEETINGS_AT_ONCE,
                "--zorgtafel.load-test.sessions-file=" + MEETINGS.toAbsolutePath(), "--logging.level.root=warn"),
                ProcessBuilder.Redirect.to(LOG.toFile()));
        app.awaitReady();
        network = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("load-network-", 0).factory());
        long began = System.nanoTime();
        for (int i = 1; i <= ACCOUNTS; i++) {
            var browser = new ProtocolBrowser(app.port(), network);
            browser.signIn(LoadTestAccounts.username(i), LoadTestAccounts.PASSWORD, LoadTestAccounts.secret(i));
            BROWSERS.add(browser);
        }
        REPORT.line(String.format(Locale.ROOT, "%d people signed in (password and code) in %.1f s, one after another",
                ACCOUNTS, (System.nanoTime() - began) / 1e9));
        chair = new ProtocolBrowser(app.port(), network);
        chair.signIn("voorzitter", DEMO_PASSWORD, DemoSecondFactors.SECRETS.get("voorzitter"));
    }

    @AfterAll
    static void stop() throws Exception {
        REPORT.write();
        if (network != null) {
            network.shutdownNow();
        }
        if (app != null) {
            app.stop();
            // An exception in a listener is logged, not answered with an error: none may have happened.
            // Atmosphere logs one error of its own when a page closes its push socket while a push is
            // being written to it (nobody is left to read it); that race is the load's, not the app's.
            assertThat(Files.readAllLines(LOG)).filteredOn(line -> line.contains(" ERROR "))
                    .filteredOn(line -> !(line.contains("o.atmosphere.cpr.AsynchronousProcessor")
                            && line.contains("Failed to cancel resource")))
                    .isEmpty();
        }
    }

    @Test
    @Order(1)
    void one_view_change_costs_the_server_little_cpu() throws Exception {
        var page = BROWSERS.getFirst().open("");
        int changes = FULL ? 400 : 40;
        // Warm-up (the JIT compiles while this runs); each main page is really shown to a member.
        for (int i = 0; i < changes; i++) {
            page.navigate(ROUTES.get(i % ROUTES.size()));
        }
        assertThat(page.elements()).contains("identity", "case-filter-form", "my-actions", "meeting-tabs");
        var requests = new AtomicInteger();
        page.timing(nanos -> requests.incrementAndGet());
        long idle = idleCpuNanosPerSecond();
        long[] perRoute = new long[ROUTES.size()];
        for (int i = 0; i < changes; i++) {
            long cpu = serverCpuNanos();
            long began = System.nanoTime();
            page.navigate(ROUTES.get(i % ROUTES.size()));
            perRoute[i % ROUTES.size()] += serverCpuNanos() - cpu - idle * (System.nanoTime() - began) / 1_000_000_000L;
        }
        double perChange = java.util.Arrays.stream(perRoute).sum() / 1e6 / changes;
        page.close();
        var routes = new StringBuilder();
        for (int r = 0; r < ROUTES.size(); r++) {
            routes.append(String.format(Locale.ROOT, "%s'%s' %.1f ms", r == 0 ? "" : ", ", ROUTES.get(r),
                    perRoute[r] / 1e6 / (changes / ROUTES.size())));
        }
        REPORT.line(String.format(Locale.ROOT, "view change (side navigation, %d in a row after as many to warm up, %d "
                + "requests incl. grid confirmations): server CPU %.1f ms per change (%s; idle background of %.1f ms/s "
                + "subtracted)", changes, requests.get(), perChange, routes, idle / 1e6));
        if (FULL) {
            assertThat(perChange).as("a view change stays far below the 150 ms a person would notice").isLessThan(150);
        }
    }

    @Test
    @Order(2)
    void active_pages_get_quick_answers_and_the_knee_is_reported() throws Exception {
        for (int level : LEVELS) {
            var figures = run(level);
            REPORT.line(figures.describe(level));
            assertThat(figures.errors()).as("errors at " + level + " pages").isZero();
            if (FULL && level <= 150) {
                assertThat(figures.p95Millis()).as("must: p95 ≤ 150 ms at " + level + " pages").isLessThan(150);
            }
            if (figures.p95Millis() > 300 || figures.cpuShare() > 0.8) {
                REPORT.line("capacity knee reached at " + level + " active pages");
                break;
            }
        }
    }

    @Test
    @Order(3)
    void what_the_chair_does_reaches_every_follower_by_push() throws Exception {
        var overview = chair.open("");
        String session = overview.links().stream().filter(l -> l.matches("zitting/\\d+")).findFirst().orElseThrow()
                .substring("zitting/".length());
        overview.close();
        var latencies = new LoadFigures();
        var meeting = new LiveMeetingLoad(chair, session, latencies);
        var before = app.classHistogram();
        for (int i = 0; i < FOLLOWERS; i++) {
            meeting.follow(BROWSERS.get(i % BROWSERS.size()), session);
        }
        Thread.sleep(1000);
        var open = app.classHistogram();
        latencies.heap(LoadFigures.total(before), LoadFigures.total(open));
        REPORT.line("largest growth per open live page, by class: " + LoadFigures.growth(before, open, FOLLOWERS));
        int rounds = FULL ? 40 : 6;
        meeting.rounds(rounds, 300, 0);
        REPORT.line(String.format(Locale.ROOT, "push fan-out: the chair goes to another agenda item %d times, %d "
                + "followers on the live page (each a person of their own): click to each follower's page %s; missed %d",
                rounds, FOLLOWERS, latencies.latencies(), meeting.missed()));
        meeting.close();
        latencies.afterClose(heapBytes());
        REPORT.line(String.format(Locale.ROOT, "heap per open live page (push connected): %.2f MB; after closing them "
                + "%+.1f MB against before", latencies.heapPerPageMegabytes(FOLLOWERS), latencies.heapLeftMegabytes()));
        assertThat(meeting.missed()).as("every follower sees every change").isZero();
        if (FULL) {
            assertThat(latencies.heapPerPageMegabytes(FOLLOWERS)).as("must: ≤ 2 MB per live page").isLessThan(2);
            assertThat(latencies.p95Millis()).as("must: seen within 1 s").isLessThan(1000);
        }
    }

    @Test
    @Order(4)
    void ten_sessions_at_once_each_reach_their_followers() throws Exception {
        List<String> sessions = Files.readAllLines(MEETINGS);
        var latencies = new LoadFigures();
        var meetings = new ArrayList<LiveMeetingLoad>();
        for (int m = 0; m < sessions.size(); m++) {
            var meeting = new LiveMeetingLoad(chair, sessions.get(m), latencies);
            for (int f = 0; f < PER_MEETING; f++) {
                meeting.follow(BROWSERS.get((m * PER_MEETING + f) % BROWSERS.size()), sessions.get(m));
            }
            meetings.add(meeting);
        }
        Thread.sleep(1000);
        int rounds = FULL ? 20 : 4;
        var chairs = new ArrayList<Thread>();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Exception>();
        for (var meeting : meetings) {
            chairs.add(Thread.ofVirtual().start(() -> {
                try {
                    meeting.rounds(rounds, 300, 1000);
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (var thread : chairs) {
            thread.join();
        }
        int missed = meetings.stream().mapToInt(LiveMeetingLoad::missed).sum();
        REPORT.line(String.format(Locale.ROOT, "push with %d sessions at once, %d followers each (the chairs go to "
                + "another agenda item %d times, at random moments): click to each follower's page %s; missed %d",
                meetings.size(), PER_MEETING, rounds, latencies.latencies(), missed));
        for (var meeting : meetings) {
            meeting.close();
        }
        assertThat(failures).isEmpty();
        assertThat(missed).as("every follower sees every change of their own session").isZero();
        if (FULL) {
            assertThat(latencies.p95Millis()).as("must: seen within 1 s").isLessThan(1000);
        }
    }

    /** {@code level} pages, each stepping through the main pages with pauses, for one phase. */
    private static LoadFigures run(int level) throws Exception {
        var pages = new ArrayList<ProtocolPage>();
        var figures = new LoadFigures();
        var before = app.classHistogram();
        for (int i = 0; i < level; i++) {
            pages.add(BROWSERS.get(i % BROWSERS.size()).open("").timing(figures::record));
        }
        figures.heap(LoadFigures.total(before), heapBytes());
        figures.reset();
        var stop = new AtomicLong(System.nanoTime() + PHASE.toNanos());
        long cpu = serverCpuNanos();
        long clientCpu = clientCpuNanos();
        long began = System.nanoTime();
        var users = new ArrayList<Thread>();
        for (var page : pages) {
            users.add(Thread.ofVirtual().start(() -> {
                var random = ThreadLocalRandom.current();
                int step = random.nextInt(ROUTES.size());
                try {
                    Thread.sleep(random.nextLong(2000));
                    while (System.nanoTime() < stop.get()) {
                        String route = ROUTES.get(step++ % ROUTES.size());
                        page.navigate(route);
                        if (GRIDS.contains(route) && random.nextBoolean()) {
                            page.scrollGrid(50, 50);
                        }
                        Thread.sleep(1000 + random.nextLong(2000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    figures.error(e);
                }
            }));
        }
        for (var user : users) {
            user.join();
        }
        figures.finish(System.nanoTime() - began, serverCpuNanos() - cpu, clientCpuNanos() - clientCpu);
        for (var page : pages) {
            page.close();
        }
        var closed = app.classHistogram();
        figures.afterClose(LoadFigures.total(closed));
        if (figures.heapLeftMegabytes() > 5) {
            // What stays is worth a look: the in-memory database's new rows, or pages that did not go.
            REPORT.line("  left after closing, by class (per page): " + LoadFigures.growth(before, closed, level));
        }
        return figures;
    }

    /** The server's CPU per second while nobody uses it (scheduled work, the JIT, the collector). */
    private static long idleCpuNanosPerSecond() throws InterruptedException {
        long cpu = serverCpuNanos();
        Thread.sleep(2000);
        return (serverCpuNanos() - cpu) / 2;
    }

    private static long serverCpuNanos() {
        return app.cpuNanos();
    }

    /** This JVM's CPU: the simulated browsers share the machine with the server. */
    private static long clientCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static long heapBytes() throws Exception {
        return app.liveHeapBytes();
    }
}
