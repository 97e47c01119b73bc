package nl.zorgtafel.live.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;

/**
 * Changes an action's description and deadline. When someone else changed it meanwhile, nothing
 * is overwritten: the dialog shows their version next to what this person typed, who can then
 * apply theirs on top of it (or cancel).
 */
class ActionEditDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    final TextArea description = new TextArea();
    final DatePicker deadline = new LocalDatePicker();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();
    private ActionView base;

    ActionEditDialog(ActionService actions, ActionView action, Runnable afterSave) {
        this.base = action;
        setHeaderTitle(getTranslation("action.edit"));
        description.setLabel(getTranslation("action.description"));
        description.setId("action-edit-description");
        TextLimit.apply(description, 2000);
        description.setValue(action.description());
        deadline.setLabel(getTranslation("action.deadline"));
        deadline.setId("action-edit-deadline");
        deadline.setValue(action.deadline());
        conflict.setId("action-edit-conflict");
        conflict.setVisible(false);
        conflict.getElement().getThemeList().add("badge error");
        save.setText(getTranslation("edit.save"));
        save.setId("action-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                actions.change(base.id(), base.version(), new NewAction(base.organisationId(), base.personId(),
                        description.getValue(), deadline.getValue()));
                close();
                afterSave.run();
                FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (FieldRefusal ex) {
                FormFeedback.show(ex, Map.of("description", description, "deadline", deadline), this);
            } catch (StaleEdit ex) {
                base = actions.find(base.id());
                conflict.setText(getTranslation("action.conflict", base.description(), DATE.format(base.deadline())));
                conflict.setVisible(true);
                save.setText(getTranslation("action.reapply"));
                afterSave.run();
            }
        });
        add(conflict, new FormLayout(description, deadline));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }
}
