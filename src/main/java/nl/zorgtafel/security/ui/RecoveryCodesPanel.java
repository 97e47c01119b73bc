package nl.zorgtafel.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * New recovery codes, shown once. The way on stays closed until the person says they stored
 * them: without the codes, a lost phone means asking the Beheerder.
 */
class RecoveryCodesPanel extends VerticalLayout {

    final Checkbox stored = new Checkbox();
    final Button next = new Button();

    RecoveryCodesPanel(List<String> codes, Runnable onNext) {
        setPadding(false);
        setId("recovery-codes");
        var list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        stored.setLabel(getTranslation("second-factor.codes.stored"));
        stored.setId("recovery-codes-stored");
        next.setText(getTranslation("second-factor.codes.next"));
        next.setId("recovery-codes-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(false);
        stored.addValueChangeListener(e -> next.setEnabled(e.getValue()));
        next.addClickListener(e -> onNext.run());
        add(new H2(getTranslation("second-factor.codes.title")),
                new Paragraph(getTranslation("second-factor.codes.text")), list, stored, next);
    }
}
