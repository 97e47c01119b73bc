package nl.zorgtafel.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseSignal;
import nl.zorgtafel.casefile.CloseReason;
import nl.zorgtafel.casefile.Concern;
import nl.zorgtafel.casefile.ConcernBasis;
import nl.zorgtafel.casefile.ConcernKind;
import nl.zorgtafel.casefile.ConcernService;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ConsultationService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.LivingSituation;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.RiskAssessment;
import nl.zorgtafel.casefile.RouteMilestone;
import nl.zorgtafel.casefile.RegistrationBasis;
import nl.zorgtafel.casefile.RegistrationConsent;
import nl.zorgtafel.casefile.RegistrationService;
import nl.zorgtafel.casefile.RouteService;
import nl.zorgtafel.casefile.SafeContact;
import nl.zorgtafel.casefile.SafeContactService;
import nl.zorgtafel.casefile.SafeToCall;
import nl.zorgtafel.casefile.SignalKind;
import nl.zorgtafel.casefile.SignalService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.security.SystemTasks;

/**
 * The demo's cases, one in every lifecycle state, brought in and triaged by the demo accounts
 * themselves through the real services: a draft, waiting, in triage, returned with a question,
 * declined with advice, agendered, discussed in the held session (in opvolging, besproken, and
 * one closed after its action was done), a repeat of the closed one, a young person also known
 * at the neighbouring table, and a consent re-check now that a young person turned 16.
 * All names and facts are fictional.
 */
@Component
@Profile("demo")
class DemoCases {

    /** The cases the held session discusses. */
    record ForSession(long followUp, long toClose, long discussedOnly) {
    }

    private static final IdentifyingData MILA = new IdentifyingData("Mila Voorbeeld", LocalDate.of(2010, 2, 14),
            "Demostraat 12, Rivierdorp", null);
    private static final IdentifyingData SEM = new IdentifyingData("Sem de Proef", LocalDate.of(2009, 9, 30), null,
            null);

    private final IntakeService intakes;
    private final LifecycleService lifecycle;
    private final RouteService routes;
    private final CaseService cases;
    private final ConsultationService consultations;
    private final SystemTasks systemTasks;
    private final UserDetailsService users;

    private final RegistrationService registrations;
    private final SignalService signals;
    private final SafeContactService safeContacts;
    private final ConcernService concerns;

    DemoCases(IntakeService intakes, LifecycleService lifecycle, RouteService routes, CaseService cases,
            ConsultationService consultations, SystemTasks systemTasks, UserDetailsService users,
            RegistrationService registrations, SignalService signals, SafeContactService safeContacts,
            ConcernService concerns) {
        this.registrations = registrations;
        this.signals = signals;
        this.safeContacts = safeContacts;
        this.concerns = concerns;
        this.intakes = intakes;
        this.lifecycle = lifecycle;
        this.routes = routes;
        this.cases = cases;
        this.consultations = consultations;
        this.systemTasks = systemTasks;
        this.users = users;
    }

    /** Everything before the held session; returns the cases it will discuss. */
    ForSession seed(Map<String, Long> place) {
        as("jeugdzorg", () -> intakes.saveAndSubmit(anonymous(Urgency.HOOG, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                15, place.get("Demostad"), Set.of(ExploitationForm.SEKSUEEL),
                "Sinds twee maanden nieuwe kleding en een tweede telefoon. Komt na weekendverlof niet op tijd terug; "
                        + "wordt volgens groepsgenoten opgehaald door een oudere man in een witte auto.",
                "Wie weet meer over de man en de auto, en wie bespreekt veiligheid met de jongere?")));
        long mila = as("jeugdzorg", () -> intakes.saveAndSubmit(named(YoungPersonRole.BEIDE, place.get("Rivierdorp"),
                Set.of(ExploitationForm.CRIMINEEL, ExploitationForm.SEKSUEEL),
                "Politie trof de jongere aan bij een drugspand; zij zegt een schuld af te betalen. Veel lachgasgebruik.",
                "Hoe zorgen we dat zij als slachtoffer wordt gezien, en wie pakt de schulden op?", MILA,
                LegalBasis.VITAAL_BELANG, null, null)));
        long sem = as("jeugdzorg", () -> intakes.saveAndSubmit(named(YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                place.get("Demostad"), Set.of(ExploitationForm.ARBEID),
                "Werkt 's nachts in een afhaalzaak van een kennis van zijn oom, zonder loon; slaapt op school.",
                "Wie regelt een veilige plek en wie spreekt de werkgever aan?", SEM, LegalBasis.VITAAL_BELANG,
                null, null)));
        long discussedOnly = as("gemeente", () -> intakes.saveAndSubmit(anonymous(Urgency.NORMAAL,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 14, place.get("Heidebeek"),
                Set.of(ExploitationForm.OVERIG_ONBEKEND),
                "Jongere wordt vaak laat opgehaald door wisselende volwassenen; school maakt zich zorgen.",
                "Zijn er signalen bij andere partners?")));
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        // Turned 16 a few days ago; her mother consented months ago: consent must now come from her.
        var noor = new IdentifyingData("Noor Demo", today.minusYears(16).minusDays(3), null, null);
        long consent = as("jeugdzorg", () -> intakes.saveAndSubmit(named(YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                place.get("Demostad"), Set.of(ExploitationForm.SEKSUEEL),
                "Jongere deelt beelden met onbekende volwassenen via een game-chat; ouders maken zich zorgen.",
                "Wie bespreekt online veiligheid en wie meldt bij de politie?", noor, LegalBasis.TOESTEMMING,
                ConsentGiver.OUDER_VOOGD, today.minusMonths(3))));
        as("voorzitter", () -> {
            for (long id : new long[] {mila, sem, discussedOnly, consent}) {
                lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
            }
            return null;
        });
        seedTriage(place);
        as("jeugdzorg", () -> {
            routes.addRiskAssessment(mila, new RiskAssessment(null, "Ris-L", today.minusWeeks(3),
                    "Hoog risico op herhaling; beschermende factor: band met mentor.", "Gedragswetenschapper De Horizon"));
            routes.addMilestone(mila, new RouteMilestone(null, Milestone.MELDING_VEILIG_THUIS, null,
                    today.minusWeeks(2), null, null, "Advies gevraagd en melding gedaan."));
            // Registration with CoMensha: consent with name and date of birth, from whoever may give it at her age.
            LocalDate consentOn = today.minusWeeks(1);
            boolean sixteen = !MILA.dateOfBirth().plusYears(16).isAfter(consentOn);
            registrations.record(mila, new RegistrationConsent(RegistrationBasis.CONSENT,
                    sixteen ? ConsentGiver.JONGERE : ConsentGiver.OUDER_VOOGD, consentOn, true, null, 0, null));
            return null;
        });
        // The same young person is known at the neighbouring table: the demo chair learns only that.
        as("karim.kust", () -> intakes.saveAndSubmit(named(YoungPersonRole.BEIDE, null,
                Set.of(ExploitationForm.CRIMINEEL), "Gezien in Havenstad bij een pand waar drugs worden verhandeld.",
                "Is zij ook elders bekend?", MILA, LegalBasis.VITAAL_BELANG, null, null)));
        seedConsultations();
        return new ForSession(mila, sem, discussedOnly);
    }

    /** After the held session and its action done: the chair closes Sem's case, and he comes back. */
    void closeAndRepeat(long sem, Map<String, Long> place) {
        as("voorzitter", () -> {
            lifecycle.close(sem, version(sem), CloseReason.AFGESCHAALD);
            return null;
        });
        // Within twelve months of closing: the chair's Overzicht proposes re-aanmelding.
        as("jeugdzorg", () -> signals.record(sem, new CaseSignal.New(SignalKind.VERMISSING,
                LocalDate.now(DutchTime.ZONE).minusDays(1),
                "Twee nachten niet op de groep geweest; zegt bij de afhaalzaak te hebben geslapen.")));
        as("jeugdzorg", () -> intakes.saveAndSubmit(named(YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                place.get("Demostad"), Set.of(ExploitationForm.ARBEID, ExploitationForm.CRIMINEEL),
                "Sem is weer gezien bij de afhaalzaak en wordt nu ook gevraagd pakketjes te bezorgen.",
                "Opnieuw: wie spreekt hem, en is aangifte mogelijk?", SEM, LegalBasis.VITAAL_BELANG, null, null)));
    }

    /**
     * What the police share of Mila's case in their compartment: the man she is seen with is the one
     * the returned case keeps weapons for, typed differently ("B., Dino"): the cases are linked, youth
     * care and the municipality see only that, the chair sees the cluster.
     */
    void seedConcerns(long mila) {
        as("politie", () -> {
            concerns.record(mila, new Concern.New(ConcernKind.PERSOON, "B., Dino",
                    "Haalt haar op na school; vermoedelijk degene aan wie zij de 'schuld' afbetaalt.",
                    ConcernBasis.WPG_ARTIKEL_20));
            concerns.record(mila, new Concern.New(ConcernKind.VOERTUIG, "XK-472-B",
                    "Donkere Audi waarin zij op de parkeerplaats bij de snelweg werd aangetroffen.",
                    ConcernBasis.WPG_ARTIKEL_19));
            concerns.record(mila, new Concern.New(ConcernKind.ONLINE_ACCOUNT, "@snelgeld.rivierdorp",
                    "Snapchat-account dat haar werk aanbood.", ConcernBasis.WPG_ARTIKEL_20));
            return null;
        });
    }

    /** What the partners each saw of Mila over the weeks, on her case's timeline, and her safe contact. */
    void seedSignals(long mila) {
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        as("politie", () -> signals.record(mila, new CaseSignal.New(SignalKind.POLITIEREGISTRATIE, today.minusWeeks(5),
                "Aangetroffen in een auto met twee volwassen mannen op een parkeerplaats bij de snelweg, 02.00 uur.")));
        as("gemeente", () -> signals.record(mila, new CaseSignal.New(SignalKind.SCHOOLVERZUIM, today.minusWeeks(4),
                "Leerplicht: 11 dagen ongeoorloofd verzuim in zes weken, vooral maandagen.")));
        as("jeugdzorg", () -> signals.record(mila, new CaseSignal.New(SignalKind.GELD_OF_CADEAUS, today.minusDays(4),
                "Nieuwe sneakers en een tas van enkele honderden euro's; zegt die van een vriend te hebben.")));
        // How to reach her safely: for the deelnemers of her case only, never in minutes or letters.
        as("jeugdzorg", () -> {
            safeContacts.save(mila, new SafeContact(SafeToCall.NEE, "Niet bellen: haar telefoon wordt meegelezen.",
                    null, "Mentor op school", 0));
            return null;
        });
    }

    /**
     * A draft, an acute case waiting for triage (the chair's queue puts it first), a case in
     * triage, one returned with a question, and one declined with advice.
     */
    private void seedTriage(Map<String, Long> place) {
        as("politie", () -> intakes.save(anonymous(Urgency.NORMAAL, YoungPersonRole.VERMOEDELIJK_PLEGER, 17,
                place.get("Heidebeek"), Set.of(ExploitationForm.CRIMINEEL),
                "Jongen wordt ingezet als geldezel; rekening op zijn naam ontvangt grote bedragen.",
                "Concept: nog aanvullen na gesprek met wijkagent.")));
        as("jeugdzorg", () -> intakes.saveAndSubmit(anonymous(Urgency.ACUUT, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                14, place.get("Demostad"), Set.of(ExploitationForm.SEKSUEEL),
                "Meisje van 14 (politie is gebeld) wordt sinds vrijdag 's avonds opgehaald door wisselende mannen.",
                "Wie neemt vandaag contact op met school en ouders, en is een veilige plek nodig?")));
        long returned = as("politie", () -> intakes.saveAndSubmit(anonymous(Urgency.HOOG,
                YoungPersonRole.BEIDE, 16, place.get("Rivierdorp"), Set.of(ExploitationForm.CRIMINEEL),
                "Jongere bewaart wapens voor een groep oudere jongens en is twee keer aangehouden.",
                "Hoe voorkomen we dat hij alleen als verdachte wordt gezien?")));
        // The police compartment: who he keeps the weapons for. Mila's case will share the man (a hit).
        as("politie", () -> {
            concerns.record(returned, new Concern.New(ConcernKind.PERSOON, "Dino B.",
                    "Oudere jongen die de wapens laat bewaren; rijdt een donkere Audi.", ConcernBasis.WPG_ARTIKEL_20));
            concerns.record(returned, new Concern.New(ConcernKind.LOCATIE, "Kruidenlaan 14, Rivierdorp",
                    "Pand waar de groep samenkomt.", ConcernBasis.WPG_ARTIKEL_20));
            return null;
        });
        long inTriage = as("gemeente", () -> intakes.saveAndSubmit(anonymous(Urgency.NORMAAL,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, place.get("Demostad"), Set.of(ExploitationForm.FINANCIEEL),
                "Jongere sluit telefoonabonnementen af voor een 'vriend' en heeft schulden.", "Wie kan dit oppakken?")));
        long declined = as("gemeente", () -> intakes.saveAndSubmit(anonymous(Urgency.NORMAAL,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 13, place.get("Demostad"), Set.of(ExploitationForm.OVERIG_ONBEKEND),
                "School meldt verzuim en zorgen over thuissituatie; geen signalen van uitbuiting bekend.",
                "Moet dit aan de zorgtafel?")));
        as("voorzitter", () -> {
            lifecycle.decide(returned, version(returned), TriageDecision.MEER_INFORMATIE_NODIG,
                    "Is er al contact met de jeugdreclassering, en wat zegt de jongere zelf?", null);
            lifecycle.startTriage(inTriage, version(inTriage));
            lifecycle.decide(declined, version(declined), TriageDecision.AFWIJZEN,
                    "Geen signalen van uitbuiting; zorgen over de thuissituatie.", "Meld bij Veilig Thuis.");
            return null;
        });
    }

    /** One meedenkconsult answered, one waiting for the chair. */
    private void seedConsultations() {
        long answered = as("gemeente", () -> consultations.ask(
                "Een wijkteam ziet een jongen van 14 die steeds pakketjes rondbrengt voor oudere jongens. "
                        + "Is dit iets voor de zorgtafel of eerst voor Veilig Thuis?"));
        as("voorzitter", () -> {
            consultations.answer(answered, consultations.visible().stream().filter(c -> c.id() == answered)
                    .findFirst().orElseThrow().version(), "Dit kan op criminele uitbuiting wijzen. Bespreek het met "
                    + "de wijkagent en breng het in als anonieme casus; bij acuut gevaar altijd 112.");
            return null;
        });
        as("politie", () -> consultations.ask("Een meisje van 15 heeft via sociale media contact met een man die "
                + "haar cadeaus stuurt. Bespreken we dit anoniem of wachten we op meer signalen?"));
    }

    private int version(long caseId) {
        return cases.open(caseId).intake().version();
    }

    private <T> T as(String username, Supplier<T> work) {
        return systemTasks.as(users.loadUserByUsername(username), work);
    }

    private static CaseIntake anonymous(Urgency urgency, YoungPersonRole role, int age, Long municipality,
            Set<ExploitationForm> forms, String signals, String question) {
        return new CaseIntake(null, 0, false, urgency, role, age, null, null, Set.of(municipality),
                LivingSituation.JEUGDHULP_MET_VERBLIJF, "Praktijkonderwijs", forms, true,
                Set.of(Vulnerability.LVB_VERMOED, Vulnerability.WEGLOPEN_VERMISSING), signals, question, Set.of(), true,
                null, true, null, "Wil hulp, maar is bang voor de gevolgen.", null, null, null, null, null);
    }

    private static CaseIntake named(YoungPersonRole role, Long municipality, Set<ExploitationForm> forms,
            String signals, String question, IdentifyingData person, LegalBasis basis, ConsentGiver consentBy,
            LocalDate consentDate) {
        return new CaseIntake(null, 0, true, Urgency.HOOG, role, null, null, null,
                municipality == null ? Set.of() : Set.of(municipality), LivingSituation.THUIS, "VMBO", forms, true,
                Set.of(Vulnerability.VERSLAVING_MIDDELENGEBRUIK, Vulnerability.SCHULDEN), signals, question, Set.of(),
                true, null, false, "Vader mogelijk betrokken bij de uitbuiting",
                "Wil hulp, maar is bang voor de gevolgen.", basis, null, consentBy, consentDate, person);
    }
}
