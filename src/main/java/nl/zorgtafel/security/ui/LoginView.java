package nl.zorgtafel.security.ui;

import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.zorgtafel.security.ProviderLinks;

/** Password login; Spring Security processes the form post to /login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    final Paragraph demoHint = new Paragraph();

    public LoginView(Environment environment, ProviderLinks providerLinks) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        loginForm.setId("login-form");
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(dutchOrEnglishI18n());

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var purpose = new Paragraph(getTranslation("login.purpose"));
        purpose.addClassName("login-purpose");
        add(title, purpose, loginForm);
        // Single sign-on, when an organisation's provider is configured: a plain link, as the
        // provider's pages are outside this application.
        providerLinks.providers().forEach(provider -> {
            var link = new Anchor(provider.path(), getTranslation("login.sso", provider.name()));
            link.setRouterIgnore(true);
            link.addClassName("login-sso");
            link.setId("login-sso");
            add(link);
        });

        // Demo accounts exist only in the demo profile, and so does this hint.
        if (environment.matchesProfiles("demo")) {
            demoHint.setId("demo-hint");
            demoHint.setText(getTranslation("login.demo-hint"));
            demoHint.addClassName("login-demo-hint");
            add(demoHint);
        }
    }

    private LoginI18n dutchOrEnglishI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // The form's own error text speaks of username and password; these are other causes.
        String other = parameters.containsKey("code") ? "login.code-ended"
                : parameters.containsKey("expired") ? "login.expired"
                : parameters.containsKey("sso") ? "login.sso-unknown" : null;
        if (other != null) {
            var i18n = dutchOrEnglishI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation(other));
            loginForm.setI18n(i18n);
        }
        loginForm.setError(parameters.containsKey("error") || other != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
