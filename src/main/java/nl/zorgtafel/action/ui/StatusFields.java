package nl.zorgtafel.action.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.base.ui.TextLimit;

/**
 * The status of an action as people set it (in Mijn acties and in the meeting): the statuses a
 * party may choose (niet uitgevoerd is the review's), and a reason that shows for niet mogelijk.
 */
public final class StatusFields {

    private StatusFields() {
    }

    /** Sets up the pair for this action, with the given element ids. */
    public static void configure(Select<ActionStatus> status, TextArea reason, ActionView action, String statusId,
            String reasonId) {
        status.setLabel(status.getTranslation("action.status"));
        status.setId(statusId);
        status.setItems(ActionStatus.OPEN, ActionStatus.IN_UITVOERING, ActionStatus.GEREED, ActionStatus.NIET_MOGELIJK);
        status.setItemLabelGenerator(s -> s == null ? "" : status.getTranslation("action-status." + s));
        status.setValue(action.status() == ActionStatus.NIET_UITGEVOERD ? null : action.status());
        reason.setLabel(reason.getTranslation("action.reason"));
        reason.setId(reasonId);
        reason.setHelperText(reason.getTranslation("action.reason-help"));
        TextLimit.apply(reason, 1000);
        reason.setValue(action.statusReason() == null ? "" : action.statusReason());
        reason.setVisible(status.getValue() == ActionStatus.NIET_MOGELIJK);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ActionStatus.NIET_MOGELIJK));
    }
}
