package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.Naming;

/**
 * Anonymous → named for a case already on an agenda: the legal basis first (with the
 * consideration or the consent it needs), then name and date of birth, optionally address and BSN.
 */
class NamingDialog extends Dialog {

    final Select<LegalBasis> basis = new Select<>();
    final TextArea conflict = new TextArea();
    final Select<ConsentGiver> consentBy = new Select<>();
    final DatePicker consentDate = new LocalDatePicker();
    final TextField name = new TextField();
    final DatePicker dateOfBirth = new LocalDatePicker();
    final TextField address = new TextField();
    final TextField bsn = new TextField();
    final Button confirm = new Button();

    NamingDialog(Consumer<Naming> onConfirm) {
        setHeaderTitle(getTranslation("case.naming"));
        basis.setLabel(getTranslation("intake.basis"));
        basis.setId("naming-basis");
        basis.setItems(LegalBasis.values());
        basis.setItemLabelGenerator(b -> b == null ? "" : getTranslation("basis." + b));
        conflict.setLabel(getTranslation("intake.conflict"));
        conflict.setId("naming-conflict");
        TextLimit.apply(conflict, 10_000);
        consentBy.setLabel(getTranslation("intake.consent-by"));
        consentBy.setId("naming-consent-by");
        consentBy.setItems(ConsentGiver.values());
        consentBy.setItemLabelGenerator(c -> c == null ? "" : getTranslation("consent." + c));
        consentDate.setLabel(getTranslation("intake.consent-date"));
        consentDate.setId("naming-consent-date");
        basis.addValueChangeListener(e -> showBasisFields(e.getValue()));
        showBasisFields(null);
        name.setLabel(getTranslation("intake.name"));
        name.setId("naming-name");
        name.setMaxLength(200);
        dateOfBirth.setLabel(getTranslation("intake.date-of-birth"));
        dateOfBirth.setId("naming-date-of-birth");
        address.setLabel(getTranslation("intake.address"));
        address.setId("naming-address");
        address.setMaxLength(300);
        bsn.setLabel(getTranslation("intake.bsn"));
        bsn.setId("naming-bsn");
        bsn.setMaxLength(9);
        confirm.setText(getTranslation("case.naming.confirm"));
        confirm.setId("naming-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> onConfirm.accept(new Naming(basis.getValue(), conflict.getValue(),
                consentBy.getValue(), consentDate.getValue(), new IdentifyingData(name.getValue(),
                        dateOfBirth.getValue(), address.getValue(), bsn.getValue()))));
        add(new Paragraph(getTranslation("intake.named.note")),
                new FormLayout(basis, conflict, consentBy, consentDate, name, dateOfBirth, address, bsn));
        setWidth("44rem");
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), confirm);
    }

    private void showBasisFields(LegalBasis chosen) {
        conflict.setVisible(chosen == LegalBasis.CONFLICT_VAN_PLICHTEN);
        consentBy.setVisible(chosen == LegalBasis.TOESTEMMING);
        consentDate.setVisible(chosen == LegalBasis.TOESTEMMING);
    }

    /** Fields by the names the intake rules refuse them under. */
    Map<String, HasValidation> fields() {
        return Map.of("legalBasis", basis, "conflictOfDuties", conflict, "consentGivenBy", consentBy,
                "consentDate", consentDate, "identifying", name, "dateOfBirth", dateOfBirth);
    }
}
