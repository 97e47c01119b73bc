package nl.zorgtafel.casefile.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.casefile.ConsentGiver;

/** Consent asked again when the young person turned 16 or 18: who gave it, and when. */
class ConsentDialog extends Dialog {

    final Select<ConsentGiver> givenBy = new Select<>();
    final DatePicker on = new LocalDatePicker();
    final Button confirm = new Button();

    ConsentDialog(int age, BiConsumer<ConsentGiver, LocalDate> onConfirm) {
        setHeaderTitle(getTranslation("case.consent.recheck"));
        givenBy.setLabel(getTranslation("intake.consent-by"));
        givenBy.setId("consent-given-by");
        givenBy.setItems(ConsentGiver.values());
        givenBy.setItemLabelGenerator(c -> c == null ? "" : getTranslation("consent." + c));
        on.setLabel(getTranslation("intake.consent-date"));
        on.setId("consent-date");
        on.setValue(LocalDate.now(CaseLabels.NETHERLANDS));
        confirm.setText(getTranslation("edit.save"));
        confirm.setId("consent-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> onConfirm.accept(givenBy.getValue(), on.getValue()));
        add(new Paragraph(getTranslation("case.consent.recheck-explain", age)), new FormLayout(givenBy, on));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), confirm);
    }

    Map<String, HasValidation> fields() {
        return Map.of("consentGivenBy", givenBy, "consentDate", on);
    }
}
