package nl.zorgtafel.base.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The same "geen toegang" page when a service refuses during navigation (the access service or
 * method security throw Spring Security's exception); the refusal is already audited.
 */
@AnonymousAllowed
public class RefusedView extends ErrorMessageView implements HasErrorParameter<AccessDeniedException> {

    public RefusedView() {
        super("access-denied", "access-denied.title", "access-denied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
