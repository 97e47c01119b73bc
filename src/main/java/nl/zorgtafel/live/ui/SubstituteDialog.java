package nl.zorgtafel.live.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.live.AttendanceService;
import nl.zorgtafel.live.Attendee;

/** Names a vervanger for someone on the list: a colleague of the same organisation. */
class SubstituteDialog extends Dialog {

    final ComboBox<AttendanceService.Candidate> substitute = new ComboBox<>();
    final Button save = new Button();

    SubstituteDialog(AttendanceService attendance, long meetingId, Attendee absent, Runnable afterSave) {
        setHeaderTitle(getTranslation("attendance.substitute-for", absent.name()));
        var people = attendance.substitutes(meetingId, absent.personId());
        substitute.setLabel(getTranslation("attendance.substitute"));
        substitute.setId("attendance-substitute");
        substitute.setItems(people);
        substitute.setItemLabelGenerator(AttendanceService.Candidate::name);
        substitute.setWidthFull();
        var intro = new Paragraph(people.isEmpty() ? getTranslation("attendance.substitute-none", absent.organisationName())
                : getTranslation("attendance.substitute-intro", absent.organisationName()));
        save.setText(getTranslation("edit.save"));
        save.setId("attendance-substitute-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!people.isEmpty());
        save.addClickListener(e -> FormFeedback.save(() -> attendance.setSubstitute(meetingId, absent.personId(),
                substitute.getValue() == null ? null : substitute.getValue().personId()), this,
                Map.of("substitute", substitute, "person", substitute), afterSave));
        add(intro, substitute);
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }
}
