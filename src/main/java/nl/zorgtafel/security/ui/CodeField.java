package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

/** Fields for a code from the app or a recovery code, as phones and password managers expect. */
final class CodeField {

    private CodeField() {
    }

    static TextField totp() {
        var field = new TextField(UI.getCurrent().getTranslation("second-factor.code"));
        field.setId("second-factor-code");
        field.setHelperText(UI.getCurrent().getTranslation("second-factor.code.help"));
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setMaxLength(7);
        field.setAutofocus(true);
        // The server says whether a code is right; the field itself never clears that message.
        field.setManualValidation(true);
        return field;
    }

    static TextField recovery() {
        var field = new TextField(UI.getCurrent().getTranslation("second-factor.recovery"));
        field.setId("second-factor-recovery");
        field.setHelperText(UI.getCurrent().getTranslation("second-factor.recovery.help"));
        field.getElement().setAttribute("autocomplete", "off");
        field.setMaxLength(20);
        field.setManualValidation(true);
        return field;
    }
}
