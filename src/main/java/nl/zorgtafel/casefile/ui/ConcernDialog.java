package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.casefile.Concern;
import nl.zorgtafel.casefile.ConcernBasis;
import nl.zorgtafel.casefile.ConcernKind;

/**
 * Records a person or place of concern in the police compartment: what it is, its kenmerk (what
 * cases are linked on), a short note and the legal basis it is shared on. A {@link Binder} over a
 * small mutable form; the service checks everything again and its refusals land on these fields.
 */
class ConcernDialog extends Dialog {

    /** What the dialog edits; mutable for the binder. */
    static final class Form {
        ConcernKind kind;
        String identifier = "";
        String note = "";
        // No default: the legal basis is chosen for each entry, not inherited from the last one.
        ConcernBasis basis;
    }

    final Select<ConcernKind> kind = new Select<>();
    final TextField identifier = new TextField();
    final TextArea note = new TextArea();
    final Select<ConcernBasis> basis = new Select<>();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    ConcernDialog(Consumer<Concern.New> onSave) {
        setHeaderTitle(getTranslation("concern.add"));
        setWidth("36rem");
        kind.setId("concern-kind");
        kind.setLabel(getTranslation("concern.kind"));
        kind.setItems(ConcernKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("concern-kind." + k));
        identifier.setId("concern-identifier");
        identifier.setLabel(getTranslation("concern.identifier"));
        identifier.setHelperText(getTranslation("concern.identifier.help"));
        identifier.setMaxLength(Concern.IDENTIFIER_MAX);
        note.setId("concern-note");
        note.setLabel(getTranslation("concern.note"));
        TextLimit.apply(note, Concern.NOTE_MAX);
        basis.setId("concern-basis");
        basis.setLabel(getTranslation("concern.basis"));
        basis.setItems(ConcernBasis.values());
        basis.setItemLabelGenerator(b -> b == null ? "" : getTranslation("concern-basis." + b));
        String required = getTranslation("signal.rule.required");
        binder.forField(kind).asRequired(required).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(identifier).asRequired(required).bind(f -> f.identifier, (f, v) -> f.identifier = v);
        binder.forField(note).bind(f -> f.note, (f, v) -> f.note = v);
        binder.forField(basis).asRequired(required).bind(f -> f.basis, (f, v) -> f.basis = v);
        binder.readBean(form);
        save.setId("concern-save");
        save.setText(getTranslation("edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(form)) {
                onSave.accept(new Concern.New(form.kind, form.identifier, form.note, form.basis));
            }
        });
        add(new Paragraph(getTranslation("concern.dialog.intro")), new FormLayout(kind, identifier, note, basis));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }

    Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "identifier", identifier, "note", note, "basis", basis);
    }
}
