package nl.zorgtafel.base.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * Last line for unexpected errors in the UI: logs them under a short incident code and tells the
 * user that code, never the exception text (which must not reach a screen or a projector).
 */
class MainErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected UI error, incident {}", incident, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(ui.getTranslation("error.unexpected", incident), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }
}
