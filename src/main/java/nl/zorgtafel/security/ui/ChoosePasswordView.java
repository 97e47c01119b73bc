package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.AccountResets;

/**
 * Choosing a new password through the one-time link a reset mailed to the person: the only way a
 * password reset reaches someone who sees case data, so the Beheerder never knows it.
 */
@Route(value = "wachtwoord-instellen", autoLayout = false)
@AnonymousAllowed
public class ChoosePasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AccountResets resets;
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private String token;

    public ChoosePasswordView(AccountResets resets) {
        this.resets = resets;
        addClassName("login-view");
        setMaxWidth("34rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("password-link.title")));
        if (!resets.linkValid(token)) {
            add(new Paragraph(getTranslation("password-link.invalid")), loginLink());
            return;
        }
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setId("password-new");
        newPassword.setHelperText(getTranslation("password.rule"));
        newPassword.setManualValidation(true);
        newPassword.setWidthFull();
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        repeat.setManualValidation(true);
        repeat.setWidthFull();
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> choose());
        add(new Paragraph(getTranslation("password-link.text")), newPassword, repeat, save);
    }

    private void choose() {
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            resets.choosePassword(token, newPassword.getValue());
        } catch (FieldRefusal e) {
            newPassword.setErrorMessage(getTranslation(e.messageKey()));
            newPassword.setInvalid(true);
            return;
        }
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("password-link.done.title")),
                new Paragraph(getTranslation("password-link.done")), loginLink());
    }

    private RouterLink loginLink() {
        var link = new RouterLink(getTranslation("login.submit"), LoginView.class);
        link.setId("to-login");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-link.title");
    }
}
