package nl.zorgtafel.live.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.action.ui.StatusFields;
import nl.zorgtafel.meeting.MeetingAgenda;

/**
 * Changes every field of one action (party, person, description, deadline, status), naming the
 * action it changes. Only the chair and secretary move an action to another party. When someone
 * else changed it meanwhile, nothing is overwritten: the dialog shows their version next to what
 * this person entered, who can then apply theirs on top of it (or cancel).
 */
class ActionEditDialog extends Dialog {


    final Paragraph which = new Paragraph();
    final ComboBox<MeetingAgenda.Participant> party = new ComboBox<>();
    final ComboBox<ActionService.Colleague> person = new ComboBox<>();
    final TextArea description = new TextArea();
    final DatePicker deadline = new LocalDatePicker();
    final Select<ActionStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();
    private final ActionService actions;
    private final Runnable afterSave;
    private ActionView base;

    ActionEditDialog(ActionService actions, ActionView action, List<MeetingAgenda.Participant> parties,
            boolean mayMoveParty, Runnable afterSave) {
        this.actions = actions;
        this.afterSave = afterSave;
        this.base = action;
        setHeaderTitle(getTranslation("action.edit-title"));
        which.setId("action-edit-which");
        which.setText(action.organisationName() + ": " + action.description());
        party.setLabel(getTranslation("action.party"));
        party.setId("action-edit-party");
        party.setItems(parties);
        party.setItemLabelGenerator(MeetingAgenda.Participant::name);
        party.setValue(parties.stream().filter(p -> p.organisationId() == action.organisationId()).findFirst()
                .orElse(null));
        party.setEnabled(mayMoveParty);
        person.setLabel(getTranslation("action.person"));
        person.setId("action-edit-person");
        person.setItemLabelGenerator(ActionService.Colleague::name);
        person.setClearButtonVisible(true);
        peopleOf(action.organisationId(), action.personId());
        party.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                peopleOf(e.getValue() == null ? -1 : e.getValue().organisationId(), null);
            }
        });
        description.setLabel(getTranslation("action.description"));
        description.setId("action-edit-description");
        TextLimit.apply(description, 2000);
        description.setValue(action.description());
        deadline.setLabel(getTranslation("action.deadline"));
        deadline.setId("action-edit-deadline");
        deadline.setValue(action.deadline());
        StatusFields.configure(status, reason, action, "action-edit-status", "action-edit-reason");
        status.setEnabled(action.status() != ActionStatus.NIET_UITGEVOERD);
        conflict.setId("action-edit-conflict");
        conflict.setVisible(false);
        conflict.getElement().getThemeList().add("badge error");
        save.setText(getTranslation("edit.save"));
        save.setId("action-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var form = new FormLayout(party, person, description, deadline, status, reason);
        form.setColspan(description, 2);
        form.setColspan(reason, 2);
        add(which, conflict, form);
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }

    private void peopleOf(long organisationId, Long chosen) {
        List<ActionService.Colleague> people = organisationId < 0 ? List.of()
                : actions.peopleFor(base.agendaItemId(), organisationId);
        person.setItems(people);
        person.setValue(people.stream().filter(p -> Objects.equals(p.personId(), chosen)).findFirst().orElse(null));
    }

    private void save() {
        var changed = new NewAction(party.getValue() == null ? null : party.getValue().organisationId(),
                person.getValue() == null ? null : person.getValue().personId(), description.getValue(),
                deadline.getValue());
        boolean fieldsChanged = !Objects.equals(changed.organisationId(), base.organisationId())
                || !Objects.equals(changed.personId(), base.personId())
                || !Objects.equals(changed.description(), base.description())
                || !Objects.equals(changed.deadline(), base.deadline());
        boolean statusChanged = status.getValue() != base.status()
                || (status.getValue() == ActionStatus.NIET_MOGELIJK
                        && !Objects.equals(reason.getValue(), Objects.toString(base.statusReason(), "")));
        try {
            if (fieldsChanged) {
                actions.change(base.id(), base.version(), changed);
            }
            if (statusChanged) {
                int version = fieldsChanged ? actions.find(base.id()).version() : base.version();
                actions.setStatus(base.id(), version, status.getValue(), reason.getValue());
            }
            close();
            afterSave.run();
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal ex) {
            FormFeedback.show(ex, Map.of("organisation", party, "person", person, "description", description,
                    "deadline", deadline, "status", status, "reason", reason), this);
            if (fieldsChanged) {
                // The fields may already be saved: what follows is compared with the stored action.
                base = actions.find(base.id());
            }
        } catch (StaleEdit ex) {
            base = actions.find(base.id());
            conflict.setText(getTranslation("action.conflict", base.description(), Dates.day(base.deadline())));
            conflict.setVisible(true);
            save.setText(getTranslation("action.reapply"));
            afterSave.run();
        }
    }
}
