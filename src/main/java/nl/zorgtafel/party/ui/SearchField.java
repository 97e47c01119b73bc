package nl.zorgtafel.party.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above each Beheer list: filters in SQL as the user types (lazily). */
class SearchField extends TextField {

    SearchField(String id, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation("edit.search"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setValueChangeMode(ValueChangeMode.LAZY);
        setClearButtonVisible(true);
        setMaxLength(100);
        addValueChangeListener(e -> onChange.run());
    }
}
