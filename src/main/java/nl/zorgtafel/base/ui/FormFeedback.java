package nl.zorgtafel.base.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;

/** Shows a service's refusal at the field it is about, in the user's language, and the outcome of saves. */
public final class FormFeedback {

    private FormFeedback() {
    }

    /**
     * Marks every refused field with its message (the first invalid field gets the focus);
     * refusals about something not on the form are shown as a notification.
     */
    public static void show(FieldRefusal e, Map<String, ? extends HasValidation> fields,
            com.vaadin.flow.component.Component context) {
        fields.values().forEach(field -> field.setInvalid(false));
        java.util.List<String> elsewhere = new java.util.ArrayList<>();
        HasValidation first = null;
        for (FieldRefusal.Reason reason : e.reasons()) {
            String message = context.getTranslation(reason.messageKey());
            HasValidation field = fields.get(reason.field());
            if (field == null) {
                elsewhere.add(message);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                first = first == null ? field : first;
            }
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
        if (!elsewhere.isEmpty()) {
            notify(context, String.join(" ", elsewhere.stream().distinct().toList()), NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Runs a save; on success closes the dialog and reports it, on a refusal marks the field, on
     * a conflicting edit tells the user that nothing was overwritten. The dialog stays open
     * unless the save succeeded, so nothing typed is lost.
     */
    public static void save(Runnable save, com.vaadin.flow.component.dialog.Dialog dialog,
            Map<String, ? extends HasValidation> fields, Runnable afterSuccess) {
        try {
            save.run();
            dialog.close();
            afterSuccess.run();
            notify(dialog, dialog.getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            show(e, fields, dialog);
        } catch (StaleEdit e) {
            notify(dialog, dialog.getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    public static void notify(com.vaadin.flow.component.Component context, String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
