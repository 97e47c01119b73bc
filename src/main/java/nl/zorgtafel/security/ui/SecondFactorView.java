package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.zorgtafel.security.SecondFactorService;
import nl.zorgtafel.security.SecondFactorService.Outcome;
import nl.zorgtafel.security.SecondFactorService.Result;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code; the
 * first time, linking the app. Open only to someone who just gave the right password.
 */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorService secondFactor;
    final VerticalLayout content = new VerticalLayout();
    final Button confirm = new Button();
    final Button useRecovery = new Button();
    final Button cancel = new Button();
    private TextField field;
    private boolean recoveryMode;
    private SecondFactorService.Enrolment enrolment;

    public SecondFactorView(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("login-view");
        setMaxWidth("34rem");
        getStyle().set("margin", "0 auto");
        content.setPadding(false);
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> submit());
        useRecovery.setId("second-factor-use-recovery");
        useRecovery.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useRecovery.addClickListener(e -> showRecovery());
        cancel.setText(getTranslation("second-factor.cancel"));
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            secondFactor.cancel();
            UI.getCurrent().getPage().setLocation(root() + "login");
        });
        add(new H1(getTranslation("app.name")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = secondFactor.pending();
        if (pending.isEmpty()) {
            event.forwardTo("login");
            return;
        }
        if (pending.get().enrolled()) {
            showCode();
        } else {
            showEnrolment();
        }
    }

    private void showCode() {
        recoveryMode = false;
        field = CodeField.totp();
        confirm.setText(getTranslation("second-factor.confirm"));
        useRecovery.setText(getTranslation("second-factor.use-recovery"));
        content.removeAll();
        content.add(new com.vaadin.flow.component.html.H2(getTranslation("second-factor.title")),
                new Paragraph(getTranslation("second-factor.text")), field,
                new HorizontalLayout(confirm, useRecovery, cancel));
        field.focus();
    }

    private void showRecovery() {
        recoveryMode = true;
        field = CodeField.recovery();
        useRecovery.setVisible(false);
        content.removeAll();
        content.add(new com.vaadin.flow.component.html.H2(getTranslation("second-factor.recovery.title")),
                new Paragraph(getTranslation("second-factor.recovery.text")), field,
                new HorizontalLayout(confirm, cancel));
        field.focus();
    }

    private void showEnrolment() {
        enrolment = secondFactor.newEnrolment();
        var form = new EnrolmentForm(enrolment);
        field = form.code;
        confirm.setText(getTranslation("second-factor.enrol.confirm"));
        content.removeAll();
        content.add(new com.vaadin.flow.component.html.H2(getTranslation("second-factor.enrol.title")),
                new Paragraph(getTranslation("second-factor.enrol.text")), form, new HorizontalLayout(confirm, cancel));
    }

    private void submit() {
        String typed = field.getValue();
        if (typed.isBlank()) {
            refuse("second-factor.empty");
            return;
        }
        Result result = enrolment != null ? secondFactor.enrolAtSignIn(enrolment, typed)
                : recoveryMode ? secondFactor.recoverAtSignIn(typed) : secondFactor.verifyAtSignIn(typed);
        if (result.outcome() == Outcome.ENDED) {
            UI.getCurrent().getPage().setLocation(root() + "login?code");
        } else if (result.outcome() == Outcome.WRONG) {
            refuse(recoveryMode ? "second-factor.recovery.wrong" : "second-factor.wrong");
        } else if (!result.recoveryCodes().isEmpty()) {
            confirm.setEnabled(true);
            content.removeAll();
            content.add(new RecoveryCodesPanel(result.recoveryCodes(), () -> open(result.target())));
        } else {
            open(result.target());
        }
    }

    private void refuse(String messageKey) {
        confirm.setEnabled(true);
        field.clear();
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
        field.focus();
    }

    /** A full page load: the signed-in pages start afresh under the new session id. */
    private static void open(String target) {
        UI.getCurrent().getPage().setLocation(root() + target);
    }

    private static String root() {
        var request = VaadinRequest.getCurrent();
        return (request == null ? "" : request.getContextPath()) + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.page-title");
    }
}
