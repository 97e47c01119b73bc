package nl.zorgtafel.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown when a signed-in person opens a view their role at the current table does not allow,
 * e.g. by typing its URL. Says no more than that: not what the view holds.
 */
@AnonymousAllowed
public class AccessDeniedView extends ErrorMessageView implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "access-denied.title", "access-denied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
