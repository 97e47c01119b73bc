package nl.zorgtafel.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

import nl.zorgtafel.base.route.SharedPages;

/**
 * A plain error page: title, one sentence, the way back to the previous page and the way home.
 * Never echoes what was requested.
 */
abstract class ErrorMessageView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorMessageView(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        setId(id);
        var back = new Button(getTranslation("error-page.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.setId(id + "-back");
        var home = SharedPages.home(getTranslation("error-page.home"));
        home.setId(id + "-home");
        var ways = new HorizontalLayout(back, home);
        ways.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), ways);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
