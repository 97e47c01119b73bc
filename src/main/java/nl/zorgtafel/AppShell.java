package nl.zorgtafel;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * Page-level settings. Server push carries live meeting updates; the stylesheets are Lumo plus
 * our own CSS from the top-level frontend/ folder, served as static files (no frontend build).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/zorgtafel.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
