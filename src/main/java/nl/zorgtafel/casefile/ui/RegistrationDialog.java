package nl.zorgtafel.casefile.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.RegistrationBasis;
import nl.zorgtafel.casefile.RegistrationConsent;

/**
 * The CoMensha registration basis as a form: consent (who, when, whether it covers name and date
 * of birth) or lawful without consent (why). The binder checks what the screen can know; the
 * service checks the right person for the age and refuses by field name.
 */
class RegistrationDialog extends Dialog {

    /** What the form edits; mutable for the binder. */
    static final class Form {
        RegistrationBasis basis;
        ConsentGiver givenBy;
        LocalDate consentDate;
        boolean coversIdentifying;
        String lawfulReason = "";
    }

    final RadioButtonGroup<RegistrationBasis> basis = new RadioButtonGroup<>();
    final Select<ConsentGiver> givenBy = new Select<>();
    final DatePicker consentDate = new LocalDatePicker();
    final Checkbox coversIdentifying = new Checkbox();
    final TextArea lawfulReason = new TextArea();
    final Button confirm = new Button();
    final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    RegistrationDialog(RegistrationConsent current, Consumer<RegistrationConsent> onConfirm) {
        setHeaderTitle(getTranslation("comensha.section"));
        basis.setLabel(getTranslation("comensha.basis"));
        basis.setId("comensha-basis");
        basis.setItems(RegistrationBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("comensha.basis." + b));
        givenBy.setLabel(getTranslation("comensha.given-by"));
        givenBy.setId("comensha-given-by");
        givenBy.setItems(ConsentGiver.values());
        givenBy.setItemLabelGenerator(c -> c == null ? "" : getTranslation("comensha.given-by." + c));
        consentDate.setLabel(getTranslation("comensha.consent-date"));
        consentDate.setId("comensha-consent-date");
        consentDate.setMax(LocalDate.now(CaseLabels.NETHERLANDS));
        coversIdentifying.setLabel(getTranslation("comensha.covers-identifying"));
        coversIdentifying.setId("comensha-covers-identifying");
        lawfulReason.setLabel(getTranslation("comensha.lawful-reason"));
        lawfulReason.setId("comensha-lawful-reason");
        TextLimit.apply(lawfulReason, 10_000);

        binder.forField(basis).asRequired(getTranslation("comensha.rule.basis"))
                .bind(f -> f.basis, (f, v) -> f.basis = v);
        binder.forField(givenBy)
                .withValidator(v -> v != null || basis.getValue() != RegistrationBasis.CONSENT,
                        getTranslation("comensha.rule.given-by"))
                .bind(f -> f.givenBy, (f, v) -> f.givenBy = v);
        binder.forField(consentDate)
                .withValidator(v -> v != null || basis.getValue() != RegistrationBasis.CONSENT,
                        getTranslation("comensha.rule.consent-date"))
                .bind(f -> f.consentDate, (f, v) -> f.consentDate = v);
        binder.forField(coversIdentifying).bind(f -> f.coversIdentifying, (f, v) -> f.coversIdentifying = v);
        binder.forField(lawfulReason)
                .withValidator(v -> !v.isBlank() || basis.getValue() != RegistrationBasis.LAWFUL_WITHOUT_CONSENT,
                        getTranslation("comensha.rule.reason"))
                .bind(f -> f.lawfulReason, (f, v) -> f.lawfulReason = v);
        if (current != null) {
            form.basis = current.basis();
            form.givenBy = current.givenBy();
            form.consentDate = current.consentDate();
            form.coversIdentifying = current.coversIdentifying();
            form.lawfulReason = current.lawfulReason() == null ? "" : current.lawfulReason();
        } else {
            form.consentDate = LocalDate.now(CaseLabels.NETHERLANDS);
        }
        binder.readBean(form);
        basis.addValueChangeListener(e -> showBasisFields(e.getValue()));
        showBasisFields(form.basis);

        int version = current == null ? 0 : current.version();
        confirm.setText(getTranslation("edit.save"));
        confirm.setId("comensha-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (binder.writeBeanIfValid(form)) {
                onConfirm.accept(new RegistrationConsent(form.basis, form.givenBy, form.consentDate,
                        form.coversIdentifying, form.lawfulReason, version, null));
            }
        });
        add(new FormLayout(basis, givenBy, consentDate, coversIdentifying, lawfulReason));
        setWidth("40rem");
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), confirm);
    }

    private void showBasisFields(RegistrationBasis chosen) {
        boolean consent = chosen == RegistrationBasis.CONSENT;
        givenBy.setVisible(consent);
        consentDate.setVisible(consent);
        coversIdentifying.setVisible(consent);
        lawfulReason.setVisible(chosen == RegistrationBasis.LAWFUL_WITHOUT_CONSENT);
    }

    /** Fields by the names the service refuses them under. */
    Map<String, HasValidation> fields() {
        return Map.of("basis", basis, "givenBy", givenBy, "consentDate", consentDate, "lawfulReason", lawfulReason);
    }
}
