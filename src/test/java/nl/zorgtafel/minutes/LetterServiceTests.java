package nl.zorgtafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * The chair's B1 letter on a real database (H2 and MariaDB): the young person's name only for a
 * named case the chair may see (audited), "Beste," otherwise; the actions with "uiterlijk", the
 * verantwoordelijke partner's contact person with a phone number; never the inbreng.
 */
abstract class LetterServiceTests {

    private static final String NAME = "Zofia Wiśniewska";
    private static final String INBRENG = "Melding over een oudere vriend met een witte auto";
    private static final String DECISION = "Politie en jeugdhulp trekken samen op";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    @Autowired
    LetterService letters;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;
    @Autowired
    AgendaService agendas;
    @Autowired
    CaseService cases;
    @Autowired
    IntakeService intakes;
    @Autowired
    LifecycleService lifecycle;
    @Autowired
    AuditService audit;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;

    private SessionFixture.Session session;
    private long namedCase;
    private long namedItem;
    private final LocalDate talk = TestData.today().plusDays(7);
    private final LocalDate school = TestData.today().plusDays(21);

    @BeforeEach
    void aHeldSessionWithANamedAndAnAnonymousCase() {
        session = fixture.create();
        testData.signCovenant(session.tableId(), session.youth());
        // The youth care organisation's vaste contactpersonen: one without a phone (older), one with.
        testData.contactPerson("Kees Zonder", session.youth(), null);
        testData.contactPerson("Sanne Smit", session.youth(), "06-12345678");
        namedCase = named();
        testData.signIn(session.chair());
        namedItem = agendas.addCase(session.meetingId(), namedCase, AgendaBlock.NEW_CASES, 15,
                Set.of(session.youth(), session.avim(), session.college()), Set.of());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        for (long item : new long[] {namedItem, session.caseItemId()}) {
            live.addNote(item, NoteKind.INBRENG, session.avim(), INBRENG + ".");
            live.addNote(item, NoteKind.BESLUIT, null, DECISION + ".");
            actions.add(item, new NewAction(session.avim(), null, "Praat met je over je nieuwe telefoon", talk));
        }
        // The school takes part in the named case only; in the other the youth care acts.
        actions.add(namedItem, new NewAction(session.college(), null, "Zoekt met je uit welke lessen je kunt volgen",
                school));
        actions.add(session.caseItemId(), new NewAction(session.youth(), null, "Zoekt met je een sport uit", school));
        live.end(session.meetingId());
    }

    private long named() {
        testData.signIn(session.youthCare());
        long id = intakes.saveAndSubmit(new CaseIntake(null, 0, true, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, LegalBasis.VITAAL_BELANG, null, null, null,
                new IdentifyingData(NAME, LocalDate.of(2010, 3, 7), "Geheimstraat 9", null)));
        testData.signIn(session.chair());
        lifecycle.decide(id, cases.open(id).intake().version(), TriageDecision.AGENDEREN, null, null);
        return id;
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void a_named_case_greets_the_young_person_by_name_when_the_chair_may_see_it_and_each_showing_is_audited()
            throws Exception {
        testData.signCovenant(session.tableId(), testData.organisationIdOf(session.chair()));
        testData.signIn(session.chair());
        int before = identifyingViews();

        var letter = letters.letter(namedItem);
        assertThat(letter.greeting()).isEqualTo("Beste " + NAME + ",");
        assertThat(letter.text()).doesNotContain(NAME).doesNotContain("Zofia");
        assertThat(identifyingViews()).isEqualTo(before + 1);

        String pdf = MinutesServiceTest.text(letters.letterPdf(namedItem));
        assertThat(pdf).contains("Wat we hebben afgesproken").contains("Beste " + NAME + ",")
                .doesNotContain("Geheimstraat").doesNotContain("2010");
        assertThat(identifyingViews()).isEqualTo(before + 2);
    }

    @Test
    void a_chair_whose_organisation_did_not_sign_the_covenant_writes_beste_alone_and_the_refusal_is_audited() {
        testData.signIn(session.chair());
        int denied = audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", namedCase), 10_000);

        assertThat(letters.letter(namedItem).greeting()).isEqualTo("Beste,");
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", namedCase), 10_000))
                .isEqualTo(denied + 1);
        assertThat(identifyingViews()).isZero();
    }

    @Test
    void an_anonymous_case_gets_beste_alone() {
        testData.signCovenant(session.tableId(), testData.organisationIdOf(session.chair()));
        testData.signIn(session.chair());

        var letter = letters.letter(session.caseItemId());
        assertThat(letter.greeting()).isEqualTo("Beste,");
        assertThat(letter.text()).contains("Dit hebben we afgesproken:");
    }

    @Test
    void the_draft_has_the_actions_by_when_and_the_partners_contact_person_in_plain_words_and_never_the_inbreng()
            throws Exception {
        testData.signIn(session.chair());

        String named = letters.letter(namedItem).text();
        String anonymous = letters.letter(session.caseItemId()).text();
        assertThat(named).contains("- Je school: Zoekt met je uit welke lessen je kunt volgen. Dit gebeurt uiterlijk "
                + DAY.format(school) + ".");
        assertThat(anonymous).contains("- De jeugdhulp: Zoekt met je een sport uit. Dit gebeurt uiterlijk "
                + DAY.format(school) + ".");
        for (String text : new String[] {named, anonymous}) {
            assertThat(text)
                    .contains("- De politie: Praat met je over je nieuwe telefoon. Dit gebeurt uiterlijk "
                            + DAY.format(talk) + ".")
                    .contains("Sanne Smit van de jeugdhulp neemt contact met je op.")
                    .contains("Het telefoonnummer van Sanne Smit is 06-12345678.")
                    .doesNotContain("Kees Zonder").doesNotContain(INBRENG).doesNotContain(DECISION);
            LetterDraftTest.assertReadable(text);
        }
        byte[] pdf = letters.letterPdf(namedItem);
        assertThat(MinutesServiceTest.text(pdf)).contains("uiterlijk").doesNotContain(INBRENG)
                .doesNotContain(DECISION);
        PdfAConformanceTest.assertCompliant(pdf);
    }

    @Test
    void the_chairs_saved_text_is_kept_and_the_greeting_is_added_afresh() throws Exception {
        testData.signCovenant(session.tableId(), testData.organisationIdOf(session.chair()));
        testData.signIn(session.chair());
        letters.saveLetter(namedItem, 0, "Op maandag praten we met je.\n\nGroet,\nVera");

        var letter = letters.letter(namedItem);
        assertThat(letter.version()).isEqualTo(1);
        assertThat(letter.text()).isEqualTo("Op maandag praten we met je.\n\nGroet,\nVera");
        assertThat(letter.greeting()).isEqualTo("Beste " + NAME + ",");
        assertThat(MinutesServiceTest.text(letters.letterPdf(namedItem))).contains("Beste " + NAME + ",")
                .contains("Op maandag praten we met je.");
    }

    @Test
    void only_the_chair_drafts_saves_or_downloads_a_letter() {
        for (String other : new String[] {session.secretary(), session.police()}) {
            testData.signIn(other);
            assertThatThrownBy(() -> letters.letter(namedItem)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> letters.letterPdf(namedItem)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> letters.saveLetter(namedItem, 0, "Tekst"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private int identifyingViews() {
        return audit.countUpTo(new AuditFilter(null, AuditKind.IDENTIFYING_DATA_VIEWED, null, null, "case_file",
                namedCase), 10_000);
    }
}
