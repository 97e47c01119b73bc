package nl.zorgtafel.party.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import nl.zorgtafel.party.EditConflictException;
import nl.zorgtafel.party.ValidationException;

/** Shows a service's validation refusal at the field it is about, in the user's language. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(ValidationException e, Map<String, ? extends HasValidation> fields,
            com.vaadin.flow.component.Component context) {
        fields.values().forEach(field -> field.setInvalid(false));
        String message = context.getTranslation(e.messageKey());
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            notify(context, message, NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Runs a save; on success closes the dialog and reports it, on a refusal marks the field, on
     * a conflicting edit tells the user that nothing was overwritten. The dialog stays open
     * unless the save succeeded, so nothing typed is lost.
     */
    static void save(Runnable save, com.vaadin.flow.component.dialog.Dialog dialog,
            Map<String, ? extends HasValidation> fields, Runnable afterSuccess) {
        try {
            save.run();
            dialog.close();
            afterSuccess.run();
            notify(dialog, dialog.getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            show(e, fields, dialog);
        } catch (EditConflictException e) {
            notify(dialog, dialog.getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    static void notify(com.vaadin.flow.component.Component context, String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
