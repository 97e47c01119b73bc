package nl.zorgtafel.party.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.TabStrip;
import nl.zorgtafel.encryption.EncryptionKeyService;
import nl.zorgtafel.encryption.ui.KeysTab;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.AccountResets;
import nl.zorgtafel.security.Roles;

/** Beheer: tables, partner organisations and people of the installation. No case content. */
@Route("beheer")
@Menu(order = 90, title = "nav.beheer", icon = "vaadin:cog")
@RolesAllowed(Roles.BEHEERDER)
class AdministrationView extends VerticalLayout implements HasDynamicTitle {

    final TablesTab tables;
    final OrganisationsTab organisations;
    final PeopleTab people;
    final KeysTab keys;
    final TabSheet sheet = TabStrip.repaired(new TabSheet());

    AdministrationView(CareTableService tableService, OrganisationService organisationService,
            PersonService personService, AccountResets resets, EncryptionKeyService keyService) {
        setSizeFull();
        tables = new TablesTab(tableService, organisationService);
        organisations = new OrganisationsTab(organisationService);
        people = new PeopleTab(personService, organisationService, tableService, resets);
        sheet.setSizeFull();
        sheet.add(getTranslation("beheer.tables"), tables);
        sheet.add(getTranslation("beheer.organisations"), organisations);
        sheet.add(getTranslation("beheer.people"), people);
        keys = new KeysTab(keyService);
        sheet.add(getTranslation("beheer.keys"), keys);
        add(new H2(getTranslation("beheer.title")), sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("beheer.title");
    }
}
