package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Choosing a new password; where a person lands after an administrator's reset, before they
 * can open anything else.
 */
@Route(value = "wachtwoord", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "wachtwoord";

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        setMaxWidth("32rem");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setId("password-new");
        newPassword.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> change(accounts));
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation(
                currentUser.get().map(ZorgtafelUser::mustChangePassword).orElse(false) ? "password.intro" : "password.intro.own")), current,
                newPassword, repeat, save);
    }

    private void change(AccountService accounts) {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        repeat.setInvalid(false);
        if (!newPassword.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            if (!accounts.changeOwnPassword(current.getValue(), newPassword.getValue())) {
                current.setErrorMessage(getTranslation("password.wrong"));
                current.setInvalid(true);
                return;
            }
        } catch (FieldRefusal e) {
            newPassword.setErrorMessage(getTranslation(e.messageKey()));
            newPassword.setInvalid(true);
            return;
        }
        SharedPages.goHome(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
