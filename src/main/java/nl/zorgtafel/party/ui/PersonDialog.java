package nl.zorgtafel.party.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.party.CareTableSummary;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.security.AccountResets;
import nl.zorgtafel.security.TableRole;

/**
 * Form for one person: details, organisation, login name (new people only) and a role per
 * table ("geen" removes the role). Fires {@code onSave}, {@code onActive} and
 * {@code onResetPassword}; the tab calls the service.
 */
class PersonDialog extends Dialog {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Checkbox contactPerson = new Checkbox();
    final TextField username = new TextField();
    final Map<Long, Select<TableRole>> roles = new HashMap<>();
    final Button save = new Button();
    final Button toggleActive = new Button();
    final Button resetPassword = new Button();
    final Button unlock = new Button();
    final Button secondFactor = new Button();

    private final PersonDetails original;

    PersonDialog(PersonDetails person, List<OrganisationSummary> organisations, List<CareTableSummary> tables,
            Consumer<PersonDetails> onSave, Consumer<Boolean> onActive, Runnable onResetPassword) {
        this.original = person;
        setHeaderTitle(getTranslation(person.id() == null ? "beheer.person.new" : "beheer.person.edit"));
        setWidth("min(48rem, 100%)");
        name.setLabel(getTranslation("beheer.person.name"));
        name.setId("person-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setValue(person.displayName());
        email.setLabel(getTranslation("beheer.organisation.email"));
        email.setId("person-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setValue(person.email() == null ? "" : person.email());
        phone.setLabel(getTranslation("beheer.organisation.phone"));
        phone.setMaxLength(40);
        phone.setValue(person.phone() == null ? "" : person.phone());
        organisation.setLabel(getTranslation("beheer.person.organisation"));
        organisation.setId("person-organisation");
        organisation.setRequiredIndicatorVisible(true);
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisations.stream().filter(o -> o.id() == (person.organisationId() == null ? -1 : person.organisationId()))
                .findFirst().ifPresent(organisation::setValue);
        contactPerson.setLabel(getTranslation("beheer.person.contact-person"));
        contactPerson.setValue(person.contactPerson());
        username.setLabel(getTranslation("beheer.person.username"));
        username.setId("person-username");
        username.setValue(person.username() == null ? "" : person.username());
        username.setReadOnly(person.id() != null);
        username.setRequiredIndicatorVisible(person.id() == null);

        var form = new FormLayout(name, email, phone, organisation, contactPerson, username);
        var rolesForm = new FormLayout();
        for (CareTableSummary table : tables) {
            var role = new Select<TableRole>();
            role.setLabel(table.name());
            role.setId("role-" + table.id());
            role.setItems(TableRole.values());
            role.setEmptySelectionAllowed(true);
            role.setEmptySelectionCaption(getTranslation("beheer.person.no-role"));
            role.setItemLabelGenerator(r -> r == null ? getTranslation("beheer.person.no-role")
                    : getTranslation("role." + r.name()));
            role.setValue(person.roles().get(table.id()));
            roles.put(table.id(), role);
            rolesForm.add(role);
        }
        add(form, new H4(getTranslation("beheer.person.roles")), rolesForm);

        save.setText(getTranslation("edit.save"));
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(edited()));
        var cancel = new Button(getTranslation("edit.cancel"), e -> close());
        if (person.id() != null) {
            toggleActive.setText(getTranslation(person.active() ? "beheer.person.deactivate" : "beheer.person.reactivate"));
            toggleActive.setId("person-toggle-active");
            toggleActive.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggleActive.addClickListener(e -> confirm(person.active() ? "beheer.person.deactivate.text"
                    : "beheer.person.reactivate.text", () -> onActive.accept(!person.active())));
            resetPassword.setText(getTranslation("beheer.person.reset-password"));
            resetPassword.setId("person-reset-password");
            resetPassword.addClickListener(e -> confirm("beheer.person.reset-password.text", onResetPassword));
            getFooter().add(toggleActive, resetPassword);
        }
        getFooter().add(cancel, save);
    }

    /**
     * The second factor: ask to reset it, or approve another Beheerder's request (never one's
     * own: the button then only says it waits).
     */
    void offerSecondFactorReset(AccountResets.SecondFactorRequest state, Runnable onClick) {
        var asked = state == AccountResets.SecondFactorRequest.ASKED_BY_ANOTHER;
        secondFactor.setText(getTranslation(switch (state) {
            case NONE -> "beheer.person.second-factor.ask";
            case ASKED_BY_ME -> "beheer.person.second-factor.asked";
            case ASKED_BY_ANOTHER -> "beheer.person.second-factor.approve";
        }));
        secondFactor.setId("person-second-factor");
        secondFactor.setEnabled(state != AccountResets.SecondFactorRequest.ASKED_BY_ME);
        secondFactor.addClickListener(e -> confirm(asked ? "beheer.person.second-factor.approve.text"
                : "beheer.person.second-factor.ask.text", onClick));
        getFooter().addComponentAsFirst(secondFactor);
    }

    /** Offers to lift the lock that failed sign-ins put on the account (until the given time). */
    void offerUnlock(String until, Runnable onUnlock) {
        unlock.setText(getTranslation("beheer.person.unlock"));
        unlock.setId("person-unlock");
        unlock.getElement().setAttribute("title", getTranslation("beheer.person.locked-until", until));
        unlock.addClickListener(e -> confirm("beheer.person.unlock.text", onUnlock));
        getFooter().addComponentAsFirst(unlock);
    }

    private void confirm(String textKey, Runnable action) {
        var dialog = new ConfirmDialog(getTranslation("beheer.confirm.title"), getTranslation(textKey, original.displayName()),
                getTranslation("beheer.confirm.yes"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("edit.cancel"));
        dialog.open();
    }

    PersonDetails edited() {
        Map<Long, TableRole> chosen = new HashMap<>();
        roles.forEach((table, select) -> {
            if (select.getValue() != null) {
                chosen.put(table, select.getValue());
            }
        });
        return new PersonDetails(original.id(), name.getValue(), email.getValue(), phone.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), contactPerson.getValue(),
                original.active(), original.version(), username.getValue(), original.administrator(), chosen);
    }

    Map<String, HasValidation> fields() {
        return Map.of("displayName", name, "email", email, "phone", phone, "organisationId", organisation,
                "username", username);
    }
}
