package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import nl.zorgtafel.base.ui.TextLimit;

/**
 * A step that needs words: the chair's reason (and advice) for afwijzen or meer informatie
 * nodig, or the proposer's answer. Stays open on a refusal, so nothing typed is lost.
 */
class TextDecisionDialog extends Dialog {

    final TextArea text = new TextArea();
    final TextArea advice = new TextArea();
    final Button confirm = new Button();

    /**
     * @param adviceLabel null when the step asks no advice
     * @param onConfirm   gets the text and the advice (null when not asked)
     */
    TextDecisionDialog(String title, String textLabel, String adviceLabel, String confirmLabel,
            BiConsumer<String, String> onConfirm) {
        setHeaderTitle(title);
        text.setLabel(textLabel);
        text.setId("decision-text");
        advice.setId("decision-advice");
        for (TextArea area : new TextArea[] {text, advice}) {
            TextLimit.apply(area, 10_000);
            area.setWidthFull();
            area.setMinHeight("8rem");
            area.setRequiredIndicatorVisible(true);
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        advice.setLabel(adviceLabel);
        advice.setVisible(adviceLabel != null);
        confirm.setText(confirmLabel);
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> onConfirm.accept(text.getValue(), adviceLabel == null ? null : advice.getValue()));
        var cancel = new Button(getTranslation("edit.cancel"), e -> close());
        cancel.setId("decision-cancel");
        add(new VerticalLayout(text, advice));
        setWidth("40rem");
        getFooter().add(cancel, confirm);
    }

    /** Fields by the names the services refuse them under. */
    Map<String, HasValidation> fields() {
        return Map.of("reason", text, "answer", text, "advice", advice);
    }
}
