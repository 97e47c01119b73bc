package nl.zorgtafel.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.ui.RefusedView;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/** The intake form, the case list and the case file with triage, as the users drive them. */
class CaseScreensTest extends KaribuTest {

    @Autowired
    AuditService audit;

    private String chair;
    private String youthCare;
    private String police;

    @BeforeEach
    void aTable() {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, coordination);
        testData.signCovenant(table, youth);
        chair = testData.account("Vera Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        youthCare = testData.account("Joyce Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Pieter Politie", avim, false, Map.of(table, TableRole.LID));
    }

    private IntakeView fillFacts() {
        UI.getCurrent().navigate("casus-inbrengen");
        var form = _get(IntakeView.class);
        _setValue(form.fields.role, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER);
        _setValue(form.fields.age, 15);
        _setValue(form.fields.forms, Set.of(ExploitationForm.SEKSUEEL));
        _setValue(form.fields.signals, "Nieuwe telefoon, 's nachts opgehaald door een oudere man.");
        _setValue(form.fields.question, "Wie neemt contact op met de jongere?");
        _setValue(form.fields.youngPersonInformed, true);
        _setValue(form.fields.parentsInformed, false);
        _setValue(form.fields.parentsNotInformed, "Vader mogelijk betrokken");
        return form;
    }

    /** The chair looks the case up in Casussen by its code, as a person would. */
    private long idAsChair(String code) {
        login(chair);
        UI.getCurrent().navigate("casussen");
        var list = _get(CaseListView.class);
        return IntStream.range(0, GridKt._size(list.grid)).mapToObj(i -> GridKt._get(list.grid, i))
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void a_member_brings_in_an_anonymous_case_and_it_reaches_the_chair() {
        login(youthCare);
        var form = fillFacts();
        _click(form.submit);

        var page = _get(CaseFilePage.class);
        assertThat(page.status.getText()).startsWith("Aangemeld");
        assertThat(page.facts.identifying.getElement().getTextRecursively()).contains("Anonieme casus");
        String code = page.title.getText();

        login(chair);
        UI.getCurrent().navigate("casussen");
        var list = _get(CaseListView.class);
        assertThat(list.triage.getText()).contains("wacht").contains("triage");
        assertThat(IntStream.range(0, GridKt._size(list.grid)).mapToObj(i -> GridKt._get(list.grid, i)))
                .extracting(CaseSummary::code).contains(code);
    }

    @Test
    void a_named_case_needs_a_legal_basis_and_shows_its_identifying_data_to_the_chair() {
        login(youthCare);
        var form = fillFacts();
        _setValue(form.fields.named, true);
        _setValue(form.fields.name, "Mila de Wit");
        _setValue(form.fields.dateOfBirth, LocalDate.of(2011, 3, 9));
        _click(form.submit);
        assertThat(form.fields.legalBasis.isInvalid()).isTrue();
        assertThat(form.fields.legalBasis.getErrorMessage()).contains("grondslag");

        _setValue(form.fields.legalBasis, LegalBasis.VITAAL_BELANG);
        _click(form.submit);
        String code = _get(CaseFilePage.class).title.getText();

        long id = idAsChair(code);
        UI.getCurrent().navigate("casus/" + id);
        assertThat(_get(CaseFilePage.class).facts.identifying.getElement().getTextRecursively()).contains("Mila de Wit");
        // One showing each: the proposer's page after submitting, and the chair's.
        assertThat(audit.find(new AuditFilter(null, AuditKind.IDENTIFYING_DATA_VIEWED, null, null, "case_file", id),
                0, 5)).extracting(e -> e.actorName()).containsExactlyInAnyOrder("Vera Voorzitter", "Joyce Jeugdzorg");
    }

    @Test
    void acute_shows_the_112_notice_at_once_and_the_case_can_still_be_saved() {
        login(youthCare);
        var form = fillFacts();
        assertThat(form.acuteBanner.isVisible()).isFalse();

        _setValue(form.fields.urgency, Urgency.ACUUT);

        assertThat(form.acuteBanner.isVisible()).isTrue();
        assertThat(form.acuteBanner.getText()).contains("bel 112");
        _click(form.saveDraft);
        assertThat(_get(CaseFilePage.class).status.getText()).contains("Concept").contains("Acuut");
    }

    @Test
    void an_abandoned_term_gets_a_gentle_hint_that_can_be_dismissed() {
        login(youthCare);
        var form = fillFacts();

        _setValue(form.fields.signals, "Haar loverboy haalt haar op.");

        assertThat(form.wordingHint.isVisible()).isTrue();
        assertThat(form.wordingHint.getElement().getTextRecursively()).contains("uitbuiter");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("wording-hint-dismiss")));
        assertThat(form.wordingHint.isVisible()).isFalse();
        _setValue(form.fields.signals, "Haar loverboy haalt haar weer op.");
        assertThat(form.wordingHint.isVisible()).isFalse();
        // Never a block: the case saves with the original words.
        _click(form.saveDraft);
        assertThat(_get(CaseFilePage.class).facts.getElement().getTextRecursively()).contains("loverboy");
    }

    @Test
    void the_chair_declines_only_with_reason_and_advice() {
        login(youthCare);
        _click(fillFacts().submit);
        String code = _get(CaseFilePage.class).title.getText();
        long id = idAsChair(code);
        UI.getCurrent().navigate("casus/" + id);
        var page = _get(CaseFilePage.class);

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("triage-afwijzen")));
        var dialog = (TextDecisionDialog) page.dialog;
        _setValue(dialog.text, "Geen signalen van uitbuiting");
        _click(dialog.confirm);
        assertThat(dialog.advice.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(page.status.getText()).startsWith("Aangemeld");

        _setValue(dialog.advice, "Meld bij Veilig Thuis");
        _click(dialog.confirm);
        assertThat(page.status.getText()).startsWith("Afgewezen");
        assertThat(page.history.getElement().getTextRecursively()).contains("van Aangemeld naar Afgewezen")
                .contains("Geen signalen van uitbuiting").doesNotContain("AFGEWEZEN");

        // The proposer reads the chair's reason and advice on the case file and on Overzicht.
        login(youthCare);
        UI.getCurrent().navigate("casus/" + id);
        var notice = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("case-triage-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("afgewezen")
                .contains("Geen signalen van uitbuiting").contains("Meld bij Veilig Thuis");
        UI.getCurrent().navigate("");
        var news = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("news-decided"));
        assertThat(news.getElement().getTextRecursively()).contains(code).contains("Meld bij Veilig Thuis");
    }

    @Test
    void markup_typed_into_a_case_is_shown_as_text_never_run() {
        login(youthCare);
        var form = fillFacts();
        _setValue(form.fields.signals, "<img src=x onerror=alert(1)> <b>vet</b> en Łódź, مريم 😀");
        _click(form.saveDraft);

        var facts = _get(CaseFilePage.class).facts;
        assertThat(facts.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)> <b>vet</b>")
                .contains("مريم 😀");
        assertThat(facts.getElement().getOuterHTML()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void risk_assessments_and_route_steps_are_recorded_on_the_case_file() {
        login(youthCare);
        _click(fillFacts().submit);
        var page = _get(CaseFilePage.class);

        _click(page.route.addRisk);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("route-save")));
        // An empty form: every refused field at once, each with its message.
        assertThat(page.route.instrument.isInvalid()).isTrue();
        assertThat(page.route.riskDate.isInvalid()).isTrue();
        assertThat(page.route.outcome.isInvalid()).isTrue();
        assertThat(page.route.assessedBy.isInvalid()).isTrue();
        _setValue(page.route.instrument, "Ris-L");
        _setValue(page.route.riskDate, TestData.today().minusDays(3));
        _setValue(page.route.outcome, "Hoog risico op herhaling");
        _setValue(page.route.assessedBy, "Gedragswetenschapper jeugdhulp");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("route-save")));
        assertThat(GridKt._size(page.route.risks)).isEqualTo(1);

        _click(page.route.addMilestone);
        _setValue(page.route.milestone, nl.zorgtafel.casefile.Milestone.AANGIFTE);
        _setValue(page.route.milestoneDate, TestData.today());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("route-save")));
        assertThat(page.route.variant.isInvalid()).as("aangifte needs: done, not done or considered").isTrue();
        _setValue(page.route.variant, "OVERWOGEN");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("route-save")));
        assertThat(GridKt._getFormattedRow(page.route.milestones, 0)).anySatisfy(
                cell -> assertThat(cell).isEqualTo("Aangifte — Overwogen"));
        assertThat(page.history.getElement().getTextRecursively()).contains("risicotaxatie vastgelegd");
    }

    @Test
    void a_member_without_need_to_know_typing_the_address_is_refused_and_audited() {
        login(youthCare);
        _click(fillFacts().submit);
        String code = _get(CaseFilePage.class).title.getText();
        long id = idAsChair(code);

        login(police);
        UI.getCurrent().navigate("casussen");
        var theirs = _get(CaseListView.class);
        assertThat(IntStream.range(0, GridKt._size(theirs.grid)).mapToObj(i -> GridKt._get(theirs.grid, i)))
                .extracting(CaseSummary::id).doesNotContain(id);
        UI.getCurrent().navigate("casus/" + id);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedView.class);
        login(chair);
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 10_000))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void submitting_an_empty_intake_marks_every_missing_field_at_once_and_keeps_what_was_typed() {
        login(youthCare);
        UI.getCurrent().navigate("casus-inbrengen");
        var form = _get(IntakeView.class);
        _setValue(form.fields.signals, "Alleen dit is al ingevuld.");
        _click(form.submit);

        assertThat(form.fields.role.isInvalid()).isTrue();
        assertThat(form.fields.forms.isInvalid()).isTrue();
        assertThat(form.fields.question.isInvalid()).isTrue();
        assertThat(form.fields.age.isInvalid()).isTrue();
        assertThat(form.fields.age.getErrorMessage()).contains("leeftijdsgroep");
        assertThat(form.fields.youngPersonInformed.isInvalid()).isTrue();
        assertThat(form.fields.parentsInformed.isInvalid()).isTrue();
        assertThat(form.fields.signals.isInvalid()).isFalse();
        assertThat(form.fields.signals.getValue()).isEqualTo("Alleen dit is al ingevuld.");
    }

    @Test
    void an_age_band_is_enough_when_the_exact_age_is_unknown_and_the_case_file_shows_it() {
        login(youthCare);
        var form = fillFacts();
        _setValue(form.fields.age, null);
        assertThat(form.fields.ageBand.isVisible()).isTrue();
        _setValue(form.fields.ageBand, nl.zorgtafel.casefile.AgeBand.J12_15);
        _click(form.submit);

        var page = _get(CaseFilePage.class);
        assertThat(page.status.getText()).startsWith("Aangemeld");
        assertThat(page.facts.facts.getElement().getTextRecursively()).contains("12–15 jaar")
                .contains("Nee, niet informeren — reden: Vader mogelijk betrokken");
    }

    @Test
    void a_draft_is_refused_to_the_chair_by_address_and_the_refusal_is_audited() {
        login(youthCare);
        _click(fillFacts().saveDraft);
        var draft = _get(CaseFilePage.class);
        assertThat(draft.status.getText()).startsWith("Concept");
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().getLast());

        login(chair);
        UI.getCurrent().navigate("casus/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedView.class);
        assertThat(audit.countUpTo(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", id), 10_000))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_chair_allows_naming_and_the_proposer_names_the_agendered_case_in_the_dialog() {
        login(youthCare);
        _click(fillFacts().submit);
        String code = _get(CaseFilePage.class).title.getText();
        long id = idAsChair(code);
        UI.getCurrent().navigate("casus/" + id);
        _click(_get(Button.class, spec -> spec.withId("triage-agenderen")));
        _click(_get(Button.class, spec -> spec.withId("case-allow-naming")));

        login(youthCare);
        UI.getCurrent().navigate("casus/" + id);
        var page = _get(CaseFilePage.class);
        _click(_get(Button.class, spec -> spec.withId("case-name")));
        var naming = (NamingDialog) page.dialog;
        _click(naming.confirm);
        assertThat(naming.basis.isInvalid()).isTrue();
        assertThat(naming.name.isInvalid()).as("all refusals at once").isTrue();
        _setValue(naming.basis, LegalBasis.WETTELIJKE_VERPLICHTING);
        _setValue(naming.name, "Jesse Tweede");
        _setValue(naming.dateOfBirth, LocalDate.of(2011, 1, 5));
        _click(naming.confirm);

        assertThat(page.facts.identifying.getElement().getTextRecursively()).contains("Jesse Tweede");
        assertThat(page.history.getElement().getTextRecursively())
                .contains("van anoniem naar op naam gezet (Wettelijke verplichting)")
                .contains("toegestaan dat de inbrenger de casus op naam zet");
    }

    @Test
    void the_history_speaks_english_to_an_english_user_and_never_shows_stored_codes() {
        login(youthCare);
        _click(fillFacts().submit);
        String code = _get(CaseFilePage.class).title.getText();
        long id = idAsChair(code);
        UI.getCurrent().navigate("casus/" + id);
        _click(_get(Button.class, spec -> spec.withId("triage-agenderen")));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("casus/" + id);
        String history = _get(CaseFilePage.class).history.getElement().getTextRecursively();
        assertThat(history).contains("from Draft to Submitted").contains("from Submitted to On the agenda")
                .doesNotContain("AANGEMELD").doesNotContain("GEAGENDEERD").doesNotContain("→");
    }

    @Test
    void over_long_text_is_counted_and_refused_never_cut() {
        login(youthCare);
        var form = fillFacts();
        assertThat(form.fields.signals.getHelperText()).contains("van 10.000 tekens");
        String tooLong = "x".repeat(10_005);
        _setValue(form.fields.signals, tooLong);
        assertThat(form.fields.signals.isInvalid()).isTrue();
        assertThat(form.fields.signals.getErrorMessage()).contains("5 tekens te lang").contains("niets weggehaald");
        assertThat(form.fields.signals.getHelperText()).contains("10.005 van 10.000 tekens");
        _click(form.submit);
        assertThat(form.fields.signals.getValue()).as("nothing was cut").hasSize(10_005);
        assertThat(form.fields.signals.getErrorMessage()).contains("te lang");

        _setValue(form.fields.signals, "Korter nu.");
        assertThat(form.fields.signals.isInvalid()).isFalse();
    }
}
