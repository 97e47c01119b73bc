package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.zorgtafel.security.ProviderLinks;

/**
 * Linking the person's account at their organisation's sign-in: done by the person themselves,
 * signed in with password and code, so nobody else can tie a provider account to theirs.
 */
class SingleSignOnSection extends VerticalLayout {

    SingleSignOnSection(ProviderLinks links) {
        setPadding(false);
        setId("account-sso");
        add(new H3(getTranslation("account.sso.title")));
        if (links.linked()) {
            add(new Paragraph(getTranslation("account.sso.linked")));
            var unlink = new Button(getTranslation("account.sso.unlink"), e -> {
                links.unlink();
                UI.getCurrent().getPage().reload();
            });
            unlink.setId("account-sso-unlink");
            add(unlink);
            return;
        }
        add(new Paragraph(getTranslation("account.sso.text")));
        links.providers().forEach(provider -> {
            var link = new Button(getTranslation("account.sso.link", provider.name()),
                    e -> UI.getCurrent().getPage().setLocation(links.startLinking(provider)));
            link.setId("account-sso-link");
            add(link);
        });
    }
}
