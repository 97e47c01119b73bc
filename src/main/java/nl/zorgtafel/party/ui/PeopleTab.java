package nl.zorgtafel.party.ui;

import nl.zorgtafel.base.ui.FormFeedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.party.PersonSummary;
import nl.zorgtafel.security.AccountResets;

/** Beheer → Personen: a lazy, searchable list; new and edit open {@link PersonDialog}. */
class PeopleTab extends VerticalLayout {

    /** Enough for any organisation list in a combo box; organisations are few. */
    private static final int ALL = 1000;

    final SearchField search;
    final Button create = new Button();
    final Grid<PersonSummary> grid = new Grid<>();
    PersonDialog dialog;
    /** The last temporary password shown, kept only while its dialog is open. */
    ConfirmDialog passwordDialog;

    private final PersonService people;
    private final AccountResets resets;
    private final OrganisationService organisations;
    private final CareTableService tables;

    PeopleTab(PersonService people, OrganisationService organisations, CareTableService tables,
            AccountResets resets) {
        this.people = people;
        this.resets = resets;
        this.organisations = organisations;
        this.tables = tables;
        setSizeFull();
        setPadding(false);
        search = new SearchField("person-search", () -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("beheer.person.new"));
        create.setId("person-new");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> open(PersonDetails.blank()));

        grid.setId("people-grid");
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("beheer.person.name")).setFlexGrow(2);
        grid.addColumn(PersonSummary::organisationName).setHeader(getTranslation("beheer.person.organisation"))
                .setFlexGrow(2);
        grid.addColumn(PersonSummary::username).setHeader(getTranslation("beheer.person.username"));
        grid.addColumn(p -> p.roles().stream().map(r -> r.tableCode() + ": " + getTranslation("role." + r.role()))
                        .collect(java.util.stream.Collectors.joining(", "))).setHeader(getTranslation("beheer.person.roles"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.active() ? "beheer.active" : "beheer.inactive"))
                .setHeader(getTranslation("beheer.status"));
        grid.setItems(q -> people.find(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> people.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("beheer.people.empty"));
        grid.addItemClickListener(e -> open(people.get(e.getItem().id())));
        add(new HorizontalLayout(search, create), grid);
    }

    private void open(PersonDetails person) {
        dialog = new PersonDialog(person, organisations.find(null, 0, ALL), tables.find(0, ALL), this::save,
                active -> setActive(person, active), () -> resetPassword(person));
        if (person.id() != null && person.username() != null) {
            dialog.offerSecondFactorReset(resets.secondFactorRequest(person.id()), () -> secondFactor(person));
            people.lockedUntil(person.id()).ifPresent(until -> dialog.offerUnlock(
                    java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(nl.zorgtafel.base.time.DutchTime.ZONE).format(until), () -> unlock(person)));
        }
        dialog.open();
    }

    private void save(PersonDetails person) {
        FormFeedback.save(() -> {
            if (person.id() == null) {
                var created = people.create(person);
                showTemporaryPassword(person.displayName(), created.temporaryPassword());
            } else {
                people.update(person);
            }
        }, dialog, dialog.fields(), () -> grid.getDataProvider().refreshAll());
    }

    private void setActive(PersonDetails person, boolean active) {
        people.setActive(person.id(), active);
        dialog.close();
        grid.getDataProvider().refreshAll();
    }

    private void secondFactor(PersonDetails person) {
        FormFeedback.save(() -> {
            if (resets.secondFactorRequest(person.id()) == AccountResets.SecondFactorRequest.ASKED_BY_ANOTHER) {
                resets.approveSecondFactorReset(person.id());
                FormFeedback.notify(this, getTranslation("beheer.person.second-factor.done", person.displayName()),
                        com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            } else {
                resets.askSecondFactorReset(person.id());
            }
        }, dialog, dialog.fields(), () -> dialog.close());
    }

    private void unlock(PersonDetails person) {
        people.unlock(person.id());
        dialog.close();
        FormFeedback.notify(this, getTranslation("beheer.person.unlocked", person.displayName()),
                com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
    }

    private void resetPassword(PersonDetails person) {
        var reset = people.resetPassword(person.id());
        dialog.close();
        if (reset.mailed()) {
            FormFeedback.notify(this, getTranslation("beheer.person.reset-link-sent", person.displayName()),
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        } else {
            showTemporaryPassword(person.displayName(), reset.temporaryPassword());
        }
    }

    /** Shown once, never logged or mailed: the administrator hands it over in person or by phone. */
    private void showTemporaryPassword(String name, String password) {
        passwordDialog = new ConfirmDialog(getTranslation("beheer.person.temporary-password.title"),
                getTranslation("beheer.person.temporary-password.text", name, password),
                getTranslation("beheer.confirm.ok"), e -> passwordDialog = null);
        passwordDialog.setId("temporary-password");
        passwordDialog.open();
    }
}
