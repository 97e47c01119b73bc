package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.security.SecondFactorService;

/**
 * Changing the second factor while signed in: a current code (or recovery code) first, then
 * either a newly linked app or new recovery codes, which are shown once.
 */
class SecondFactorDialog extends Dialog {

    final TextField current = new TextField();
    final Button confirm = new Button();
    private EnrolmentForm form;

    SecondFactorDialog(SecondFactorService secondFactor, boolean newApp, Runnable onDone) {
        setHeaderTitle(getTranslation(newApp ? "account.second-factor.re-enrol" : "account.second-factor.renew"));
        setWidth("min(36rem, 100%)");
        current.setLabel(getTranslation("account.second-factor.current"));
        current.setHelperText(getTranslation("account.second-factor.current.help"));
        current.setId("second-factor-current");
        current.setManualValidation(true);
        current.getElement().setAttribute("autocomplete", "one-time-code");
        var body = new VerticalLayout(new Paragraph(getTranslation(newApp ? "account.second-factor.re-enrol.text"
                : "account.second-factor.renew.text")), current);
        body.setPadding(false);
        SecondFactorService.Enrolment enrolment = newApp ? secondFactor.newEnrolment() : null;
        if (newApp) {
            form = new EnrolmentForm(enrolment);
            form.code.setAutofocus(false);
            body.add(form);
        }
        add(body);
        confirm.setText(getTranslation(newApp ? "second-factor.enrol.confirm" : "account.second-factor.renew"));
        confirm.setId("second-factor-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Making ten recovery codes takes a second: one click, no double work.
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            var codes = newApp ? secondFactor.reEnrol(current.getValue(), enrolment, form.code.getValue())
                    : secondFactor.renewRecoveryCodes(current.getValue());
            if (codes.isEmpty()) {
                current.clear();
                current.setErrorMessage(getTranslation("account.second-factor.refused"));
                current.setInvalid(true);
                confirm.setEnabled(true);
                return;
            }
            getFooter().removeAll();
            body.removeAll();
            body.add(new RecoveryCodesPanel(codes.get(), () -> {
                close();
                onDone.run();
            }));
        });
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), confirm);
    }
}
