package nl.zorgtafel.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown when a signed-in person opens a view their role at the current table does not allow,
 * e.g. by typing its URL. Says no more than that: not what the view holds.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        setId("access-denied");
        add(new H2(getTranslation("access-denied.title")),
                new Paragraph(getTranslation("access-denied.text")),
                new Anchor("", getTranslation("access-denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title");
    }
}
