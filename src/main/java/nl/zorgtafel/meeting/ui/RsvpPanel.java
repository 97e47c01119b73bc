package nl.zorgtafel.meeting.ui;

import java.util.Map;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.meeting.Colleague;
import nl.zorgtafel.meeting.InviteeResponse;
import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.meeting.RsvpService;

/**
 * The invitee's own answer to a session (present, absent with or without written input, a
 * colleague in their place) and, for the chair and secretary, everyone's answers.
 */
class RsvpPanel extends Div {

    final RadioButtonGroup<Rsvp> answer = new RadioButtonGroup<>();
    final Checkbox writtenInput = new Checkbox();
    final DatePicker writtenInputWhen = new LocalDatePicker();
    final ComboBox<Colleague> substitute = new ComboBox<>();
    final Button sendAnswer = new Button();
    /** Everyone's answers (leads only), placed by the view below the agenda. */
    final Grid<InviteeResponse> responses = new Grid<>();
    private final Div own = new Div();
    private final RsvpService rsvp;
    private final LongSupplier meetingId;
    private final boolean planner;
    private int version;

    RsvpPanel(RsvpService rsvp, LongSupplier meetingId, boolean planner) {
        this.rsvp = rsvp;
        this.meetingId = meetingId;
        this.planner = planner;
        own.setId("rsvp");
        answer.setLabel(getTranslation("rsvp.title"));
        answer.setId("rsvp-answer");
        answer.setItems(Rsvp.values());
        answer.setItemLabelGenerator(a -> getTranslation("rsvp." + a));
        writtenInput.setLabel(getTranslation("rsvp.written-input"));
        writtenInput.setId("rsvp-written-input");
        writtenInputWhen.setLabel(getTranslation("rsvp.written-input-when"));
        writtenInputWhen.setId("rsvp-written-input-when");
        substitute.setLabel(getTranslation("rsvp.substitute"));
        substitute.setId("rsvp-substitute");
        substitute.setItemLabelGenerator(Colleague::name);
        answer.addValueChangeListener(e -> updateVisibility());
        writtenInput.addValueChangeListener(e -> updateVisibility());
        sendAnswer.setText(getTranslation("rsvp.send"));
        sendAnswer.setId("rsvp-send");
        sendAnswer.addClickListener(e -> send());
        own.add(new HorizontalLayout(answer, writtenInput, writtenInputWhen, substitute, sendAnswer));
        own.setVisible(false);
        responses.setId("rsvp-responses");
        responses.addColumn(InviteeResponse::name).setHeader(getTranslation("rsvp.name"))
                .setTooltipGenerator(InviteeResponse::name);
        responses.addColumn(InviteeResponse::organisation).setHeader(getTranslation("rsvp.organisation"))
                .setTooltipGenerator(InviteeResponse::organisation);
        responses.addColumn(this::answerText).setHeader(getTranslation("rsvp.answer")).setFlexGrow(2)
                .setTooltipGenerator(this::answerText);
        // Long organisation names wrap instead of ending in an ellipsis.
        responses.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        responses.setAllRowsVisible(true);
        responses.setVisible(false);
        add(own);
    }

    void refresh() {
        var mine = rsvp.mine(meetingId.getAsLong());
        own.setVisible(mine.isPresent());
        mine.ifPresent(m -> {
            version = m.version();
            substitute.setItems(rsvp.colleagues());
            answer.setValue(m.response());
            writtenInput.setValue(Boolean.TRUE.equals(m.writtenInput()));
            writtenInputWhen.setValue(m.writtenInputWhen());
            updateVisibility();
        });
        if (planner) {
            responses.setItems(rsvp.responses(meetingId.getAsLong()));
            responses.setVisible(true);
        }
    }

    private void send() {
        try {
            rsvp.respond(meetingId.getAsLong(), version, answer.getValue(),
                    answer.getValue() == Rsvp.AFWEZIG ? writtenInput.getValue() : null, writtenInputWhen.getValue(),
                    substitute.getValue() == null ? null : substitute.getValue().personId());
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (FieldRefusal ex) {
            FormFeedback.show(ex, Map.of("response", answer, "writtenInput", writtenInput,
                    "writtenInputWhen", writtenInputWhen, "substitute", substitute), this);
        } catch (StaleEdit ex) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    private String answerText(InviteeResponse r) {
        if (r.response() == null) {
            return getTranslation("rsvp.none");
        }
        return getTranslation("rsvp." + r.response())
                + (r.substituteName() == null ? "" : ": " + r.substituteName())
                + (Boolean.TRUE.equals(r.writtenInput()) ? " (" + getTranslation("rsvp.written-input.short") + ")" : "");
    }

    private void updateVisibility() {
        writtenInput.setVisible(answer.getValue() == Rsvp.AFWEZIG);
        writtenInputWhen.setVisible(answer.getValue() == Rsvp.AFWEZIG && writtenInput.getValue());
        substitute.setVisible(answer.getValue() == Rsvp.VERVANGER);
    }
}
