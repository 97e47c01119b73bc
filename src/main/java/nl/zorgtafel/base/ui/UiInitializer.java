package nl.zorgtafel.base.ui;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.ZorgtafelUser;
import nl.zorgtafel.security.SecondFactorService;
import nl.zorgtafel.security.ui.ChangePasswordView;
import nl.zorgtafel.security.ui.LoginView;
import nl.zorgtafel.security.ui.SecondFactorView;

/**
 * Sets up every session and UI: the error handler, Dutch unless the user chose English, and
 * the forced password change after a reset.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SecondFactorService secondFactor;
    /** Open UIs (browser tabs) on this node. */
    private final AtomicInteger activeUis = new AtomicInteger();

    UiInitializer(CurrentUser currentUser, SecondFactorService secondFactor, MeterRegistry meters) {
        this.currentUser = currentUser;
        this.secondFactor = secondFactor;
        meters.gauge("zorgtafel.ui.active", activeUis);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var errorHandler = new MainErrorHandler();
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> {
            activeUis.incrementAndGet();
            e.getUI().addDetachListener(detach -> activeUis.decrementAndGet());
            e.getUI().setLocale(localeFor());
            // Between password and code, only the code page opens (the HTTP filter does the same
            // for page loads; this covers navigation inside an open page).
            e.getUI().addBeforeEnterListener(enter -> {
                if (secondFactor.pending().isPresent() && !enter.getNavigationTarget().equals(SecondFactorView.class)
                        && !enter.getNavigationTarget().equals(LoginView.class)) {
                    enter.rerouteTo(SecondFactorView.class);
                }
            });
            // After an administrator's reset, nothing opens until the person chose a new password.
            e.getUI().addBeforeEnterListener(enter -> {
                boolean mustChange = currentUser.get().map(ZorgtafelUser::mustChangePassword).orElse(false);
                if (mustChange && !enter.getNavigationTarget().equals(ChangePasswordView.class)) {
                    enter.rerouteTo(ChangePasswordView.class);
                }
            });
        });
    }

    private Locale localeFor() {
        return currentUser.get()
                .flatMap(ZorgtafelUser::preferredLocale)
                .map(Locale::forLanguageTag)
                .map(Translations::supported)
                .orElse(Translations.DUTCH);
    }
}
