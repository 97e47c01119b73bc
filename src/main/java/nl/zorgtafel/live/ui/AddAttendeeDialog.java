package nl.zorgtafel.live.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.live.AcceptedHow;
import nl.zorgtafel.live.AttendanceService;
import nl.zorgtafel.meeting.MeetingAgenda;

/**
 * Adds someone who is in the room: a member or a person invited for a case item who is not on
 * the list yet, or a guest without an account (a named person of a deelnemer organisation), who
 * reads the confidentiality statement on this screen or accepts it aloud.
 */
class AddAttendeeDialog extends Dialog {

    final ComboBox<AttendanceService.Candidate> candidate = new ComboBox<>();
    final Button addCandidate = new Button();
    final TextField guestName = new TextField();
    final Select<MeetingAgenda.Participant> guestOrganisation = new Select<>();
    final RadioButtonGroup<AcceptedHow> guestAccepted = new RadioButtonGroup<>();
    final Button addGuest = new Button();

    AddAttendeeDialog(AttendanceService attendance, long meetingId, List<MeetingAgenda.Participant> organisations,
            String statement, Runnable afterSave) {
        setHeaderTitle(getTranslation("attendance.add"));
        setWidth("min(40rem, 95vw)");
        candidate.setLabel(getTranslation("attendance.candidate"));
        candidate.setId("attendance-candidate");
        candidate.setItems(attendance.candidates(meetingId));
        candidate.setItemLabelGenerator(c -> c.name() + ", " + c.organisationName());
        candidate.setWidthFull();
        addCandidate.setText(getTranslation("attendance.add-present"));
        addCandidate.setId("attendance-add-candidate");
        addCandidate.addClickListener(e -> {
            if (candidate.getValue() == null) {
                candidate.setErrorMessage(getTranslation("attendance.rule.person"));
                candidate.setInvalid(true);
                return;
            }
            FormFeedback.save(() -> attendance.addPerson(meetingId, candidate.getValue().personId()), this,
                    Map.of("person", candidate), afterSave);
        });
        guestName.setLabel(getTranslation("attendance.guest-name"));
        guestName.setId("attendance-guest-name");
        guestName.setMaxLength(AttendanceService.MAX_NAME);
        guestName.setWidthFull();
        guestOrganisation.setLabel(getTranslation("attendance.guest-organisation"));
        guestOrganisation.setId("attendance-guest-organisation");
        guestOrganisation.setItems(organisations);
        guestOrganisation.setItemLabelGenerator(p -> p == null ? "" : p.name());
        var statementText = new Paragraph(statement);
        statementText.addClassName("live-statement-text");
        statementText.setId("attendance-guest-statement");
        guestAccepted.setLabel(getTranslation("attendance.guest-accepted"));
        guestAccepted.setId("attendance-guest-accepted");
        guestAccepted.setItems(AcceptedHow.OP_SCHERM, AcceptedHow.MONDELING);
        guestAccepted.setItemLabelGenerator(h -> getTranslation("accepted-how.long." + h));
        addGuest.setText(getTranslation("attendance.add-guest"));
        addGuest.setId("attendance-add-guest");
        addGuest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addGuest.addClickListener(e -> FormFeedback.save(() -> attendance.addGuest(meetingId, guestName.getValue(),
                guestOrganisation.getValue() == null ? null : guestOrganisation.getValue().organisationId(),
                guestAccepted.getValue()), this, Map.of("name", guestName, "organisation", guestOrganisation, "how",
                guestAccepted), afterSave));
        var listed = new VerticalLayout(new H4(getTranslation("attendance.from-list")), candidate, addCandidate);
        var guest = new VerticalLayout(new H4(getTranslation("attendance.guest-title")),
                new Paragraph(getTranslation("attendance.guest-intro")), guestName, guestOrganisation,
                new H4(getTranslation("live.statement")), statementText, guestAccepted, addGuest);
        listed.setPadding(false);
        guest.setPadding(false);
        add(listed, guest);
        getFooter().add(new Button(getTranslation("edit.close"), e -> close()));
    }
}
