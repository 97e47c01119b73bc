package nl.zorgtafel.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ConsultationService;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.RouteService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Two years of fictional history, so Inzicht has something to show: sessions every four weeks at
 * the demo table (every eight at the Kustregio), each discussing a handful of mostly anonymous
 * cases that were proposed, triaged, discussed, followed up with actions (mostly on time, some
 * late, {@value #OVERDUE_ACTIONS} still overdue) and closed; some declined, some returned with a
 * question first, a few herhaalde casussen of pseudonymous young people, route milestones and
 * meedenkconsults. Everything goes through the services at its time in the past
 * ({@link DemoClock}), in time order, from one seeded {@link Random}: every start gets the same history.
 */
@Component
@Profile("demo")
class DemoHistory {

    /** Actions the history leaves open past their deadline at the demo table (they come back in every review). */
    static final int OVERDUE_ACTIONS = 3;
    private static final long SEED = 20_241_115L;

    private final IntakeService intakes;
    private final LifecycleService lifecycle;
    private final CaseService cases;
    private final RouteService routes;
    private final ConsultationService consultations;
    private final DemoHistorySessions sessions;
    private final SystemTasks systemTasks;
    private final UserDetailsService users;
    private final Map<String, UserDetails> accounts = new HashMap<>();
    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private long order;
    private int seeded;
    private int submittedVersion = -1;
    private DemoHistoryIntakes facts;
    private Instant now;

    DemoHistory(IntakeService intakes, LifecycleService lifecycle, CaseService cases, RouteService routes,
            ConsultationService consultations, DemoHistorySessions sessions, SystemTasks systemTasks,
            UserDetailsService users) {
        this.intakes = intakes;
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.routes = routes;
        this.consultations = consultations;
        this.sessions = sessions;
        this.systemTasks = systemTasks;
        this.users = users;
    }

    /** One step at its moment in the past. */
    private record Step(Instant at, long order, Runnable work) {
    }

    /**
     * One table's part: who chairs and proposes (a name more often for a larger share), its
     * partners, its municipalities (the central town first), and its rhythm.
     */
    record Table(String chair, List<String> proposers, String decliner, List<Long> partners, List<Long> overdueOwners,
            List<Long> municipalities, LocalTime start, LocalTime end, String place, int everyDays, int count,
            int firstDaysAgo, List<Integer> comesBack) {
    }

    /**
     * A historic case on its way: the facts it is proposed with, then its id and version. The version
     * is counted along (every lifecycle move adds one) instead of reading the case file each time,
     * which would double the seeding time; a wrong count fails the seeding loudly (a conflict).
     */
    static final class Case {
        final Table table;
        final String proposer;
        final CaseIntake intake;
        long id;
        int version;
        boolean overdue;

        Case(Table table, String proposer, CaseIntake intake) {
            this.table = table;
            this.proposer = proposer;
            this.intake = intake;
        }
    }

    /** Seeds the history of both tables; returns how many historic cases were proposed. */
    int seed(Map<String, Long> org, Map<String, Long> place) {
        facts = new DemoHistoryIntakes(new Random(SEED));
        now = Instant.now();
        var demo = new Table("voorzitter",
                List.of("jeugdzorg", "jeugdzorg", "jeugdzorg", "politie", "politie", "politie", "gemeente",
                        "gemeente", "voorzitter"),
                "gemeente", ids(org, "avim", "jeugdhulp", "lvb", "gemeente", "veiligthuis", "zorgcoordinator", "om"),
                ids(org, "lvb", "om"), ids(place, "Demostad", "Rivierdorp", "Heidebeek"), LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Stadskantoor Demostad, zaal 3", 28, 26, 16, List.of(24, 20, 16, 12, 9));
        var neighbour = new Table("hanna.havenstad", List.of("karim.kust", "karim.kust", "hanna.havenstad"),
                "hanna.havenstad", ids(org, "avim", "havenstad", "kustzorg", "zorgcoordinator"), List.of(),
                ids(place, "Havenstad", "Duinwijk"), LocalTime.of(9, 30), LocalTime.of(11, 0),
                "Gemeentehuis Havenstad", 84, 9, 20, List.of(8, 5));
        sessions.plan(this, demo, 3, 5, true);
        sessions.plan(this, neighbour, 1, 3, false);
        planConsultations(demo);
        for (Step step = steps.poll(); step != null; step = steps.poll()) {
            Runnable work = step.work();
            DemoClock.at(step.at(), () -> {
                work.run();
                return null;
            });
        }
        return seeded;
    }

    /** Schedules work at a moment in the past (never later than a day ago). */
    void at(Instant when, Runnable work) {
        if (when.isAfter(now.minus(Duration.ofHours(20)))) {
            throw new IllegalStateException("Demo history in the future: " + when);
        }
        steps.add(new Step(when, order++, work));
    }

    Instant now() {
        return now;
    }

    DemoHistoryIntakes facts() {
        return facts;
    }

    /** A new anonymous or (for a herhaalde casus) pseudonymous case, proposed {@code daysBefore} a session. */
    Case propose(Table table, Instant session, int daysBefore, IdentifyingData person) {
        String proposer = person != null ? table.proposers().getFirst()
                : table.proposers().get(facts.between(0, table.proposers().size() - 1));
        var intake = person == null ? facts.anonymous(table.municipalities())
                : facts.named(table.municipalities(), person);
        var c = new Case(table, proposer, intake);
        Instant submitted = session.minus(Duration.ofDays(daysBefore)).minus(Duration.ofMinutes(facts.between(0, 300)));
        at(submitted, () -> submit(c));
        Instant triaged = submitted.plus(Duration.ofHours(facts.between(20, 70)));
        if (facts.chance(8)) {
            // Returned with a question first; the proposer answers the next day.
            at(triaged, () -> act(table.chair(), () -> lifecycle.decide(c.id, c.version++,
                    TriageDecision.MEER_INFORMATIE_NODIG, "Wat weet school, en is de jongere zelf gesproken?", null)));
            at(triaged.plus(Duration.ofHours(26)), () -> act(proposer, () -> intakes.answer(c.id, c.version++,
                    "School ziet hetzelfde; de jongere is gesproken en wil hulp.")));
            triaged = triaged.plus(Duration.ofHours(50));
        }
        at(triaged, () -> act(table.chair(),
                () -> lifecycle.decide(c.id, c.version++, TriageDecision.AGENDEREN, null, null)));
        return c;
    }

    /** A proposal the chair declines with advice. */
    void decline(Table table, Instant around) {
        var intake = facts.anonymous(table.municipalities());
        var c = new Case(table, table.decliner(), intake);
        at(around, () -> submit(c));
        at(around.plus(Duration.ofHours(facts.between(20, 70))), () -> act(table.chair(),
                () -> lifecycle.decide(c.id, c.version++, TriageDecision.AFWIJZEN,
                        "Geen signalen van uitbuiting; wel zorgen over de thuissituatie.",
                        "Bespreek het met het wijkteam en meld bij Veilig Thuis.")));
    }

    /** After the session: route steps by the proposer, closing and the 12-month check by the chair. */
    void followUp(Case c, Instant discussed, Instant settled) {
        Instant stepsAt = discussed.plus(Duration.ofDays(facts.between(1, 10)));
        LocalDate day = LocalDate.ofInstant(stepsAt, DutchTime.ZONE);
        var reached = facts.milestones(day);
        if (!reached.isEmpty()) {
            at(stepsAt, () -> act(c.proposer, () -> reached.forEach(m -> routes.addMilestone(c.id, m))));
        }
        if (c.overdue) {
            return;
        }
        Instant latest = now.minus(Duration.ofDays(1));
        Instant closed = (settled.isAfter(stepsAt) ? settled : stepsAt).plus(Duration.ofDays(facts.between(1, 8)));
        Instant closedAt = closed.isAfter(latest) ? latest : closed;
        var reason = facts.closeReason();
        at(closedAt, () -> act(c.table.chair(), () -> lifecycle.close(c.id, c.version++, reason)));
        Instant checked = closedAt.plus(Duration.ofDays(365 + facts.between(0, 20)));
        if (checked.isBefore(latest)) {
            at(checked, () -> act(c.table.chair(), () -> lifecycle.confirmClosureCheck(c.id)));
        }
    }

    /** A meedenkconsult before most sessions, answered within days; the latest still waits. */
    private void planConsultations(Table table) {
        LocalDate today = LocalDate.ofInstant(now, DutchTime.ZONE);
        for (int k = table.count() - 1; k >= 0; k--) {
            if (!facts.chance(70)) {
                continue;
            }
            Instant asked = today.minusDays(table.firstDaysAgo() + (long) k * table.everyDays() + facts.between(3, 20))
                    .atTime(facts.between(9, 16), 10).atZone(DutchTime.ZONE).toInstant();
            String asker = List.of("gemeente", "politie", "jeugdzorg").get(facts.between(0, 2));
            long[] id = new long[1];
            at(asked, () -> id[0] = as(asker, () -> consultations.ask("Een partner ziet signalen bij een jongere "
                    + "van " + facts.between(12, 17) + " jaar. Is dit iets voor de zorgtafel?")));
            at(asked.plus(Duration.ofHours(facts.between(4, 90))), () -> act(table.chair(), () -> consultations.answer(
                    id[0], consultations.visible().stream().filter(q -> q.id() == id[0]).findFirst().orElseThrow()
                            .version(), "Breng het anoniem in; bij acuut gevaar eerst Veilig Thuis of 112.")));
        }
        at(now.minus(Duration.ofDays(9)), () -> act("gemeente", () -> consultations.ask(
                "Een jongen van 16 verkoopt spullen voor een oudere neef. Moeten we ons zorgen maken?")));
    }

    long organisationOf(String username) {
        return ((ZorgtafelUser) accounts.computeIfAbsent(username, users::loadUserByUsername)).organisationId();
    }

    /** Proposes the case; the first one tells the version a freshly submitted case has. */
    private void submit(Case c) {
        c.id = as(c.proposer, () -> intakes.saveAndSubmit(c.intake));
        if (submittedVersion < 0) {
            submittedVersion = as(c.proposer, () -> cases.open(c.id).intake().version());
        }
        c.version = submittedVersion;
        seeded++;
    }

    void act(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    <T> T as(String username, Supplier<T> work) {
        return systemTasks.as(accounts.computeIfAbsent(username, users::loadUserByUsername), work);
    }

    private static List<Long> ids(Map<String, Long> byName, String... names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(byName.get(name));
        }
        return List.copyOf(ids);
    }
}
