package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
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

/** Intake, triage and reading cases through the service; runs on H2 and on MariaDB. */
abstract class CaseServiceTests {

    private static final LocalDate BORN = LocalDate.of(2010, 5, 17);

    @Autowired
    CaseService cases;

    @Autowired

    nl.zorgtafel.casefile.IntakeService intakes;

    @Autowired

    nl.zorgtafel.casefile.LifecycleService lifecycle;
    @Autowired
    CaseRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    private long table;
    private String chair;
    private String chairOfUnsignedOrganisation;
    private String youthCare;
    private String police;
    private String name;

    @BeforeEach
    void aTableWithPartners() {
        table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long unsigned = testData.organisation(TestData.unique("Niet getekend"), OrganisationType.GEMEENTE);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, coordination);
        testData.signCovenant(table, youth);
        chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        chairOfUnsignedOrganisation = testData.account("Secretaris", unsigned, false,
                Map.of(table, TableRole.SECRETARIS));
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        name = "Łucja Öztürk-" + TestData.unique("x");
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private static CaseIntake complete(boolean named, IdentifyingData identifying) {
        return new CaseIntake(null, 0, named, Urgency.HOOG, YoungPersonRole.BEIDE, 15, null, "meisje", Set.of(),
                LivingSituation.JEUGDHULP_MET_VERBLIJF, "VMBO, veel verzuim", Set.of(ExploitationForm.SEKSUEEL),
                true, Set.of(Vulnerability.LVB_VERMOED), "Nieuwe dure kleding, 's nachts weg.",
                "Wie pakt wat op?", Set.of(), true, null, false, "Vader mogelijk betrokken", "Wil eerst praten",
                named ? LegalBasis.VITAAL_BELANG : null, null, null, null, identifying);
    }

    private int version(long caseId) {
        return repository.load(caseId).orElseThrow().intakeWithoutIdentifying().version();
    }

    private long proposeNamed() {
        testData.signIn(youthCare);
        long id = intakes.save(complete(true, new IdentifyingData(name, BORN, "Dorpsstraat 1", "123456782")));
        intakes.submit(id, repository.load(id).orElseThrow().intakeWithoutIdentifying().version());
        return id;
    }

    @Test
    void an_anonymous_case_gets_a_code_per_table_and_year_and_reaches_the_chair() {
        testData.signIn(youthCare);
        long first = intakes.save(complete(false, null));
        long second = intakes.save(complete(false, null));
        intakes.submit(first, version(first));

        var stored = repository.load(first).orElseThrow();
        int year = TestData.today().getYear();
        assertThat(stored.code()).matches("T[A-Z]{5}-" + year + "-0001");
        assertThat(repository.load(second).orElseThrow().code()).endsWith("-0002");
        assertThat(stored.status()).isEqualTo(CaseStatus.AANGEMELD);
        assertThat(stored.submittedAt()).isNotNull();

        testData.signIn(chair);
        assertThat(cases.find(CaseFilter.none(), 0, 10)).extracting(CaseSummary::id).contains(first)
                .doesNotContain(second);
    }

    @Test
    void the_database_holds_no_plaintext_name_date_of_birth_address_or_bsn() {
        long id = proposeNamed();

        var row = dsl.fetchSingle(CASE_FILE, CASE_FILE.ID.eq(id));
        String everything = row.intoList().toString();
        assertThat(everything).doesNotContain(name).doesNotContain("ucja").doesNotContain("2010-05-17")
                .doesNotContain("Dorpsstraat").doesNotContain("123456782");
        assertThat(row.getNameEnc().stored()).startsWith("v1:");
        assertThat(row.getPersonHash()).hasSize(64);
    }

    @Test
    void identifying_data_shows_only_to_covenant_partners_and_every_showing_is_audited() {
        long id = proposeNamed();

        testData.signIn(chair);
        var seen = cases.open(id);
        assertThat(seen.intake().identifying().name()).isEqualTo(name);
        assertThat(seen.intake().identifying().dateOfBirth()).isEqualTo(BORN);
        assertThat(seen.identifyingHidden()).isFalse();

        testData.signIn(chairOfUnsignedOrganisation);
        var hidden = cases.open(id);
        assertThat(hidden.intake().identifying()).isNull();
        assertThat(hidden.identifyingHidden()).isTrue();
        assertThat(hidden.intake().signals()).isEqualTo("Nieuwe dure kleding, 's nachts weg.");

        testData.signIn(chair);
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.IDENTIFYING_DATA_VIEWED, null, null, "case_file", id), 10_000))
                .isEqualTo(1);
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 10_000))
                .isEqualTo(1);
    }

    @Test
    void a_member_without_need_to_know_can_neither_list_nor_open_the_case_and_is_audited() {
        long id = proposeNamed();

        testData.signIn(police);
        assertThat(cases.find(CaseFilter.none(), 0, 50)).extracting(CaseSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> cases.open(id)).isInstanceOf(AccessDeniedException.class);

        testData.signIn(chair);
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 10_000))
                .isEqualTo(1);
    }

    @Test
    void an_anonymous_case_cannot_hold_identifying_data() {
        testData.signIn(youthCare);
        assertThatThrownBy(() -> intakes.save(complete(false, new IdentifyingData(name, BORN, null, null))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("case.rule.anonymous-identifying")
                .hasMessageNotContaining(name);
    }

    @Test
    void a_named_case_without_a_legal_basis_is_not_submitted() {
        testData.signIn(youthCare);
        var intake = complete(true, new IdentifyingData(name, BORN, null, null));
        var withoutBasis = new CaseIntake(null, 0, true, intake.urgency(), intake.role(), intake.age(), null, null,
                Set.of(), null, null, intake.forms(), null, Set.of(), intake.signals(), intake.question(), Set.of(),
                true, null, true, null, null, null, null, null, null, intake.identifying());
        long id = intakes.save(withoutBasis);

        assertThatThrownBy(() -> intakes.submit(id, version(id))).isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).messageKey()).isEqualTo("case.rule.basis-required"));
        assertThat(repository.load(id).orElseThrow().status()).isEqualTo(CaseStatus.CONCEPT);
    }

    @Test
    void consent_below_16_comes_from_a_parent_or_guardian() {
        testData.signIn(youthCare);
        var base = complete(true, new IdentifyingData(name, TestData.today().minusYears(14), null, null));
        var youngPersonConsents = new CaseIntake(null, 0, true, base.urgency(), base.role(), null, null, null, Set.of(),
                null, null, base.forms(), null, Set.of(), base.signals(), base.question(), Set.of(), true, null, true,
                null, null, LegalBasis.TOESTEMMING, null, ConsentGiver.JONGERE, TestData.today(), base.identifying());
        long id = intakes.save(youngPersonConsents);

        assertThatThrownBy(() -> intakes.submit(id, version(id))).isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).messageKey()).isEqualTo("case.rule.consent-under-16"));
    }

    @Test
    void triage_decisions_follow_the_lifecycle_and_declining_needs_reason_and_advice() {
        testData.signIn(youthCare);
        long draft = intakes.save(complete(false, null));
        long id = intakes.save(complete(false, null));
        intakes.submit(id, version(id));

        testData.signIn(chair);
        // Another organisation's draft does not exist for the chair: refused, not merely an illegal step.
        assertThatThrownBy(() -> lifecycle.decide(draft, 0, TriageDecision.AGENDEREN, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.decide(id, version(id), TriageDecision.AFWIJZEN, "Geen uitbuiting", " "))
                .isInstanceOf(CaseRuleException.class);
        lifecycle.decide(id, version(id), TriageDecision.AFWIJZEN, "Geen signalen van uitbuiting", "Meld bij Veilig Thuis");

        var declined = cases.open(id);
        assertThat(declined.status()).isEqualTo(CaseStatus.AFGEWEZEN);
        // The proposer is told by mail: the code and a link, not the reason or any case content.
        var notice = dsl.selectFrom(nl.zorgtafel.db.Tables.OUTBOX_MESSAGE)
                .where(nl.zorgtafel.db.Tables.OUTBOX_MESSAGE.SUBJECT.eq("Besluit over casus " + declined.code()))
                .fetchSingle();
        assertThat(notice.getBodyText()).contains(declined.code()).doesNotContain("Geen signalen")
                .doesNotContain("Veilig Thuis").doesNotContain("kleding");
        assertThat(declined.history()).extracting(CaseFileView.CaseEvent::kind).contains(CaseEventKind.CREATED, CaseEventKind.STATUS);
        assertThatThrownBy(() -> lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null))
                .isInstanceOf(CaseRuleException.class)
                .satisfies(e -> assertThat(((CaseRuleException) e).messageKey()).isEqualTo("case.rule.illegal-transition"));
    }

    @Test
    void a_second_person_saving_a_stale_version_is_refused_and_nothing_is_lost() {
        testData.signIn(youthCare);
        long id = intakes.save(complete(false, null));
        var opened = repository.load(id).orElseThrow().intakeWithoutIdentifying();
        var first = new CaseIntake(id, opened.version(), false, Urgency.ACUUT, opened.role(), opened.age(), null,
                null, Set.of(), null, null, opened.forms(), null, Set.of(), "Eerste versie", opened.question(),
                Set.of(), true, null, true, null, null, null, null, null, null, null);
        intakes.save(first);

        var stale = new CaseIntake(id, opened.version(), false, Urgency.NORMAAL, opened.role(), opened.age(), null,
                null, Set.of(), null, null, opened.forms(), null, Set.of(), "Tweede versie", opened.question(),
                Set.of(), true, null, true, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> intakes.save(stale)).isInstanceOf(CaseConflictException.class);
        assertThat(repository.load(id).orElseThrow().intakeWithoutIdentifying().signals()).isEqualTo("Eerste versie");
    }

    @Test
    void long_texts_markup_and_any_script_round_trip_unchanged() {
        testData.signIn(youthCare);
        String longText = "Signaal 😀 مريم Łódź <script>alert('x')</script> ".repeat(250).substring(0, 10_000);
        var intake = complete(false, null);
        long id = intakes.save(new CaseIntake(null, 0, false, intake.urgency(), intake.role(), intake.age(), null, null,
                Set.of(), null, null, intake.forms(), null, Set.of(), longText, intake.question(), Set.of(), true, null,
                true, null, null, null, null, null, null, null));

        assertThat(repository.load(id).orElseThrow().intakeWithoutIdentifying().signals()).isEqualTo(longText);
        assertThatThrownBy(() -> intakes.save(new CaseIntake(null, 0, false, intake.urgency(), null, null, null, null,
                Set.of(), null, null, Set.of(), null, Set.of(), longText + "x", null, Set.of(), null, null, null, null,
                null, null, null, null, null, null))).isInstanceOf(CaseRuleException.class);
    }

    @Test
    void the_chair_closes_with_a_reason_and_can_reopen_for_follow_up() {
        testData.signIn(youthCare);
        long id = intakes.saveAndSubmit(complete(false, null));
        testData.signIn(chair);
        lifecycle.decide(id, version(id), TriageDecision.AGENDEREN, null, null);
        assertThatThrownBy(() -> lifecycle.close(id, version(id), CloseReason.AFGESCHAALD))
                .isInstanceOf(CaseRuleException.class);
        repository.apply(new StatusChange(id, version(id), CaseStatus.GEAGENDEERD, CaseStatus.BESPROKEN, null, null, null,
                null, null), Instant.now());

        assertThatThrownBy(() -> lifecycle.close(id, version(id), null)).isInstanceOf(CaseRuleException.class);
        lifecycle.close(id, version(id), CloseReason.OVERGEDRAGEN);
        assertThat(repository.load(id).orElseThrow().status()).isEqualTo(CaseStatus.AFGESLOTEN);

        lifecycle.reopen(id, version(id));
        assertThat(repository.load(id).orElseThrow().status()).isEqualTo(CaseStatus.IN_OPVOLGING);
    }

    @Test
    void moving_from_anonymous_to_named_is_recorded_with_its_basis_but_without_the_values() {
        testData.signIn(youthCare);
        long id = intakes.save(complete(false, null));
        var named = complete(true, new IdentifyingData(name, BORN, null, null));
        intakes.save(new CaseIntake(id, version(id), true, named.urgency(), named.role(), named.age(), null, null,
                Set.of(), null, null, named.forms(), null, Set.of(), named.signals(), named.question(), Set.of(), true,
                null, true, null, null, LegalBasis.WETTELIJKE_VERPLICHTING, null, null, null, named.identifying()));

        var history = cases.open(id).history();
        assertThat(history).extracting(CaseFileView.CaseEvent::kind).contains(CaseEventKind.NAMED);
        assertThat(history).filteredOn(e -> e.kind() == CaseEventKind.NAMED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("WETTELIJKE_VERPLICHTING"));
        assertThat(history.toString()).doesNotContain(name).doesNotContain("2010-05-17");
    }

    @Test
    void the_proposer_is_told_of_decisions_and_the_chair_is_reminded_a_year_after_closing() {
        testData.signIn(youthCare);
        long returned = intakes.saveAndSubmit(complete(false, null));
        long closed = intakes.saveAndSubmit(complete(false, null));
        testData.signIn(chair);
        lifecycle.decide(returned, version(returned), TriageDecision.MEER_INFORMATIE_NODIG, "Welke school?", null);
        closedLongAgo(closed, 400);

        assertThat(cases.dashboard().dueForClosureCheck()).extracting(CaseSummary::id).contains(closed);
        lifecycle.confirmClosureCheck(closed);
        assertThat(cases.dashboard().dueForClosureCheck()).extracting(CaseSummary::id).doesNotContain(closed);

        testData.signIn(youthCare);
        assertThat(cases.dashboard().myOrganisationsDecided()).extracting(CaseDashboard.Decided::id).contains(returned);
        assertThat(cases.dashboard().dueForClosureCheck()).isEmpty();
    }

    @Test
    void a_new_case_of_a_person_whose_case_closed_within_12_months_is_a_repeat_case() {
        long earlier = proposeNamed();
        closedLongAgo(earlier, 200);

        long again = proposeNamed();

        assertThat(repository.load(again).orElseThrow().repeatCase()).isTrue();
        assertThat(repository.load(earlier).orElseThrow().repeatCase()).isFalse();
    }

    /** Closes a case as if it happened {@code days} ago (the lifecycle itself is tested elsewhere). */
    private void closedLongAgo(long caseId, int days) {
        var stored = repository.load(caseId).orElseThrow();
        repository.apply(new StatusChange(caseId, stored.version(), stored.status(), CaseStatus.AFGESLOTEN, null, null,
                CloseReason.AFGESCHAALD, null, null), Instant.now().minusSeconds(60L * 60 * 24 * days));
    }
}
