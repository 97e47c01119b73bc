package nl.zorgtafel.casefile.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.SafeContact;
import nl.zorgtafel.casefile.SafeContactService;
import nl.zorgtafel.casefile.SafeToCall;

/**
 * *Veilig contact* on the case file, for the case's deelnemers only: closed until opened, and
 * read (and audited) only then — the page does not load it for anyone who merely passes by.
 * Recorded in a {@link Binder} dialog; the service checks the right again and refuses stale saves.
 */
class SafeContactSection extends Details {

    /** What the dialog edits; mutable for the binder. */
    static final class Form {
        SafeToCall safeToCall = SafeToCall.ONBEKEND;
        String callNote = "";
        String feared = "";
        String safeAdult = "";
    }

    final Div content = new Div();
    final Button edit = new Button();
    final Select<SafeToCall> safeToCall = new Select<>();
    final TextField callNote = new TextField();
    final TextArea feared = new TextArea();
    final TextArea safeAdult = new TextArea();
    final Binder<Form> binder = new Binder<>();
    Dialog dialog;

    private final SafeContactService service;
    private final Form form = new Form();
    private long caseId;
    private SafeContact current;

    SafeContactSection(SafeContactService service) {
        this.service = service;
        setId("safe-contact");
        setSummaryText(getTranslation("safe-contact.title"));
        content.setId("safe-contact-content");
        edit.setId("safe-contact-edit");
        edit.setText(getTranslation("safe-contact.edit"));
        edit.addClickListener(e -> openDialog());
        add(new Paragraph(getTranslation("safe-contact.intro")), content, edit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });

        safeToCall.setId("safe-contact-call");
        safeToCall.setLabel(getTranslation("safe-contact.call"));
        safeToCall.setItems(SafeToCall.values());
        safeToCall.setItemLabelGenerator(v -> v == null ? "" : getTranslation("safe-to-call." + v));
        callNote.setId("safe-contact-call-note");
        callNote.setLabel(getTranslation("safe-contact.call-note"));
        callNote.setHelperText(getTranslation("safe-contact.call-note.help"));
        callNote.setMaxLength(SafeContact.TEXT_MAX);
        feared.setId("safe-contact-feared");
        feared.setLabel(getTranslation("safe-contact.feared"));
        TextLimit.apply(feared, SafeContact.TEXT_MAX);
        safeAdult.setId("safe-contact-safe-adult");
        safeAdult.setLabel(getTranslation("safe-contact.safe-adult"));
        TextLimit.apply(safeAdult, SafeContact.TEXT_MAX);
        binder.forField(safeToCall).asRequired(getTranslation("signal.rule.required"))
                .bind(f -> f.safeToCall, (f, v) -> f.safeToCall = v);
        binder.forField(callNote).bind(f -> f.callNote, (f, v) -> f.callNote = v);
        binder.forField(feared).bind(f -> f.feared, (f, v) -> f.feared = v);
        binder.forField(safeAdult).bind(f -> f.safeAdult, (f, v) -> f.safeAdult = v);
    }

    /** For a case the viewer sits at; hidden (and never read) otherwise. */
    void show(long caseId, boolean deelnemer) {
        this.caseId = caseId;
        setVisible(deelnemer);
        setOpened(false);
        content.removeAll();
        current = null;
    }

    private void load() {
        current = service.read(caseId);
        content.removeAll();
        line("safe-contact.call", getTranslation("safe-to-call." + current.safeToCall())
                + (current.callNote() == null ? "" : " — " + current.callNote()));
        line("safe-contact.feared", current.feared());
        line("safe-contact.safe-adult", current.safeAdult());
    }

    private void line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        var text = new Span(value == null ? getTranslation("case.not-given") : value);
        if (value == null) {
            text.addClassName("fact-empty");
        }
        content.add(new Paragraph(label, text));
    }

    private void openDialog() {
        if (current == null) {
            load();
        }
        form.safeToCall = current.safeToCall();
        form.callNote = current.callNote() == null ? "" : current.callNote();
        form.feared = current.feared() == null ? "" : current.feared();
        form.safeAdult = current.safeAdult() == null ? "" : current.safeAdult();
        binder.readBean(form);
        dialog = new Dialog(getTranslation("safe-contact.title"));
        dialog.setWidth("36rem");
        var save = new Button(getTranslation("edit.save"), e -> save());
        save.setId("safe-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("safe-contact.intro")),
                new FormLayout(safeToCall, callNote, feared, safeAdult));
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), save);
        dialog.open();
        safeToCall.focus();
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            service.save(caseId, new SafeContact(form.safeToCall, form.callNote, form.feared, form.safeAdult,
                    current.version()));
            dialog.close();
            load();
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            FormFeedback.show(e, fields(), this);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    Map<String, HasValidation> fields() {
        return Map.of("safeToCall", safeToCall, "callNote", callNote, "feared", feared, "safeAdult", safeAdult);
    }
}
