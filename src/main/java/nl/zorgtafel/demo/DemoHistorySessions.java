package nl.zorgtafel.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;

/**
 * The demo history's sessions: planned five days ahead with their new cases, held (the earlier
 * sessions' actions reviewed, actions agreed per case) and ended, each at its own time. The latest
 * session agrees no actions, so nothing of the history but the overdue actions returns in the
 * coming session's review.
 */
@Component
@Profile("demo")
class DemoHistorySessions {

    /** Pseudonymous young people who come back: first case at session k, the herhaalde casus six sessions later. */
    private static final String[] PSEUDONYMS = {"Roos Historie", "Daan Verleden", "Lotte Eerder", "Yusuf Toen",
        "Fenna Vroeger", "Milan Kustverleden", "Iris Duinhistorie"};

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final LiveMeetingService live;
    private final ActionService actions;
    /** The version of a newly agreed action, read once; then counted along per action (a review adds one). */
    private int agreedVersion = -1;
    private final Map<Long, Integer> versions = new java.util.HashMap<>();

    DemoHistorySessions(MeetingService meetings, AgendaService agendas, LiveMeetingService live,
            ActionService actions) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.live = live;
        this.actions = actions;
    }

    /** Schedules the table's sessions, oldest first, each with {@code min}–{@code max} new cases. */
    void plan(DemoHistory history, DemoHistory.Table table, int min, int max, boolean demoTable) {
        var facts = history.facts();
        LocalDate today = LocalDate.ofInstant(history.now(), DutchTime.ZONE);
        Map<Integer, IdentifyingData> people = pseudonyms(table, today, demoTable ? 0 : 5);
        for (int k = table.count() - 1; k >= 0; k--) {
            LocalDate day = today.minusDays(table.firstDaysAgo() + (long) k * table.everyDays())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
            Instant start = day.atTime(table.start()).atZone(DutchTime.ZONE).toInstant();
            List<DemoHistory.Case> agenda = new ArrayList<>();
            int count = facts.between(min, max);
            for (int i = 0; i < count; i++) {
                agenda.add(history.propose(table, start, facts.between(12, 30), i == 0 ? people.get(k) : null));
            }
            if (facts.chance(35)) {
                history.decline(table, start.minus(Duration.ofDays(facts.between(3, 25))));
            }
            // The two latest sessions with actions leave three of them overdue with a partner without a demo login.
            int overdue = table.overdueOwners().isEmpty() ? 0 : k == 1 ? 2 : k == 2 ? 1 : 0;
            for (int i = 0; i < overdue; i++) {
                agenda.get(i).overdue = true;
            }
            hold(history, table, day, start, k, agenda);
        }
    }

    private void hold(DemoHistory history, DemoHistory.Table table, LocalDate day, Instant start, int k,
            List<DemoHistory.Case> agenda) {
        var facts = history.facts();
        long[] meeting = new long[1];
        Map<DemoHistory.Case, Long> items = new LinkedHashMap<>();
        Map<DemoHistory.Case, Set<Long>> deelnemers = new LinkedHashMap<>();
        history.at(start.minus(Duration.ofDays(5)), () -> history.act(table.chair(), () -> {
            meeting[0] = meetings.plan(new MeetingPlan(null, 0, MeetingKind.REGULIER, day, table.start(),
                    table.end(), table.place(), null, null, null));
            for (var c : agenda) {
                Set<Long> taking = new HashSet<>(Set.of(history.organisationOf(c.proposer)));
                for (int n = facts.between(1, 3); n > 0; n--) {
                    taking.add(table.partners().get(facts.between(0, table.partners().size() - 1)));
                }
                if (c.overdue) {
                    taking.add(table.overdueOwners().get(items.size() % table.overdueOwners().size()));
                }
                deelnemers.put(c, taking);
                items.put(c, agendas.addCase(meeting[0], c.id, AgendaBlock.NEW_CASES, 15, taking, Set.of()));
            }
        }));
        // Actions of the session before the latest are done before the latest session reviews them.
        Instant doneBy = history.now().minus(Duration.ofDays(2));
        Instant latestSession = start.plus(Duration.ofDays(table.everyDays()));
        Instant limit = k == 1 && latestSession.isBefore(doneBy) ? latestSession.minus(Duration.ofDays(1)) : doneBy;
        history.at(start, () -> history.act(table.chair(), () -> {
            live.start(meeting[0]);
            live.accept(meeting[0]);
            review(meeting[0]);
            for (var c : agenda) {
                Instant settled = start;
                if (k > 0) {
                    settled = agree(history, table, day, items.get(c), c, deelnemers.get(c), limit, k);
                }
                history.followUp(c, start, settled);
            }
        }));
        history.at(start.plus(Duration.ofMinutes(facts.between(80, 115))), () -> history.act(table.chair(), () -> {
            live.end(meeting[0]);
            // Each case was discussed (besproken), and is in opvolging while an action is open.
            agenda.forEach(c -> c.version += k > 0 ? 2 : 1);
        }));
    }

    /** The earlier sessions' actions: done, or they carry on (and come back next time). */
    private void review(long meetingId) {
        long reviewItem = agendas.agenda(meetingId).items().stream()
                .filter(i -> i.block() == AgendaBlock.REVIEW_ACTIONS).findFirst().orElseThrow().id();
        for (var action : actions.forReview(reviewItem)) {
            actions.review(action.id(), action.version(), reviewItem,
                    action.status() == ActionStatus.GEREED ? ReviewOutcome.GEREED : ReviewOutcome.LOOPT_DOOR, null);
            versions.put(action.id(), action.version() + 1);
        }
    }

    /**
     * One or two actions on a case, done on time (mostly) or late by the chair's record; an
     * overdue case gets one for its partner without a demo login that stays open. Returns when the
     * last was done.
     */
    private Instant agree(DemoHistory history, DemoHistory.Table table, LocalDate day, long item, DemoHistory.Case c,
            Set<Long> taking, Instant limit, int k) {
        var facts = history.facts();
        List<Long> owners = new ArrayList<>(taking);
        owners.sort(null);
        Instant settled = day.atTime(table.end()).atZone(DutchTime.ZONE).toInstant();
        int count = facts.chance(10) ? 2 : 1;
        for (int i = 0; i < count; i++) {
            LocalDate deadline = day.plusDays(k == 1 ? facts.between(7, 14) : facts.between(7, 28));
            long owner = owners.get(facts.between(0, owners.size() - 1));
            long id = actions.add(item, new NewAction(owner, null, facts.action(), deadline));
            if (agreedVersion < 0) {
                agreedVersion = actions.find(id).version();
            }
            versions.put(id, agreedVersion);
            LocalDate doneOn = facts.chance(78) ? deadline.minusDays(facts.between(0, 6))
                    : deadline.plusDays(facts.between(1, 14));
            Instant done = doneOn.isAfter(day) ? doneOn.atTime(facts.between(9, 16), 30).atZone(DutchTime.ZONE)
                    .toInstant() : settled.plus(Duration.ofHours(20));
            Instant at = done.isAfter(limit) ? limit : done;
            history.at(at, () -> history.act(table.chair(),
                    () -> actions.setStatus(id, versions.get(id), ActionStatus.GEREED, null)));
            settled = at.isAfter(settled) ? at : settled;
        }
        if (c.overdue) {
            long owner = taking.stream().filter(table.overdueOwners()::contains).findFirst().orElseThrow();
            actions.add(item, new NewAction(owner, null, facts.action(), day.plusDays(facts.between(7, 12))));
        }
        return settled;
    }

    /**
     * Which session's first case is a pseudonymous young person: at each session of
     * {@code comesBack}, and again about half a year later (a herhaalde casus).
     */
    private static Map<Integer, IdentifyingData> pseudonyms(DemoHistory.Table table, LocalDate today, int firstName) {
        Map<Integer, IdentifyingData> people = new LinkedHashMap<>();
        int gap = Math.max(1, 168 / table.everyDays());
        for (int i = 0; i < table.comesBack().size(); i++) {
            int k = table.comesBack().get(i);
            var person = new IdentifyingData(PSEUDONYMS[firstName + i],
                    today.minusDays((long) k * table.everyDays()).minusYears(14 + i % 3).minusDays(37L * i), null, null);
            people.put(k, person);
            people.put(k - gap, person);
        }
        return people;
    }
}
