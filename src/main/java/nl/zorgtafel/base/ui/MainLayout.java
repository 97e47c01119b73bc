package nl.zorgtafel.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;
import nl.zorgtafel.security.ui.MyAccountView;

/**
 * The shell around every signed-in view: app name and current table in the header, the
 * navigation of product.md §4 (only entries the user's role at the current table may open:
 * Vaadin filters menu entries by the views' access annotations), and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final MenuBar userMenu = new MenuBar();

    private final CurrentUser currentUser;
    private final AccountService accountService;

    MainLayout(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
        ZorgtafelUser user = currentUser.require();

        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(user));
        navigation.setId("main-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(navigationItem(entry)));
        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(appName, navigation);
    }

    /** The view is the page's main landmark, so a screen reader jumps straight to it. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * Every view opens at its top. The layout scrolls its content area itself and would keep the old
     * position: a case followed from low on the Overzicht opened at the bottom of its file, past its
     * title and notices.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[part=\"content\"]');"
                + " if (content) { content.scrollTop = 0; }");
    }

    private SideNavItem navigationItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private HorizontalLayout header(ZorgtafelUser user) {
        var tableName = new Span(user.currentMembership()
                .map(TableMembership::tableName)
                .orElse(getTranslation(user.administrator() ? "header.installation" : "header.no-table")));
        tableName.setId("current-table");
        tableName.addClassName("current-table");

        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = userMenu.addItem(userMenuLabel(user));
        root.getElement().setAttribute("aria-label", getTranslation("user-menu.label", user.displayName()));
        SubMenu menu = root.getSubMenu();
        addTableSwitcher(menu, user);
        addLanguageSwitcher(menu);
        menu.addItem(getTranslation("user-menu.account"), e -> UI.getCurrent().navigate(MyAccountView.class))
                .setId("my-account");
        menu.addItem(getTranslation("user-menu.logout"), e -> currentUser.logout()).setId("logout");

        var header = new HorizontalLayout(tableName, userMenu);
        header.addClassName("main-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(tableName);
        return header;
    }

    private Div userMenuLabel(ZorgtafelUser user) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var organisation = new Span(user.organisationName());
        organisation.addClassName("user-organisation");
        var label = new Div(new Icon(VaadinIcon.USER), name, organisation);
        label.addClassName("user-menu-label");
        return label;
    }

    private void addTableSwitcher(SubMenu menu, ZorgtafelUser user) {
        if (user.memberships().size() < 2) {
            return;
        }
        SubMenu tables = menu.addItem(getTranslation("user-menu.switch-table")).getSubMenu();
        for (TableMembership membership : user.memberships()) {
            String label = membership.tableName() + " (" + getTranslation("role." + membership.role().name()) + ")";
            MenuItem item = tables.addItem(label, e -> {
                currentUser.switchTable(membership.tableId());
                // Reload so the navigation and every view reflect the role at the new table.
                UI.getCurrent().getPage().setLocation("/");
            });
            item.setCheckable(true);
            item.setChecked(user.currentMembership().map(membership::equals).orElse(false));
        }
    }

    private void addLanguageSwitcher(SubMenu menu) {
        SubMenu languages = menu.addItem(getTranslation("user-menu.language")).getSubMenu();
        addLanguage(languages, Translations.DUTCH, "Nederlands");
        addLanguage(languages, Translations.ENGLISH, "English");
    }

    private void addLanguage(SubMenu languages, Locale locale, String label) {
        MenuItem item = languages.addItem(label, e -> {
            accountService.changePreferredLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        item.setCheckable(true);
        item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
    }
}
