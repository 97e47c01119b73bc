package nl.zorgtafel.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.security.core.userdetails.UserDetailsService;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.minutes.LetterService;
import nl.zorgtafel.minutes.MinutesService;
import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.meeting.RsvpService;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.InvitationService;
import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.Organisation;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.SystemTasks;

/**
 * Seeds a demo installation once (skipped when it exists): two tables with their own
 * municipalities, partners and covenants, so the separation between tables is visible. All
 * names are fictional. The shared demo password is documented in the README and exists in
 * this profile only.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_TABLE = "Zorgtafel Mensenhandel Demo-regio";
    static final String NEIGHBOUR_TABLE = "Zorgtafel Mensenhandel Kustregio";
    static final String DEMO_PASSWORD = "demo-zorgtafel";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final LocalDate COVENANT_DATE = LocalDate.of(2025, 3, 1);
    private static final String STATEMENT = """
            Wat aan deze tafel wordt besproken is vertrouwelijk. Ik deel alleen wat nodig is voor \
            de besproken casus, gebruik informatie van anderen alleen voor het afgesproken doel en \
            verspreid niets buiten dit overleg, tenzij de verantwoordelijke partner daartoe besluit.""";

    private final CareTableService tables;
    private final OrganisationService organisations;
    private final DemoPeople demoPeople;
    private final DemoRetention demoRetention;
    private final TransactionTemplate transaction;
    private final SystemTasks systemTasks;
    private final DemoCases demoCases;
    private final DemoHistory demoHistory;
    private final UserDetailsService users;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final InvitationService invitations;
    private final LiveMeetingService live;
    private final nl.zorgtafel.live.AttendanceService attendance;
    private final ActionService actions;
    private final RsvpService rsvp;
    private final MinutesService minutes;
    private final LetterService letters;

    DemoDataSeeder(CareTableService tables, OrganisationService organisations, DemoPeople demoPeople,
            PlatformTransactionManager transactionManager, SystemTasks systemTasks,
            UserDetailsService users, MeetingService meetings,
            AgendaService agendas, InvitationService invitations, LiveMeetingService live, ActionService actions,
            RsvpService rsvp, MinutesService minutes, LetterService letters, DemoCases demoCases,
            nl.zorgtafel.live.AttendanceService attendance, DemoHistory demoHistory, DemoRetention demoRetention) {
        this.demoRetention = demoRetention;
        this.attendance = attendance;
        this.demoHistory = demoHistory;
        this.demoCases = demoCases;
        this.letters = letters;
        this.minutes = minutes;
        this.live = live;
        this.actions = actions;
        this.rsvp = rsvp;
        this.meetings = meetings;
        this.agendas = agendas;
        this.invitations = invitations;
        this.users = users;
        this.tables = tables;
        this.organisations = organisations;
        this.demoPeople = demoPeople;
        this.transaction = new TransactionTemplate(transactionManager);
        this.systemTasks = systemTasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One transaction: the demo is seeded whole or not at all.
        systemTasks.asAdministrator(() -> transaction.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        long started = System.nanoTime();
        if (tables.careTableExists(DEMO_TABLE)) {
            LOG.info("Demo data present; nothing seeded");
            return;
        }
        Map<String, Long> place = new HashMap<>();
        for (String[] m : new String[][] {{"Demostad", "GM9901"}, {"Rivierdorp", "GM9902"}, {"Heidebeek", "GM9903"},
                {"Havenstad", "GM9911"}, {"Duinwijk", "GM9912"}}) {
            place.put(m[0], tables.createMunicipality(m[0], m[1]));
        }
        long demo = tables.save(new CareTableSettings(null, DEMO_TABLE, "DR", STATEMENT, 2, LocalTime.of(13, 0), 120,
                2, 2, 0, Set.of(place.get("Demostad"), place.get("Rivierdorp"), place.get("Heidebeek"))));
        long neighbour = tables.save(new CareTableSettings(null, NEIGHBOUR_TABLE, "BR", STATEMENT, 4,
                LocalTime.of(9, 30), 90, 4, 2, 0, Set.of(place.get("Havenstad"), place.get("Duinwijk"))));

        Map<String, Long> org = new HashMap<>();
        org.put("avim", organisation("Politie Eenheid Demoland — AVIM", OrganisationType.POLITIE_AVIM,
                "avim@politie.demo.example"));
        org.put("jeugdhulp", organisation("Jeugdhulp De Horizon (verblijf)", OrganisationType.JEUGDHULP,
                "zorgtafel@dehorizon.demo.example"));
        org.put("lvb", organisation("LVB-zorg Middenland", OrganisationType.LVB_ZORG,
                "zorgtafel@lvb-middenland.demo.example"));
        org.put("gemeente", organisation("Gemeente Demostad", OrganisationType.GEMEENTE,
                "zorgtafel@demostad.demo.example"));
        org.put("veiligthuis", organisation("Veilig Thuis Demo-regio", OrganisationType.VEILIG_THUIS,
                "advies@veiligthuis.demo.example"));
        org.put("zorgcoordinator", organisation("Zorgcoördinatie Mensenhandel Demo-regio",
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL, "zorgcoordinatie@demo.example"));
        org.put("school", organisation("Het Baken College", OrganisationType.ONDERWIJS,
                "zorgteam@hetbaken.demo.example"));
        org.put("om", organisation("Openbaar Ministerie Arrondissement Demoland", OrganisationType.OPENBAAR_MINISTERIE,
                "mensenhandel@om.demo.example"));
        // The neighbouring region's own partners.
        org.put("havenstad", organisation("Gemeente Havenstad", OrganisationType.GEMEENTE,
                "zorgtafel@havenstad.demo.example"));
        org.put("kustzorg", organisation("Jeugdzorg Kust en Duin", OrganisationType.JEUGDHULP,
                "zorgtafel@kustenduin.demo.example"));

        for (String partner : List.of("avim", "jeugdhulp", "lvb", "gemeente", "veiligthuis", "zorgcoordinator", "om")) {
            tables.signCovenant(demo, org.get(partner), COVENANT_DATE);
        }
        // The school joins case by case and has not signed: it never sees identifying data.
        for (String partner : List.of("avim", "havenstad", "kustzorg", "zorgcoordinator")) {
            tables.signCovenant(neighbour, org.get(partner), COVENANT_DATE);
        }

        demoPeople.seed(org, demo, neighbour);
        // The past first, so today's cases come first in lists (newest id first) and keep their lifecycle.
        long historyStarted = System.nanoTime();
        int historic = demoHistory.seed(org, place);
        long historyMillis = (System.nanoTime() - historyStarted) / 1_000_000;
        demoRetention.seed(demo, org);
        // Today's cases and the session that discussed some of them happened a while ago, in that order.
        var start = heldSessionStart(ZonedDateTime.now(DutchTime.ZONE));
        var discussed = DemoClock.at(start.minusMinutes(30).toInstant(), () -> demoCases.seed(place));
        HeldSession held = seedHeldSession(org, discussed, place, start);
        // The coming sessions are led by the demo's chair with the demo's secretary taking minutes.
        List<Long> sessions = as("voorzitter", () -> {
            var leads = meetings.leads();
            Long chair = leads.stream().filter(l -> l.name().startsWith("Vera")).map(l -> l.personId()).findFirst()
                    .orElse(null);
            Long secretary = leads.stream().filter(l -> !Long.valueOf(l.personId()).equals(chair))
                    .map(l -> l.personId()).findFirst().orElse(null);
            return meetings.planSeries(LocalDate.now(DutchTime.ZONE).plusDays(1), 6, Set.of(), new MeetingPlan(null, 0,
                    MeetingKind.REGULIER, null, null, null, "Stadskantoor Demostad, zaal 3", null, chair, secretary));
        });
        seedFirstSession(sessions.getFirst(), org.get("school"));
        seedMinutes(held.meetingId(), held.itemId());
        demoRetention.seedSubjectRequest(org);
        LOG.info("Demo data seeded: 2 tables, {} organisations, 7 demo accounts, 14 cases, 8 sessions and {} historic "
                + "cases in {} ms (history {} ms)", org.size(), historic, (System.nanoTime() - started) / 1_000_000,
                historyMillis);
    }

    /**
     * The first session gets the agendered cases with their deelnemers (the school's teacher joins
     * for the first one only), and its invitations (to the outbox).
     */
    private void seedFirstSession(long meetingId, long school) {
        as("voorzitter", () -> {
            // New cases only: the discussed ones stay in follow-up (their actions return in the review block).
            var schedulable = agendas.schedulableCases(meetingId).stream()
                    .filter(c -> c.status() == nl.zorgtafel.casefile.CaseStatus.GEAGENDEERD).toList();
            boolean first = true;
            for (var c : schedulable) {
                var organisations = new java.util.HashSet<>(c.proposedParticipants());
                Set<Long> people = Set.of();
                if (first) {
                    organisations.add(school);
                    people = agendas.peopleOf(Set.of(school)).stream().map(p -> p.personId())
                            .collect(java.util.stream.Collectors.toSet());
                    first = false;
                }
                agendas.addCase(meetingId, c.caseFileId(), AgendaBlock.NEW_CASES, 15, organisations, people);
            }
            return invitations.sendInvitations(meetingId);
        });
    }

    /**
     * A session held earlier today ({@link #heldSessionStart}): the named case discussed live, with
     * attendance, inbreng per partij, a decision and actions per party. Its open actions return in the
     * next session's review block and fill everyone's Mijn acties.
     */
    private HeldSession seedHeldSession(Map<String, Long> org, DemoCases.ForSession discussed, Map<String, Long> place,
            ZonedDateTime start) {
        // Planned a moment before it began and held on the demo clock: past whenever the demo is seeded.
        HeldSession held = DemoClock.at(start.minusMinutes(5).toInstant(), () -> holdSession(org, discussed, start));
        // Sem's action is done: the chair closes his case, and a new signal brings him back (herhaalde casus).
        as("jeugdzorg", () -> {
            actions.setStatus(held.shelterAction(), actions.find(held.shelterAction()).version(), ActionStatus.GEREED,
                    null);
            return null;
        });
        demoCases.closeAndRepeat(discussed.toClose(), place);
        demoCases.seedSignals(discussed.followUp());
        demoCases.seedConcerns(discussed.followUp());
        return held;
    }

    /**
     * The held session began 100 minutes ago, so it ended before now and on today's date; seeded just
     * after midnight, yesterday evening instead (a session never runs past midnight).
     */
    static ZonedDateTime heldSessionStart(ZonedDateTime now) {
        var start = now.truncatedTo(ChronoUnit.MINUTES).minusMinutes(100);
        return start.toLocalDate().equals(now.toLocalDate()) ? start : start.with(LocalTime.of(19, 0));
    }

    /** The held session, Mila's item on it, and Sem's action (done after the session). */
    private record HeldSession(long meetingId, long itemId, long shelterAction) {
    }

    /** Plans, holds and ends the session. */
    private HeldSession holdSession(Map<String, Long> org, DemoCases.ForSession discussed, ZonedDateTime start) {
        long meetingId = as("voorzitter", () -> meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA,
                start.toLocalDate(), start.toLocalTime(), start.toLocalTime().plusMinutes(90),
                "Stadskantoor Demostad, zaal 2", null, null, null)));
        var deelnemers = Set.of(org.get("avim"), org.get("jeugdhulp"), org.get("gemeente"));
        long itemId = as("voorzitter", () -> agendas.addCase(meetingId, discussed.followUp(), AgendaBlock.NEW_CASES,
                20, deelnemers, Set.of()));
        long semItem = as("voorzitter", () -> agendas.addCase(meetingId, discussed.toClose(), AgendaBlock.NEW_CASES,
                15, Set.of(org.get("jeugdhulp"), org.get("gemeente")), Set.of()));
        as("voorzitter", () -> {
            agendas.addCase(meetingId, discussed.discussedOnly(), AgendaBlock.NEW_CASES, 10,
                    Set.of(org.get("gemeente"), org.get("jeugdhulp")), Set.of());
            return invitations.sendInvitations(meetingId);
        });
        as("gemeente", () -> {
            rsvp.respond(meetingId, rsvp.mine(meetingId).orElseThrow().version(), Rsvp.AFWEZIG, true,
                    start.toLocalDate(), null);
            return null;
        });
        as("voorzitter", () -> {
            live.start(meetingId);
            live.accept(meetingId);
            // The youth worker who knows the girl best joins without an account and accepts aloud.
            attendance.addGuest(meetingId, "Ilse Ambulant", org.get("jeugdhulp"),
                    nl.zorgtafel.live.AcceptedHow.MONDELING);
            live.next(meetingId);
            live.next(meetingId);
            return null;
        });
        for (String attendee : List.of("secretaris", "politie", "jeugdzorg", "waarnemer")) {
            as(attendee, () -> {
                live.accept(meetingId);
                return null;
            });
        }
        as("politie", () -> live.addNote(itemId, NoteKind.INBRENG, org.get("avim"),
                "Aangetroffen bij een bekend drugspand; twee eerdere meldingen over dezelfde auto."));
        as("jeugdzorg", () -> live.addNote(itemId, NoteKind.INBRENG, org.get("jeugdhulp"),
                "Jongere vertrouwt haar mentor en wil praten over de schuld, niet over de auto."));
        as("voorzitter", () -> {
            live.addNote(itemId, NoteKind.INBRENG, org.get("gemeente"),
                    "Schriftelijke inbreng gemeente: schuldhulp kan binnen twee weken starten.");
            return live.addNote(itemId, NoteKind.BESLUIT, null,
                    "De jongere wordt als slachtoffer benaderd; politie en jeugdhulp voeren samen het gesprek.");
        });
        var today = LocalDate.now(DutchTime.ZONE);
        long police = as("politie", () -> actions.add(itemId, new NewAction(org.get("avim"),
                actions.peopleFor(itemId, org.get("avim")).stream().filter(p -> p.name().equals("Pieter Politie"))
                        .findFirst().map(ActionService.Colleague::personId).orElse(null),
                "Gesprek met de jongere samen met de mentor van De Horizon", today.plusDays(7))));
        long youth = as("jeugdzorg", () -> actions.add(itemId, new NewAction(org.get("jeugdhulp"), null,
                "Veiligheidsplan opstellen voor weekendverlof", today.plusDays(3))));
        as("voorzitter", () -> actions.add(itemId, new NewAction(org.get("gemeente"), null,
                "Aanmelding schuldhulpverlening regelen", today.plusDays(14))));
        as("jeugdzorg", () -> {
            actions.setStatus(youth, actions.find(youth).version(), ActionStatus.IN_UITVOERING, null);
            return null;
        });
        long shelter = as("jeugdzorg", () -> actions.add(semItem, new NewAction(org.get("jeugdhulp"), null,
                "Veilige slaapplek regelen en school informeren", today.plusDays(5))));
        as("voorzitter", () -> live.addNote(semItem, NoteKind.BESLUIT, null,
                "Jeugdhulp regelt een veilige slaapplek; daarna kan de casus worden afgeschaald."));
        as("voorzitter", () -> {
            live.end(meetingId);
            return null;
        });
        LOG.debug("Demo session held with action {}", police);
        return new HeldSession(meetingId, itemId, shelter);
    }

    /**
     * The held session's minutes: the secretary's summary, version 1, and the chair's letter to Mila,
     * with the actions rewritten the way the chair would (the draft copies the partners' wording).
     */
    private void seedMinutes(long meetingId, long itemId) {
        as("secretaris", () -> {
            minutes.saveSummary(itemId, minutes.summary(itemId).version(), "De jongere zit vast in een schuld bij "
                    + "oudere jongens en wordt ingezet bij een drugspand. Zij wordt als slachtoffer gezien. Politie "
                    + "en jeugdhulp voeren samen het gesprek; de gemeente regelt schuldhulp.");
            return null;
        });
        as("voorzitter", () -> {
            var letter = letters.letter(itemId);
            letters.saveLetter(itemId, letter.version(), letter.text()
                    .replace("Gesprek met de jongere samen met de mentor van De Horizon",
                            "Ze praten met jou en je mentor")
                    .replace("Veiligheidsplan opstellen voor weekendverlof",
                            "Samen met jou een plan maken voor je weekend")
                    .replace("Aanmelding schuldhulpverlening regelen", "Hulp regelen bij je schulden"));
            return minutes.finalise(meetingId);
        });
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return systemTasks.as(users.loadUserByUsername(username), work);
    }

    private long organisation(String name, OrganisationType type, String email) {
        return organisations.save(new Organisation(null, name, type, email, null, null, true, 0));
    }
}
