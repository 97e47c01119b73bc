package nl.zorgtafel.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.zorgtafel.security.AccessService;

/**
 * Shown when a signed-in person opens a view their role at the current table does not allow,
 * e.g. by typing its URL. Says no more than that: not what the view holds. Vaadin's view access
 * check refuses without telling anyone, so this page reports each refusal for the audit log.
 */
@AnonymousAllowed
public class AccessDeniedView extends ErrorMessageView implements HasErrorParameter<AccessDeniedException> {

    private final AccessService access;

    public AccessDeniedView(AccessService access) {
        super("access-denied", "access-denied.title", "access-denied.text");
        this.access = access;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // The path without its query: the routes' parameters are ids, a query could hold anything.
        access.viewRefused(event.getLocation().getPath());
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
