package nl.zorgtafel.casefile.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.Consultation;
import nl.zorgtafel.casefile.ConsultationService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/** Meedenkconsult: ask the chair an anonymous question; the chair answers with advice. */
@Route("meedenkconsult")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
public class ConsultationView extends VerticalLayout implements HasDynamicTitle {

    final TextArea question = new TextArea();
    final Button ask = new Button();
    final Div list = new Div();
    final List<TextArea> adviceFields = new ArrayList<>();

    private final ConsultationService consultations;
    private final boolean chair;

    ConsultationView(ConsultationService consultations, AccessService access) {
        this.consultations = consultations;
        this.chair = access.tableAccess().chair();
        setMaxWidth("60rem");
        question.setLabel(getTranslation("consultation.question"));
        question.setId("consultation-question");
        TextLimit.apply(question, 10_000);
        question.setWidthFull();
        ask.setText(getTranslation("consultation.ask"));
        ask.setId("consultation-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(e -> {
            try {
                consultations.ask(question.getValue());
                question.clear();
                question.setInvalid(false);
                FormFeedback.notify(this, getTranslation("consultation.asked"), NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (FieldRefusal ex) {
                FormFeedback.show(ex, java.util.Map.of("question", question), this);
            }
        });
        list.setId("consultations");
        add(new H2(getTranslation("consultation.title")), new Paragraph(getTranslation("consultation.intro")),
                question, ask, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        adviceFields.clear();
        List<Consultation> visible = consultations.visible();
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("consultation.empty")));
        }
        for (Consultation c : visible) {
            var card = new Div();
            card.addClassName("consultation");
            card.add(new H3(getTranslation("consultation.from", c.askingOrganisation(),
                    Dates.day(c.askedAt()))), new Paragraph(c.question()));
            if (c.advice() != null) {
                card.add(new Paragraph(getTranslation("consultation.advice") + ": " + c.advice()));
            } else if (chair) {
                var advice = new TextArea(getTranslation("consultation.advice"));
                TextLimit.apply(advice, 10_000);
                advice.setWidthFull();
                adviceFields.add(advice);
                var answer = new Button(getTranslation("consultation.answer"), e -> {
                    try {
                        consultations.answer(c.id(), c.version(), advice.getValue());
                        refresh();
                    } catch (FieldRefusal ex) {
                        FormFeedback.show(ex, java.util.Map.of("advice", advice), this);
                    } catch (StaleEdit ex) {
                        FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
                    }
                });
                card.add(advice, answer);
            } else {
                card.add(new Paragraph(getTranslation("consultation.open")));
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.title");
    }
}
