package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** The CoMensha registration basis and draft through the service; runs on H2 and on MariaDB. */
abstract class RegistrationServiceTests {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Autowired
    RegistrationService registrations;
    @Autowired
    IntakeService intakes;
    @Autowired
    CaseService cases;
    @Autowired
    CaseRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    TestData testData;

    private String chair;
    private String youthCare;
    private String police;
    private String name;

    @BeforeEach
    void aTableWithPartners() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, coordination);
        testData.signCovenant(table, youth);
        testData.signCovenant(table, avim);
        chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        name = "Łucja Öztürk-" + TestData.unique("x");
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    /** A named case of a young person of {@code age} proposed by youth care, submitted. */
    private long proposeNamed(LocalDate born) {
        testData.signIn(youthCare);
        var intake = new CaseIntake(null, 0, true, Urgency.HOOG, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null, null,
                "meisje", Set.of(), LivingSituation.THUIS, null, Set.of(ExploitationForm.SEKSUEEL), true,
                Set.of(Vulnerability.LVB_VERMOED), "Nieuwe dure kleding.", "Wie pakt wat op?", Set.of(), true, null,
                true, null, null, LegalBasis.VITAAL_BELANG, null, null, null,
                new IdentifyingData(name, born, "Dorpsstraat 1", "123456782"));
        long id = intakes.save(intake);
        intakes.submit(id, repository.load(id).orElseThrow().intakeWithoutIdentifying().version());
        return id;
    }

    private static RegistrationConsent consent(ConsentGiver by, boolean identifying) {
        return new RegistrationConsent(RegistrationBasis.CONSENT, by, TestData.today().minusDays(1), identifying, null,
                0, null);
    }

    private String key(Runnable refused) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(CaseRuleException.class, refused::run);
        assertThat(thrown).as("refused").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain(name);
        return thrown.messageKey();
    }

    private long count(AuditKind kind, long caseId) {
        testData.signIn(chair);
        return audit.countUpTo(new AuditFilter(null, kind, null, null, "case_file", caseId), 10_000);
    }

    @Test
    void the_draft_is_refused_without_recorded_consent_or_basis_and_the_refusal_is_audited() {
        long id = proposeNamed(TestData.today().minusYears(17));

        assertThat(key(() -> registrations.draftPdf(id))).isEqualTo("comensha.rule.no-basis");

        assertThat(count(AuditKind.ACCESS_DENIED, id)).isEqualTo(1);
        assertThat(count(AuditKind.COMENSHA_DRAFT_PRODUCED, id)).isZero();
    }

    @Test
    void consent_below_16_comes_from_a_parent_or_guardian_and_from_16_from_the_young_person() {
        long fifteen = proposeNamed(TestData.today().minusYears(15));
        long seventeen = proposeNamed(TestData.today().minusYears(17));

        assertThat(key(() -> registrations.record(fifteen, consent(ConsentGiver.JONGERE, true))))
                .isEqualTo("comensha.rule.under-16");
        assertThat(key(() -> registrations.record(seventeen, consent(ConsentGiver.OUDER_VOOGD, true))))
                .isEqualTo("comensha.rule.from-16");

        registrations.record(fifteen, consent(ConsentGiver.OUDER_VOOGD, false));
        registrations.record(seventeen, consent(ConsentGiver.JONGERE, false));
        assertThat(cases.open(fifteen).registration().givenBy()).isEqualTo(ConsentGiver.OUDER_VOOGD);
    }

    @Test
    void registering_without_consent_needs_a_written_reason_and_stays_anonymous() throws Exception {
        long id = proposeNamed(TestData.today().minusYears(17));
        var withoutReason = new RegistrationConsent(RegistrationBasis.LAWFUL_WITHOUT_CONSENT, null, null, true, " ",
                0, null);
        assertThat(key(() -> registrations.record(id, withoutReason))).isEqualTo("comensha.rule.reason");

        registrations.record(id, new RegistrationConsent(RegistrationBasis.LAWFUL_WITHOUT_CONSENT, null, null, true,
                "Acuut gevaar, jongere onbereikbaar", 0, null));
        String text = ComenshaDraftPdfTest.text(registrations.draftPdf(id));

        assertThat(text).contains("registratie zonder toestemming").doesNotContain(name)
                .doesNotContain("Acuut gevaar");
        assertThat(cases.open(id).registration().coversIdentifying()).isFalse();
    }

    @Test
    void without_consent_for_identifying_data_the_draft_holds_the_covered_fields_but_no_name_or_date_of_birth()
            throws Exception {
        LocalDate born = TestData.today().minusYears(17).minusDays(3);
        long id = proposeNamed(born);
        registrations.record(id, consent(ConsentGiver.JONGERE, false));

        String text = ComenshaDraftPdfTest.text(registrations.draftPdf(id));

        assertThat(text).contains("meisje", "17 jaar", "Seksuele uitbuiting", "LVB vermoed", "Vermoedelijk slachtoffer",
                "Alleen anoniem");
        assertThat(text).doesNotContain(name).doesNotContain("Öztürk").doesNotContain(DUTCH_DATE.format(born))
                .doesNotContain("Dorpsstraat").doesNotContain("123456782");
        assertThat(count(AuditKind.COMENSHA_DRAFT_PRODUCED, id)).isEqualTo(1);
        assertThat(count(AuditKind.IDENTIFYING_DATA_VIEWED, id)).isZero();
    }

    @Test
    void consent_that_covers_identifying_data_puts_name_and_date_of_birth_in_the_draft_and_audits_the_showing()
            throws Exception {
        LocalDate born = TestData.today().minusYears(16).minusDays(10);
        long id = proposeNamed(born);
        registrations.record(id, consent(ConsentGiver.JONGERE, true));

        String text = ComenshaDraftPdfTest.text(registrations.draftPdf(id));

        assertThat(text).contains(name, DUTCH_DATE.format(born)).doesNotContain("Dorpsstraat")
                .doesNotContain("123456782");
        assertThat(count(AuditKind.IDENTIFYING_DATA_VIEWED, id)).isEqualTo(1);
        assertThat(count(AuditKind.COMENSHA_DRAFT_PRODUCED, id)).isEqualTo(1);
    }

    @Test
    void the_chair_may_record_and_produce_but_a_member_of_another_organisation_is_refused_and_audited() {
        long id = proposeNamed(TestData.today().minusYears(17));
        testData.signIn(chair);
        registrations.record(id, consent(ConsentGiver.JONGERE, false));
        assertThat(registrations.draftPdf(id)).isNotEmpty();

        testData.signIn(police);
        assertThatThrownBy(() -> registrations.draftPdf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.record(id, consent(ConsentGiver.JONGERE, true)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(count(AuditKind.ACCESS_DENIED, id)).isEqualTo(2);
        assertThat(count(AuditKind.COMENSHA_DRAFT_PRODUCED, id)).isEqualTo(1);
    }

    @Test
    void a_second_recording_at_an_old_version_is_a_stale_edit() {
        long id = proposeNamed(TestData.today().minusYears(17));
        registrations.record(id, consent(ConsentGiver.JONGERE, false));

        assertThatThrownBy(() -> registrations.record(id, consent(ConsentGiver.JONGERE, true)))
                .isInstanceOf(nl.zorgtafel.base.validation.StaleEdit.class);
        var stored = cases.open(id).registration();
        registrations.record(id, new RegistrationConsent(RegistrationBasis.CONSENT, ConsentGiver.JONGERE,
                stored.consentDate(), true, null, stored.version(), null));
        assertThat(cases.open(id).registration().coversIdentifying()).isTrue();
    }
}
