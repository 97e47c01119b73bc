package nl.zorgtafel.security.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.security.AccountSession;
import nl.zorgtafel.security.AccountSessions;
import nl.zorgtafel.security.ProviderLinks;
import nl.zorgtafel.security.SecondFactorService;

/**
 * The signed-in person's own account: where they are signed in (and ending those sessions), their
 * second factor (another phone, new recovery codes) and their password.
 */
@Route("account")
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {


    private final AccountSessions sessions;
    private final SecondFactorService secondFactor;
    final Grid<AccountSession> grid = new Grid<>();
    final Span codesLeft = new Span();

    public MyAccountView(AccountSessions sessions, SecondFactorService secondFactor, ProviderLinks providerLinks) {
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        setMaxWidth("60rem");
        grid.setId("my-sessions");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.client() == null ? "" : s.client()).setHeader(getTranslation("account.session.client"));
        grid.addColumn(s -> s.address() == null ? "" : s.address()).setHeader(getTranslation("account.session.address"));
        grid.addColumn(s -> Dates.moment(s.startedAt())).setHeader(getTranslation("account.session.started"));
        grid.addColumn(s -> Dates.moment(s.lastSeenAt())).setHeader(getTranslation("account.session.last-seen"));
        grid.addComponentColumn(this::endButton).setHeader(getTranslation("account.session.action"));
        grid.setEmptyStateText(getTranslation("account.sessions.empty"));

        var reEnrol = new Button(getTranslation("account.second-factor.re-enrol"),
                e -> new SecondFactorDialog(secondFactor, true, this::refresh).open());
        reEnrol.setId("account-re-enrol");
        var renew = new Button(getTranslation("account.second-factor.renew"),
                e -> new SecondFactorDialog(secondFactor, false, this::refresh).open());
        renew.setId("account-renew-codes");
        codesLeft.setId("account-codes-left");

        add(new H2(getTranslation("account.title")),
                new H3(getTranslation("account.sessions.title")), new Paragraph(getTranslation("account.sessions.text")), grid,
                new H3(getTranslation("account.second-factor.title")), codesLeft, new HorizontalLayout(reEnrol, renew),
                new H3(getTranslation("account.password.title")),
                new RouterLink(getTranslation("account.password.change"), ChangePasswordView.class));
        if (!providerLinks.providers().isEmpty()) {
            add(new SingleSignOnSection(providerLinks));
        }
        refresh();
    }

    private com.vaadin.flow.component.Component endButton(AccountSession session) {
        if (session.current()) {
            var here = new Span(getTranslation("account.session.current"));
            here.getElement().getThemeList().add("badge success");
            return here;
        }
        var end = new Button(getTranslation("account.session.end"), e -> confirmEnd(session));
        end.setId("end-session-" + session.id());
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        end.getElement().setAttribute("aria-label", getTranslation("account.session.end.label",
                session.client() == null ? "" : session.client(), Dates.moment(session.startedAt())));
        return end;
    }

    private void confirmEnd(AccountSession session) {
        var dialog = new ConfirmDialog(getTranslation("account.session.end.title"),
                getTranslation("account.session.end.text"), getTranslation("account.session.end"), e -> {
                    sessions.endMine(session.id());
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("edit.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(sessions.mine());
        int left = secondFactor.recoveryCodesLeft();
        codesLeft.setText(left == 0 ? getTranslation("account.second-factor.no-codes")
                : getTranslation("account.second-factor.codes-left", left));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
