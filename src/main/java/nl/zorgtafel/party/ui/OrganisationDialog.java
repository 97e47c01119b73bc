package nl.zorgtafel.party.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.party.Organisation;
import nl.zorgtafel.party.OrganisationType;

/**
 * Form for one partner organisation. A dumb component: it hands the edited record to
 * {@code onSave} and shows refusals it is told about; the tab calls the service.
 */
class OrganisationDialog extends Dialog {

    final TextField name = new TextField();
    final Select<OrganisationType> type = new Select<>();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Organisation original;

    OrganisationDialog(Organisation organisation, Consumer<Organisation> onSave) {
        this.original = organisation;
        setHeaderTitle(getTranslation(organisation.id() == null ? "beheer.organisation.new" : "beheer.organisation.edit"));
        name.setLabel(getTranslation("beheer.organisations.name"));
        name.setId("organisation-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setValue(organisation.name());
        type.setLabel(getTranslation("beheer.organisations.type"));
        type.setId("organisation-type");
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organisation-type." + t.name()));
        type.setValue(organisation.type());
        email.setLabel(getTranslation("beheer.organisation.email"));
        email.setId("organisation-email");
        email.setMaxLength(254);
        email.setValue(organisation.email() == null ? "" : organisation.email());
        phone.setLabel(getTranslation("beheer.organisation.phone"));
        phone.setId("organisation-phone");
        phone.setMaxLength(40);
        phone.setValue(organisation.phone() == null ? "" : organisation.phone());
        address.setLabel(getTranslation("beheer.organisation.address"));
        address.setMaxLength(300);
        address.setValue(organisation.address() == null ? "" : organisation.address());
        active.setLabel(getTranslation("beheer.active"));
        active.setId("organisation-active");
        active.setValue(organisation.active());

        var form = new FormLayout(name, type, email, phone, address, active);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        add(form);

        save.setText(getTranslation("edit.save"));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> confirmThenSave(onSave));
        cancel.setText(getTranslation("edit.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void confirmThenSave(Consumer<Organisation> onSave) {
        Organisation edited = edited();
        if (original.id() != null && original.active() && !edited.active()) {
            var confirm = new ConfirmDialog(getTranslation("beheer.deactivate.title"),
                    getTranslation("beheer.organisation.deactivate.text", edited.name()),
                    getTranslation("beheer.deactivate.confirm"), e -> onSave.accept(edited));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edit.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        } else {
            onSave.accept(edited);
        }
    }

    Organisation edited() {
        return new Organisation(original.id(), name.getValue(), type.getValue(), email.getValue(), phone.getValue(),
                address.getValue(), active.getValue(), original.version());
    }

    Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("name", name, "type", type, "email", email, "phone", phone, "address", address);
    }
}
