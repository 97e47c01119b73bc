package nl.zorgtafel.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CloseReason;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LivingSituation;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.RouteMilestone;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;

/**
 * The made-up facts of the demo history's cases, drawn from one seeded {@link Random} so every
 * demo start gets the same history: forms, ages, genders, vulnerabilities (about a third with an
 * LVB), roles, online component, and short generic texts without names.
 */
final class DemoHistoryIntakes {

    private static final String[] SIGNALS = {
        "Jongere heeft sinds kort veel geld en nieuwe kleding; de herkomst is onduidelijk.",
        "Wordt 's avonds opgehaald door oudere jongens en is dan onbereikbaar.",
        "Verzuimt school en lijkt klusjes te doen voor een groep in de wijk.",
        "Contact via sociale media met een onbekende volwassene die cadeaus stuurt.",
        "Werkt lange dagen zonder loon bij een kennis van de familie.",
        "Is meermaals vermist geweest en komt terug met een tweede telefoon.",
        "Bankrekening van de jongere wordt door anderen gebruikt.",
        "Wordt onder druk gezet om pakketjes te bezorgen."};
    private static final String[] QUESTIONS = {
        "Wie spreekt de jongere, en wat weten de partners?",
        "Is er sprake van uitbuiting en wie pakt wat op?",
        "Hoe maken we samen een veiligheidsplan?",
        "Wie neemt contact op met de ouders, en is een melding nodig?"};
    private static final String[] ACTIONS = {
        "Gesprek met de jongere over veiligheid",
        "Contact opnemen met school en mentor",
        "Veiligheidsplan opstellen met de jongere",
        "Informatie delen met de wijkagent",
        "Hulp bij schulden regelen",
        "Ouders informeren en betrekken",
        "Passende dagbesteding zoeken",
        "Advies vragen aan Veilig Thuis"};
    private static final LivingSituation[] LIVING = LivingSituation.values();
    private static final String[] DAYTIME = {"VMBO", "Praktijkonderwijs", "MBO", "Geen dagbesteding", "HAVO"};

    private final Random random;

    DemoHistoryIntakes(Random random) {
        this.random = random;
    }

    /** An anonymous intake in one (sometimes two) of the table's municipalities. */
    CaseIntake anonymous(List<Long> municipalities) {
        int age = pick(new Integer[] {11, 13, 14, 15, 16, 17, 18, 19}, 3, 10, 14, 18, 20, 20, 9, 6);
        return intake(false, age, municipalities, null, null);
    }

    /** A named intake of a pseudonymous young person (vitaal belang), e.g. for a herhaalde casus. */
    CaseIntake named(List<Long> municipalities, IdentifyingData person) {
        return intake(true, null, municipalities, LegalBasis.VITAAL_BELANG, person);
    }

    private CaseIntake intake(boolean named, Integer age, List<Long> municipalities, LegalBasis basis,
            IdentifyingData person) {
        Set<Long> where = new java.util.HashSet<>(Set.of(pick(municipalities.toArray(Long[]::new), weights(municipalities))));
        if (chance(6)) {
            where.add(municipalities.get(random.nextInt(municipalities.size())));
        }
        ExploitationForm form = pick(ExploitationForm.values(), 34, 34, 11, 13, 8);
        Set<ExploitationForm> forms = EnumSet.of(form);
        if (chance(20)) {
            forms.add(pick(ExploitationForm.values(), 3, 3, 1, 2, 0));
        }
        String gender = pick(new String[] {"meisje", "jongen", "non-binair", null}, 50, 42, 3, 5);
        Boolean online = pick(new Boolean[] {true, false, null}, 45, 45, 10);
        return new CaseIntake(null, 0, named, chance(30) ? Urgency.HOOG : Urgency.NORMAAL,
                pick(YoungPersonRole.values(), 64, 15, 21), age, null, gender, where,
                LIVING[random.nextInt(LIVING.length)], DAYTIME[random.nextInt(DAYTIME.length)], forms, online,
                vulnerabilities(), SIGNALS[random.nextInt(SIGNALS.length)],
                QUESTIONS[random.nextInt(QUESTIONS.length)], Set.of(), true, null, true, null,
                "Wil er wel over praten, maar niet alles tegelijk.", basis, null, null, null, person);
    }

    /** About a quarter with a suspected LVB and an eighth with an established one. */
    private Set<Vulnerability> vulnerabilities() {
        Set<Vulnerability> found = EnumSet.noneOf(Vulnerability.class);
        int lvb = random.nextInt(100);
        if (lvb < 25) {
            found.add(Vulnerability.LVB_VERMOED);
        } else if (lvb < 37) {
            found.add(Vulnerability.LVB_VASTGESTELD);
        }
        Vulnerability[] others = {Vulnerability.PSYCHISCHE_PROBLEMATIEK, Vulnerability.VERSLAVING_MIDDELENGEBRUIK,
            Vulnerability.EERDER_SEKSUEEL_GEWELD, Vulnerability.WEGLOPEN_VERMISSING,
            Vulnerability.JEUGDHULP_MET_VERBLIJF, Vulnerability.ZONDER_VERBLIJFSSTATUS, Vulnerability.SCHULDEN};
        int[] percent = {22, 25, 10, 28, 18, 4, 20};
        for (int i = 0; i < others.length; i++) {
            if (chance(percent[i])) {
                found.add(others[i]);
            }
        }
        return found;
    }

    /** A route step reached on {@code day}, or none (about half the cases record one). */
    List<RouteMilestone> milestones(LocalDate day) {
        List<RouteMilestone> reached = new ArrayList<>();
        if (chance(28)) {
            reached.add(milestone(Milestone.MELDING_VEILIG_THUIS, null, day));
        }
        if (chance(20)) {
            reached.add(milestone(Milestone.MELDING_POLITIE_AVIM, null, day));
        }
        if (chance(12)) {
            reached.add(milestone(Milestone.MELDING_COMENSHA, chance(70) ? "MET_TOESTEMMING" : "ZONDER_TOESTEMMING",
                    day));
        }
        if (chance(14)) {
            reached.add(milestone(Milestone.AANGIFTE, pick(new String[] {"GEDAAN", "OVERWOGEN", "NIET_GEDAAN"}, 6, 3, 2),
                    day));
        }
        if (chance(15)) {
            reached.add(milestone(Milestone.VEILIGHEIDSPLAN, null, day));
        }
        return reached;
    }

    private static RouteMilestone milestone(Milestone milestone, String variant, LocalDate day) {
        return new RouteMilestone(null, milestone, variant, day, null, null, null);
    }

    String action() {
        return ACTIONS[random.nextInt(ACTIONS.length)];
    }

    CloseReason closeReason() {
        return pick(CloseReason.values(), 45, 35, 20);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** The first municipality (the central town) twice as often as each other. */
    private static int[] weights(List<Long> municipalities) {
        int[] w = new int[municipalities.size()];
        java.util.Arrays.fill(w, 1);
        w[0] = 2;
        return w;
    }

    private <T> T pick(T[] values, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }
}
