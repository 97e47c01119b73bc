package nl.zorgtafel.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;

import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.security.ui.LoginView;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class NavigationTest extends KaribuTest {

    @Autowired
    CurrentUser currentUser;

    private String tableA;
    private String tableB;
    private String chair;
    private String member;
    private String observer;
    private String administrator;

    @BeforeEach
    void createPeople() {
        tableA = TestData.unique("Tafel A");
        tableB = TestData.unique("Tafel B");
        long a = testData.table(tableA);
        long b = testData.table(tableB);
        long organisation = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        chair = testData.account("Vera Voorzitter", organisation, false,
                Map.of(a, TableRole.VOORZITTER, b, TableRole.LID));
        member = testData.account("Lotte Lid", organisation, false, Map.of(a, TableRole.LID));
        observer = testData.account("Wim Waarnemer", organisation, false, Map.of(a, TableRole.WAARNEMER));
        administrator = testData.account("Bas Beheer", organisation, true, Map.of());
    }

    private static List<String> navigation() {
        return _get(MainLayout.class).navigation.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void an_anonymous_visitor_lands_on_the_login_page() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("beheer");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void each_role_sees_exactly_the_navigation_it_may_use() {
        login(administrator);
        assertThat(navigation()).containsExactly("Overzicht", "Inzicht", "Beheer", "Uitgaande berichten",
                "Bewaartermijnen (beheer)", "Audit");
        login(chair);
        assertThat(navigation()).containsExactly("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                "Actieoverzicht", "Inzicht", "Bewaartermijnen", "Rechten van betrokkene", "Audit");
        login(member);
        assertThat(navigation()).containsExactly("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties",
                "Zittingen", "Bewaartermijnen");
        // An observer reads agendas in meetings, never case files.
        login(observer);
        assertThat(navigation()).containsExactly("Overzicht", "Zittingen");
    }

    @Test
    void a_member_who_types_the_url_of_beheer_is_refused() {
        login(member);

        UI.getCurrent().navigate("beheer");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_refusal_page_leads_home_and_shared_pages_resolve_to_their_one_route() {
        login(member);
        UI.getCurrent().navigate("beheer");

        var home = _get(RouterLink.class, spec -> spec.withId("access-denied-home"));
        assertThat(home.getHref()).isEmpty();
        assertThat(SharedPages.link("Verslag", SharedPages.Minutes.class, 42).getHref()).isEqualTo("verslag/42");
        assertThat(SharedPages.link("Live", SharedPages.LiveMeeting.class, 42).getHref()).isEqualTo("live/42");

        UI.getCurrent().navigate("beheer");
        SharedPages.goHome(UI.getCurrent());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SharedPages.Home.class);
    }

    @Test
    void the_header_shows_the_current_table_and_the_user() {
        login(chair);

        assertThat(_get(Span.class, spec -> spec.withId("current-table")).getText()).isEqualTo(tableA);
        assertThat(_get(MainLayout.class).userMenu.getItems().getFirst().getElement().getAttribute("aria-label"))
                .contains("Vera Voorzitter");
    }

    @Test
    void switching_table_switches_the_role_that_applies() {
        login(chair);
        assertThat(currentUser.require().currentMembership().orElseThrow().role()).isEqualTo(TableRole.VOORZITTER);
        assertThat(navigation()).contains("Audit");

        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, tableB + " (Lid)");
        reload("");

        assertThat(currentUser.require().currentMembership().orElseThrow().role()).isEqualTo(TableRole.LID);
        // The chair's rights do not travel to the table where she is a member.
        assertThat(navigation()).doesNotContain("Audit");
        assertThat(_get(Span.class, spec -> spec.withId("current-table")).getText()).isEqualTo(tableB);
    }

    @Test
    void a_person_at_one_table_gets_no_table_switcher() {
        login(member);
        var items = _get(MainLayout.class).userMenu.getItems().getFirst().getSubMenu().getItems();
        assertThat(items).noneMatch(item -> "Andere tafel".equals(item.getText()));
    }

    @Test
    void choosing_english_turns_the_whole_interface_english_and_is_remembered() {
        login(member);
        assertThat(navigation()).containsExactly("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties",
                "Zittingen", "Bewaartermijnen");

        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, "English");
        reload("");
        assertThat(navigation()).containsExactly("Overview", "Cases", "Propose a case", "My actions", "Sessions",
                "Retention");

        // Signing in again later reads the stored preference.
        login(member);
        assertThat(navigation()).containsExactly("Overview", "Cases", "Propose a case", "My actions", "Sessions",
                "Retention");
    }
}
