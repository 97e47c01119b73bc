package nl.zorgtafel.casefile.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.casefile.LegalHoldService;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * *Bewaarplicht instellen*: which organisation asks for it and why, in short. Hands both to the
 * page, which calls the service; the service refuses by field name.
 */
class HoldDialog extends Dialog {

    final ComboBox<OrganisationSummary> requestedBy = new ComboBox<>();
    final TextArea reason = new TextArea();

    HoldDialog(String caseCode, List<OrganisationSummary> organisations, BiConsumer<Long, String> onConfirm) {
        setHeaderTitle(getTranslation("hold.title", caseCode));
        requestedBy.setLabel(getTranslation("hold.requested-by"));
        requestedBy.setId("hold-requested-by");
        requestedBy.setItems(organisations);
        requestedBy.setItemLabelGenerator(OrganisationSummary::name);
        requestedBy.setHelperText(getTranslation("hold.requested-by.help"));
        requestedBy.setWidthFull();
        reason.setLabel(getTranslation("hold.reason"));
        reason.setId("hold-reason");
        reason.setMaxLength(LegalHoldService.MAX_REASON);
        reason.setHelperText(getTranslation("hold.reason.help"));
        reason.setWidthFull();
        var confirm = new Button(getTranslation("hold.set"), e -> onConfirm.accept(
                requestedBy.getValue() == null ? null : requestedBy.getValue().id(), reason.getValue()));
        confirm.setId("hold-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(new Paragraph(getTranslation("hold.explain")), requestedBy, reason);
        layout.setPadding(false);
        add(layout);
        setWidth("32rem");
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), confirm);
    }

    Map<String, HasValidation> fields() {
        return Map.of("requestedBy", requestedBy, "reason", reason);
    }
}
