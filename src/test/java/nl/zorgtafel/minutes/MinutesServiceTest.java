package nl.zorgtafel.minutes;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.NoteKind;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/** Minutes: versions, per-recipient copies, anonymisation, fonts and PDF/A, read back with PDFBox. */
@H2Test
class MinutesServiceTest {

    private static final String POLISH = "Zofia Wiśniewska-Łęcka";
    private static final String ARABIC = "ليلى الحسن";
    private static final LocalDate BORN = LocalDate.of(2010, 3, 7);
    private static final String ADDRESS = "Geheimstraat 9, Rivierdorp";

    @Autowired
    MinutesService minutes;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;
    @Autowired
    AgendaService agendas;
    @Autowired
    CaseService cases;
    @Autowired
    nl.zorgtafel.casefile.IntakeService intakes;
    @Autowired
    nl.zorgtafel.casefile.LifecycleService lifecycle;
    @Autowired
    org.jooq.DSLContext dsl;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;

    private SessionFixture.Session session;
    private long polish;
    private long polishItem;
    private String polishCode;
    private String youthOnlyCode;

    @BeforeEach
    void aHeldSession() {
        session = fixture.create();
        testData.signCovenant(session.tableId(), session.youth());
        testData.signCovenant(session.tableId(), session.avim());
        polish = named(POLISH);
        long youthOnly = fixture.agendered(session.youthCare(), session.chair());
        testData.signIn(session.chair());
        polishItem = agendas.addCase(session.meetingId(), polish, AgendaBlock.NEW_CASES, 15,
                Set.of(session.youth(), session.avim()), Set.of());
        long youthOnlyItem = agendas.addCase(session.meetingId(), youthOnly, AgendaBlock.FOLLOW_UP, 15,
                Set.of(session.youth()), Set.of());
        polishCode = cases.open(polish).code();
        youthOnlyCode = cases.open(youthOnly).code();
        live.start(session.meetingId());
        live.accept(session.meetingId());
        live.addNote(polishItem, NoteKind.INBRENG, session.avim(),
                "Melding over " + POLISH + ", geboren 07-03-2010, wonend Geheimstraat 9.");
        live.addNote(polishItem, NoteKind.BESLUIT, null, "Politie en jeugdhulp gaan samen in gesprek.");
        actions.add(polishItem, new NewAction(session.avim(), null, "Gesprek met de jongere", TestData.today()
                .plusDays(7)));
        live.addNote(youthOnlyItem, NoteKind.INBRENG, session.youth(), "Alleen voor jeugdhulp bestemd.");
        testData.signIn(session.chair());
        var summary = minutes.summary(polishItem);
        minutes.saveSummary(polishItem, summary.version(), "Zorgen over uitbuiting; samen optrekken.");
        live.end(session.meetingId());
    }

    private int audited(AuditKind kind) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(kind).and(AUDIT_ENTRY.OBJECT_TYPE.eq("case_file"))
                .and(AUDIT_ENTRY.OBJECT_ID.eq(polish)));
    }

    private long named(String name) {
        testData.signIn(session.youthCare());
        long id = intakes.saveAndSubmit(new CaseIntake(null, 0, true, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, LegalBasis.VITAAL_BELANG, null, null, null, new IdentifyingData(name, BORN, ADDRESS, null)));
        testData.signIn(session.chair());
        lifecycle.decide(id, cases.open(id).intake().version(), TriageDecision.AGENDEREN, null, null);
        return id;
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void definitief_freezes_a_version_and_a_correction_makes_the_next_one_keeping_the_first() throws Exception {
        testData.signIn(session.secretary());
        assertThatThrownBy(() -> minutes.finalise(session.meetingId())).isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.chair());
        assertThat(minutes.finalise(session.meetingId())).isEqualTo(1);
        assertThatThrownBy(() -> minutes.finalise(session.meetingId())).isInstanceOf(FieldRefusal.class);

        var summary = minutes.summary(polishItem);
        minutes.saveSummary(polishItem, summary.version(), "Gecorrigeerd: ook school betrekken.");
        // What happens after definitief (an action is done) does not slip into a correction.
        testData.signIn(session.police());
        var action = actions.mine(0, 10).getFirst();
        actions.setStatus(action.id(), action.version(), nl.zorgtafel.action.ActionStatus.GEREED, null);
        testData.signIn(session.chair());
        assertThatThrownBy(() -> minutes.correct(session.meetingId(), " ")).isInstanceOf(FieldRefusal.class)
                .hasMessageContaining("minutes.rule.reason");
        assertThat(minutes.correct(session.meetingId(), "Samenvatting aangevuld")).isEqualTo(2);

        assertThat(minutes.versions(session.meetingId())).extracting(MinutesVersion::number).containsExactly(2, 1);
        assertThat(minutes.versions(session.meetingId()).getFirst().reason()).isEqualTo("Samenvatting aangevuld");
        assertThat(text(minutes.pdf(session.meetingId(), 1, Variant.VOLLEDIG)))
                .contains("Zorgen over uitbuiting").doesNotContain("Gecorrigeerd");
        assertThat(text(minutes.pdf(session.meetingId(), 2, Variant.VOLLEDIG))).contains("Gecorrigeerd")
                .doesNotContain("Gereed");
        testData.signIn(session.police());
        assertThat(minutes.versions(session.meetingId())).extracting(MinutesVersion::reason).containsOnlyNulls();
    }

    @Test
    void each_recipient_gets_only_their_case_items_with_their_name_on_every_page() throws Exception {
        testData.signIn(session.chair());
        minutes.finalise(session.meetingId());

        testData.signIn(session.police());
        int namesShown = audited(AuditKind.IDENTIFYING_DATA_VIEWED);
        int casesOpened = audited(AuditKind.CASE_VIEWED);
        byte[] police = minutes.pdf(session.meetingId(), 1, Variant.VOLLEDIG);
        // The name printed is audited as shown; the case file itself was not opened.
        assertThat(audited(AuditKind.IDENTIFYING_DATA_VIEWED)).isEqualTo(namesShown + 1);
        assertThat(audited(AuditKind.CASE_VIEWED)).isEqualTo(casesOpened);
        List<String> pages = pages(police);
        String all = String.join("\n", pages);
        assertThat(all).contains(polishCode).contains(POLISH).contains("Inbreng per partij")
                .contains("Politie en jeugdhulp gaan samen in gesprek").contains("Gesprek met de jongere")
                .contains("Zorgen over uitbuiting").contains("Aanwezigheid").contains("Geheimhoudingsverklaring")
                .contains("Terugblik op acties").contains("Volgende zitting")
                .doesNotContain(youthOnlyCode).doesNotContain("Alleen voor jeugdhulp bestemd");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("VERTROUWELIJK — niet verder verspreiden").contains("Verstrekt aan Politie")
                    .contains("pagina " + (i + 1) + " van " + pages.size());
        }

        testData.signIn(session.school());
        String school = text(minutes.pdf(session.meetingId(), 1, Variant.VOLLEDIG));
        assertThat(school).doesNotContain(polishCode).doesNotContain(youthOnlyCode).doesNotContain(POLISH)
                .contains("In dit exemplaar staan geen casussen");
    }

    @Test
    void the_next_sessions_minutes_show_the_review_of_earlier_actions_with_their_outcome() throws Exception {
        long next = fixture.laterSession(session, 7);
        testData.signIn(session.chair());
        // A second action, agreed just after the session, gets no outcome at the review.
        actions.add(polishItem, new NewAction(session.youth(), null, "Veiligheidsplan opstellen",
                TestData.today().plusDays(9)));
        long review = agendas.agenda(next).items().stream().filter(i -> i.block() == AgendaBlock.REVIEW_ACTIONS)
                .findFirst().orElseThrow().id();
        live.start(next);
        live.accept(next);
        var open = actions.forReview(review).stream().filter(a -> a.description().equals("Gesprek met de jongere"))
                .findFirst().orElseThrow();
        actions.review(open.id(), open.version(), review, nl.zorgtafel.action.ReviewOutcome.NIET_MOGELIJK,
                "Jongere verhuisd naar andere regio");
        live.end(next);
        minutes.finalise(next);

        String chair = text(minutes.pdf(next, 1, Variant.VOLLEDIG)).replaceAll("\\s*\\n", " ");
        assertThat(chair).contains("Veiligheidsplan opstellen").contains("geen uitkomst vastgelegd")
                .contains("Niet mogelijk (omstandigheden gewijzigd)");

        testData.signIn(session.police());
        // Table cells wrap; compare with line breaks taken out.
        String police = text(minutes.pdf(next, 1, Variant.VOLLEDIG)).replaceAll("\\s*\\n", " ");
        assertThat(police).contains("Terugblik op acties").contains(polishCode).contains("Gesprek met de jongere")
                .contains("Niet mogelijk (omstandigheden gewijzigd)").contains("Jongere verhuisd naar andere regio");
        testData.signIn(session.school());
        assertThat(text(minutes.pdf(next, 1, Variant.VOLLEDIG))).doesNotContain("Gesprek met de jongere")
                .contains("Geen acties om terug te blikken");
    }

    @Test
    void the_anonymised_copy_holds_no_name_date_of_birth_or_address_even_in_free_text() throws Exception {
        testData.signIn(session.chair());
        minutes.finalise(session.meetingId());
        testData.signIn(session.police());

        String anonymised = text(minutes.pdf(session.meetingId(), 1, Variant.GEANONIMISEERD));
        assertThat(anonymised).contains(polishCode).contains("Melding over [")
                .doesNotContain("Wiśniewska").doesNotContain("Zofia").doesNotContain("07-03-2010")
                .doesNotContain("Geheimstraat").doesNotContain("Rivierdorp");
        // Nor the names of people at the table, only their organisations.
        assertThat(anonymised).doesNotContain("Jeugdzorg,").contains("Geanonimiseerd verslag");
    }

    @Test
    void a_thirty_case_session_renders_and_arabic_and_polish_names_have_their_glyphs() throws Exception {
        testData.signIn(session.chair());
        minutes.finalise(session.meetingId());
        long arabic = named(ARABIC);
        long next = fixture.laterSession(session, 7);
        testData.signIn(session.chair());
        agendas.addCase(next, arabic, AgendaBlock.NEW_CASES, 5, Set.of(session.youth(), session.avim()), Set.of());
        for (int i = 0; i < 29; i++) {
            long extra = fixture.agendered(session.youthCare(), session.chair());
            testData.signIn(session.chair());
            agendas.addCase(next, extra, AgendaBlock.FOLLOW_UP, 5, Set.of(session.avim()), Set.of());
        }
        live.start(next);
        live.end(next);
        minutes.finalise(next);

        // The police signed the covenant and took part in all thirty: they see the names.
        testData.signIn(session.police());
        byte[] pdf = minutes.pdf(next, 1, Variant.VOLLEDIG);
        String all = text(pdf);
        assertThat(java.util.regex.Pattern.compile("[A-Z0-9]+-\\d{4}-\\d{4}").matcher(all).results().count())
                .isGreaterThanOrEqualTo(30);
        // Arabic is shaped and drawn right to left (PdfRendererBidiTest); copied out, the name reads as typed.
        assertThat(java.text.Normalizer.normalize(all, java.text.Normalizer.Form.NFKC)).contains(ARABIC);
        assertThat(text(minutes.pdf(session.meetingId(), 1, Variant.VOLLEDIG))).contains(POLISH);

        var dejaVu = org.apache.pdfbox.pdmodel.font.PDType0Font.load(new PDDocument(),
                getClass().getResourceAsStream("/fonts/DejaVuSans.ttf"));
        for (int codePoint : (ARABIC + POLISH).codePoints().filter(Character::isLetter).toArray()) {
            assertThat(dejaVu.hasGlyph(codePoint)).as(Character.getName(codePoint)).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                var font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void the_minutes_are_pdf_a_2u_by_vera_pdf_with_an_srgb_output_intent() throws Exception {
        testData.signIn(session.chair());
        minutes.finalise(session.meetingId());
        byte[] pdf = minutes.pdf(session.meetingId(), 1, Variant.VOLLEDIG);
        PdfAConformanceTest.assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).isNotNull();
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2").contains("pdfaid:conformance");
            var schema = new org.apache.xmpbox.xml.DomXmpParser().parse(metadata.toByteArray()).getPDFAIdentificationSchema();
            assertThat(schema.getPart()).isEqualTo(2);
            assertThat(schema.getConformance()).isEqualTo("U");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Verslag");
        }
    }

    static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
