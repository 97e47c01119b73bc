package nl.zorgtafel.action.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.base.ui.FormFeedback;

/** Changes an action's status; niet mogelijk asks why. Niet uitgevoerd is for the review, not here. */
public class StatusDialog extends Dialog {

    final Select<ActionStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    public StatusDialog(ActionService actions, ActionView action, Runnable afterSave) {
        setHeaderTitle(getTranslation("action.status-change"));
        StatusFields.configure(status, reason, action, "status-choice", "status-reason");
        save.setText(getTranslation("edit.save"));
        save.setId("status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> FormFeedback.save(() -> actions.setStatus(action.id(), action.version(),
                status.getValue(), reason.getValue()), this, Map.of("status", status, "reason", reason), afterSave));
        add(new FormLayout(status, reason));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }
}
