package nl.zorgtafel.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A plain error page: title, one sentence, a way home. Never echoes what was requested. */
abstract class ErrorMessageView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorMessageView(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        setId(id);
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error-page.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
