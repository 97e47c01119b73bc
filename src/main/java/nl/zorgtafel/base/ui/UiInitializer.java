package nl.zorgtafel.base.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.ZorgtafelUser;

/** Sets up every session and UI: the error handler, and Dutch unless the user chose English. */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UiInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var errorHandler = new MainErrorHandler();
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(localeFor()));
    }

    private Locale localeFor() {
        return currentUser.get()
                .flatMap(ZorgtafelUser::preferredLocale)
                .map(Locale::forLanguageTag)
                .map(Translations::supported)
                .orElse(Translations.DUTCH);
    }
}
