package nl.zorgtafel.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that does not exist, in Dutch, without echoing the requested path. */
@AnonymousAllowed
public class NotFoundView extends ErrorMessageView implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "not-found.title", "not-found.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
