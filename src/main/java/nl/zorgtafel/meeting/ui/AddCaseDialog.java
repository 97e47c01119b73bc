package nl.zorgtafel.meeting.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.SchedulableCase;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * Puts a case on a session's agenda: which case, in which block, for how long, with which
 * organisations and people. A new dialog each time, so nothing of an earlier attempt lingers.
 */
class AddCaseDialog extends Dialog {

    final ComboBox<SchedulableCase> caseChoice = new ComboBox<>();
    final Select<AgendaBlock> block = new Select<>();
    final IntegerField minutes = new IntegerField();
    final MultiSelectComboBox<OrganisationSummary> participants = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MeetingAgenda.ItemPerson> people = new MultiSelectComboBox<>();

    AddCaseDialog(AgendaService agendas, long meetingId, List<OrganisationSummary> organisations, Runnable afterSave) {
        setHeaderTitle(getTranslation("agenda.add-case"));
        caseChoice.setLabel(getTranslation("agenda.case"));
        caseChoice.setId("agenda-case");
        caseChoice.setItems(agendas.schedulableCases(meetingId));
        caseChoice.setItemLabelGenerator(c -> c.code() + " (" + getTranslation("case-status." + c.status()) + ")");
        // The proposer's suggested organisations and the block that fits the case's status come pre-filled.
        caseChoice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Set<Long> proposed = e.getValue().proposedParticipants();
                participants.setValue(organisations.stream().filter(o -> proposed.contains(o.id()))
                        .collect(Collectors.toSet()));
                block.setValue(e.getValue().status() == CaseStatus.GEAGENDEERD ? AgendaBlock.NEW_CASES
                        : AgendaBlock.FOLLOW_UP);
            }
        });
        block.setLabel(getTranslation("agenda.block"));
        block.setId("agenda-block");
        block.setItems(AgendaBlock.NEW_CASES, AgendaBlock.FOLLOW_UP);
        block.setItemLabelGenerator(b -> b == null ? "" : getTranslation("agenda-block." + b));
        block.setValue(AgendaBlock.NEW_CASES);
        minutes.setLabel(getTranslation("agenda.planned-minutes"));
        minutes.setId("agenda-planned-minutes");
        minutes.setValue(15);
        minutes.setHelperText(getTranslation("agenda.minutes-help"));
        participants.setLabel(getTranslation("agenda.participants"));
        participants.setId("agenda-participants");
        participants.setItems(organisations);
        participants.setItemLabelGenerator(OrganisationSummary::name);
        participants.setHelperText(getTranslation("agenda.participants-help"));
        people.setLabel(getTranslation("agenda.people"));
        people.setId("agenda-people");
        people.setItemLabelGenerator(MeetingAgenda.ItemPerson::name);
        people.setHelperText(getTranslation("agenda.people-help"));
        // People to name come from the chosen organisations; those still fitting stay chosen.
        participants.addValueChangeListener(e -> {
            var chosen = e.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet());
            var keep = Set.copyOf(people.getValue());
            var candidates = agendas.peopleOf(chosen);
            people.setItems(candidates);
            people.setValue(candidates.stream().filter(keep::contains).collect(Collectors.toSet()));
        });
        add(new FormLayout(caseChoice, block, minutes, participants, people));
        var save = new Button(getTranslation("edit.save"));
        save.setId("agenda-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // No case chosen is one of the service's refusals (no such case), shown with all the others.
        save.addClickListener(e -> FormFeedback.save(() -> agendas.addCase(meetingId,
                caseChoice.getValue() == null ? -1 : caseChoice.getValue().caseFileId(), block.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue(),
                participants.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet()),
                people.getValue().stream().map(MeetingAgenda.ItemPerson::personId).collect(Collectors.toSet())),
                this, Map.of("case", caseChoice, "minutes", minutes, "participants", participants, "block", block,
                        "people", people), afterSave));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }
}
