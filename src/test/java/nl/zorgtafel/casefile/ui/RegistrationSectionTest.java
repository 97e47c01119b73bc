package nl.zorgtafel.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.RegistrationBasis;
import nl.zorgtafel.casefile.RouteMilestone;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;
import tools.jackson.databind.node.JsonNodeFactory;

/** "Registratie bij CoMensha" in the case file, as the responsible partner and others drive it. */
class RegistrationSectionTest extends KaribuTest {

    private String youthCare;
    private String secretary;

    @BeforeEach
    void aTable() {
        long table = testData.table(TestData.unique("Tafel"));
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long municipality = testData.organisation(TestData.unique("Gemeente"), OrganisationType.GEMEENTE);
        testData.signCovenant(table, youth);
        youthCare = testData.account("Joyce Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        secretary = testData.account("Sam Secretaris", municipality, false, Map.of(table, TableRole.SECRETARIS));
    }

    /** A 15-year-old's anonymous case, submitted by youth care through the intake form. */
    private CaseFilePage proposedCase() {
        login(youthCare);
        UI.getCurrent().navigate("casus-inbrengen");
        var form = _get(IntakeView.class);
        _setValue(form.fields.role, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER);
        _setValue(form.fields.age, 15);
        _setValue(form.fields.forms, Set.of(ExploitationForm.CRIMINEEL));
        _setValue(form.fields.signals, "Draagt pakketjes rond voor een oudere jongen.");
        _setValue(form.fields.question, "Wie meldt bij CoMensha?");
        _setValue(form.fields.youngPersonInformed, true);
        _setValue(form.fields.parentsInformed, true);
        _click(form.submit);
        return _get(CaseFilePage.class);
    }

    @Test
    void the_responsible_partner_records_consent_from_the_right_person_downloads_and_records_the_milestone() {
        var page = proposedCase();
        var section = page.registration;
        assertThat(section.isVisible()).isTrue();
        assertThat(section.summary.getText()).isEqualTo("Nog geen grondslag voor registratie vastgelegd.");
        assertThat(section.download.isVisible()).isFalse();

        _click(section.record);
        var dialog = section.dialog;
        _setValue(dialog.basis, RegistrationBasis.CONSENT);
        _click(dialog.confirm);
        assertThat(dialog.givenBy.isInvalid()).isTrue();
        assertThat(dialog.givenBy.getErrorMessage()).isEqualTo("Kies wie de toestemming gaf.");

        // Fifteen: the young person cannot consent yet; the service says so by field.
        _setValue(dialog.givenBy, ConsentGiver.JONGERE);
        _setValue(dialog.consentDate, TestData.today());
        _click(dialog.confirm);
        assertThat(dialog.givenBy.isInvalid()).isTrue();
        assertThat(dialog.givenBy.getErrorMessage()).contains("ouder of voogd");
        assertThat(section.summary.getText()).startsWith("Nog geen");

        _setValue(dialog.givenBy, ConsentGiver.OUDER_VOOGD);
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.summary.getText()).startsWith("Toestemming van Ouder of voogd")
                .endsWith("Zonder naam en geboortedatum (anoniem).");
        assertThat(section.download.isVisible()).isTrue();
        assertThat(section.download.getHref()).matches("download/comensha/\\d+\\.pdf");
        assertThat(section.milestoneOffer.isVisible()).isFalse();

        ElementUtilsKt._fireDomEvent(section.download.getElement(),
                new DomEvent(section.download.getElement(), "click", JsonNodeFactory.instance.objectNode()));
        assertThat(section.milestoneOffer.isVisible()).isTrue();
        _click(section.recordMilestone);
        assertThat(ConfirmDialogKt._getText(section.confirm)).contains("Met toestemming");
        ConfirmDialogKt._fireConfirm(section.confirm);

        var milestones = page.route.milestones;
        assertThat(GridKt._size(milestones)).isEqualTo(1);
        RouteMilestone step = GridKt._get(milestones, 0);
        assertThat(step.milestone()).isEqualTo(Milestone.MELDING_COMENSHA);
        assertThat(step.variant()).isEqualTo("MET_TOESTEMMING");
        // The milestone is dated in Dutch time (between 23:00 and 01:00 UTC that is another date).
        assertThat(step.occurredOn()).isEqualTo(LocalDate.now(nl.zorgtafel.base.time.DutchTime.ZONE));
        assertThat(section.milestoneOffer.isVisible()).isFalse();
    }

    @Test
    void without_consent_a_written_reason_is_asked_and_a_secretary_of_another_organisation_sees_no_section() {
        var page = proposedCase();
        _click(page.registration.record);
        var dialog = page.registration.dialog;
        _setValue(dialog.basis, RegistrationBasis.LAWFUL_WITHOUT_CONSENT);
        assertThat(dialog.givenBy.isVisible()).isFalse();
        _click(dialog.confirm);
        assertThat(dialog.lawfulReason.isInvalid()).isTrue();
        _setValue(dialog.lawfulReason, "Wettelijke taak; de jongere is onvindbaar.");
        _click(dialog.confirm);
        assertThat(page.registration.summary.getText()).startsWith("Zonder toestemming");
        long id = Long.parseLong(page.registration.download.getHref().replaceAll("\\D", ""));

        login(secretary);
        UI.getCurrent().navigate("casus/" + id);
        assertThat(_get(CaseFilePage.class).registration.isVisible()).isFalse();
    }
}
