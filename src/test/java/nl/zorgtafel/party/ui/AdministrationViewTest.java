package nl.zorgtafel.party.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/** Beheer: create, edit, refuse invalid input and deactivate, for tables, organisations and people. */
class AdministrationViewTest extends KaribuTest {

    @Autowired
    OrganisationService organisationService;
    @Autowired
    PersonService personService;
    @Autowired
    CareTableService tableService;
    @Autowired
    AccountService accountService;
    @Autowired
    AuditService auditService;

    private long organisation;
    private String organisationName;

    @BeforeEach
    void signInAsAdministrator() {
        organisationName = TestData.unique("Gemeente Beheerstad");
        organisation = testData.organisation(organisationName, OrganisationType.GEMEENTE);
        login(testData.account("Bas Beheer", organisation, true, Map.of()));
        UI.getCurrent().navigate("beheer");
    }

    /** Opens a tab of the Beheer sheet, as a click on it would. */
    private static <T> T tab(int index, T content) {
        _get(AdministrationView.class).sheet.setSelectedIndex(index);
        return content;
    }

    private static <T> T row(Grid<T> grid, java.util.function.Predicate<T> match) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).filter(match).findFirst()
                .orElseThrow();
    }

    @Test
    void creates_an_organisation_and_finds_it_by_search() {
        var tab = tab(1, _get(AdministrationView.class).organisations);
        _click(tab.create);
        String name = TestData.unique("Fier Demo");
        _setValue(tab.dialog.name, name);
        _setValue(tab.dialog.type, OrganisationType.OPVANG_SPECIALIST);
        _setValue(tab.dialog.email, "info@fier.demo.example");
        _click(tab.dialog.save);

        _setValue(tab.search, name.toLowerCase());
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        assertThat(GridKt._get(tab.grid, 0).type()).isEqualTo(OrganisationType.OPVANG_SPECIALIST);
    }

    @Test
    void refuses_an_organisation_without_name_or_with_a_bad_email_and_keeps_the_dialog_open() {
        var tab = tab(1, _get(AdministrationView.class).organisations);
        _click(tab.create);
        _setValue(tab.dialog.name, "   ");
        _setValue(tab.dialog.email, "geen-adres");
        _click(tab.dialog.save);
        assertThat(tab.dialog.name.isInvalid()).isTrue();
        assertThat(tab.dialog.name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(tab.dialog.email.isInvalid()).as("every refusal at once").isTrue();
        assertThat(tab.dialog.isOpened()).isTrue();

        _setValue(tab.dialog.name, "<script>alert(1)</script> Stichting");
        _setValue(tab.dialog.email, "geen-adres");
        _click(tab.dialog.save);
        assertThat(tab.dialog.email.isInvalid()).isTrue();
        assertThat(tab.dialog.isOpened()).isTrue();
    }

    @Test
    void deactivating_an_organisation_asks_for_confirmation_first() {
        var tab = tab(1, _get(AdministrationView.class).organisations);
        _setValue(tab.search, organisationName);
        GridKt._clickItem(tab.grid, 0);
        _setValue(tab.dialog.active, false);
        _click(tab.dialog.save);

        assertThat(organisationService.get(organisation).active()).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(testData.asAdministrator(() -> organisationService.get(organisation)).active()).isFalse();
    }

    @Test
    void two_administrators_editing_the_same_organisation_never_overwrite_each_other() {
        var tab = tab(1, _get(AdministrationView.class).organisations);
        _setValue(tab.search, organisationName);
        GridKt._clickItem(tab.grid, 0);
        // Meanwhile somebody else saves the same organisation.
        testData.asAdministrator(() -> {
            var other = organisationService.get(organisation);
            return organisationService.save(new nl.zorgtafel.party.Organisation(other.id(), other.name(), other.type(),
                    "ander@demo.example", null, null, true, other.version()));
        });
        _setValue(tab.dialog.phone, "010-1234567");
        _click(tab.dialog.save);

        var stored = testData.asAdministrator(() -> organisationService.get(organisation));
        assertThat(stored.email()).isEqualTo("ander@demo.example");
        assertThat(stored.phone()).isNull();
        assertThat(tab.dialog.isOpened()).isTrue();
    }

    @Test
    void creates_a_person_with_a_role_and_shows_a_temporary_password_once() {
        long table = testData.table(TestData.unique("Tafel West"));
        UI.getCurrent().navigate("beheer");
        var tab = tab(2, _get(AdministrationView.class).people);
        _click(tab.create);
        String name = TestData.unique("Noor Nieuw");
        String username = TestData.unique("noor").toLowerCase();
        _setValue(tab.dialog.name, name);
        _setValue(tab.dialog.email, "noor@demo.example");
        _setValue(tab.dialog.organisation, tab.dialog.organisation.getListDataView().getItems()
                .filter(o -> o.id() == organisation).findFirst().orElseThrow());
        _setValue(tab.dialog.username, username);
        _setValue(tab.dialog.roles.get(table), TableRole.LID);
        _click(tab.dialog.save);

        assertThat(tab.passwordDialog).isNotNull();
        _setValue(tab.search, name);
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        assertThat(GridKt._get(tab.grid, 0).username()).isEqualTo(username);
        long accountId = accountService.findIdentity(username).orElseThrow().accountId();
        assertThat(accountId).isPositive();
        long personId = GridKt._get(tab.grid, 0).id();
        var granted = testData.asAdministrator(() -> auditService.countUpTo(
                new AuditFilter(null, AuditKind.ROLE_GRANTED, null, null, "person", personId), 10_000));
        assertThat(granted).isEqualTo(1);
    }

    @Test
    void refuses_a_person_without_email_or_with_a_username_in_use() {
        var tab = tab(2, _get(AdministrationView.class).people);
        _click(tab.create);
        _setValue(tab.dialog.name, "Zonder Mail");
        _click(tab.dialog.save);
        assertThat(tab.dialog.email.isInvalid()).isTrue();

        String taken = testData.account("Bestaand", organisation, false, Map.of());
        _setValue(tab.dialog.email, "x@demo.example");
        _setValue(tab.dialog.organisation, tab.dialog.organisation.getListDataView().getItems()
                .filter(o -> o.id() == organisation).findFirst().orElseThrow());
        _setValue(tab.dialog.username, taken);
        _click(tab.dialog.save);
        assertThat(tab.dialog.username.isInvalid()).isTrue();
        assertThat(tab.dialog.isOpened()).isTrue();
    }

    @Test
    void deactivating_a_person_stops_their_sign_in_after_confirmation() {
        String username = testData.account("Vertrekt Binnenkort", organisation, false, Map.of());
        var tab = tab(2, _get(AdministrationView.class).people);
        _setValue(tab.search, "Vertrekt Binnenkort");
        GridKt._clickItem(tab.grid, 0);
        _click(tab.dialog.toggleActive);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._get(tab.grid, 0).active()).isFalse();
        var user = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        assertThat(user.isEnabled()).isFalse();
    }

    @Test
    void creates_and_edits_a_table_with_rhythm_and_municipalities() {
        var tab = _get(AdministrationView.class).tables;
        String municipality = TestData.unique("Molendorp");
        testData.asAdministrator(() -> tableService.createMunicipality(municipality, null));
        _click(tab.create);
        String name = TestData.unique("Zorgtafel Oost");
        _setValue(tab.dialog.name, name);
        _setValue(tab.dialog.code, "ZO");
        _setValue(tab.dialog.statement, "Wat hier besproken wordt, blijft hier.");
        _setValue(tab.dialog.weekday, 2);
        _setValue(tab.dialog.start, LocalTime.of(13, 0));
        _setValue(tab.dialog.minutes, 120);
        _setValue(tab.dialog.everyWeeks, 2);
        tab.dialog.municipalities.select(tab.dialog.municipalities.getListDataView().getItems()
                .filter(m -> m.name().equals(municipality)).findFirst().orElseThrow());
        _click(tab.dialog.save);

        var created = row(tab.grid, t -> t.name().equals(name));
        var settings = testData.asAdministrator(() -> tableService.settings(created.id()));
        assertThat(settings.rhythmWeekday()).isEqualTo(2);
        assertThat(settings.rhythmEveryWeeks()).isEqualTo(2);
        assertThat(settings.municipalityIds()).hasSize(1);
        assertThat(settings.cutoffWorkingDays()).isEqualTo(2);

        GridKt._clickItem(tab.grid, IntStream.range(0, GridKt._size(tab.grid))
                .filter(i -> GridKt._get(tab.grid, i).id() == created.id()).findFirst().orElseThrow());
        _setValue(tab.dialog.minutes, 90);
        _click(tab.dialog.save);
        assertThat(testData.asAdministrator(() -> tableService.settings(created.id())).rhythmMinutes()).isEqualTo(90);
    }

    @Test
    void refuses_a_table_with_a_bad_code_or_half_a_rhythm() {
        var tab = _get(AdministrationView.class).tables;
        _click(tab.create);
        _setValue(tab.dialog.name, TestData.unique("Tafel"));
        _setValue(tab.dialog.code, "d1");
        _setValue(tab.dialog.statement, "Vertrouwelijk.");
        _setValue(tab.dialog.weekday, 3);
        _click(tab.dialog.save);
        // Both refusals at once, each on its own field.
        assertThat(tab.dialog.code.isInvalid()).isTrue();
        assertThat(tab.dialog.start.isInvalid()).isTrue();

        _setValue(tab.dialog.code, "QQ");
        _click(tab.dialog.save);
        assertThat(tab.dialog.code.isInvalid()).isFalse();
        assertThat(tab.dialog.start.isInvalid()).isTrue();
        assertThat(tab.dialog.isOpened()).isTrue();
    }

    @Test
    void records_and_ends_a_covenant_signature() {
        long table = testData.table(TestData.unique("Tafel Noord"));
        UI.getCurrent().navigate("beheer");
        var tab = _get(AdministrationView.class).tables;
        GridKt._clickItem(tab.grid, IntStream.range(0, GridKt._size(tab.grid))
                .filter(i -> GridKt._get(tab.grid, i).id() == table).findFirst().orElseThrow());
        _setValue(tab.dialog.signer, tab.dialog.signer.getListDataView().getItems()
                .filter(o -> o.id() == organisation).findFirst().orElseThrow());
        _click(tab.dialog.sign);
        assertThat(GridKt._size(tab.dialog.covenant)).isEqualTo(1);

        var endButton = (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(tab.dialog.covenant, 0, "end");
        _click(endButton);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._get(tab.dialog.covenant, 0).endedOn()).isNotNull();
    }
}
