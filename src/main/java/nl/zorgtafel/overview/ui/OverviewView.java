package nl.zorgtafel.overview.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;

import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.casefile.CaseDashboard;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;

/** Overzicht: who you are, for which organisation, and your role at each table. */
@Route("")
@Menu(order = 0, title = "nav.overzicht", icon = "vaadin:home")
@PermitAll
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph identity = new Paragraph();
    final UnorderedList tables = new UnorderedList();

    final Div caseNews = new Div();

    final Paragraph myActions = new Paragraph();

    OverviewView(CurrentUser currentUser, AccessService access, CaseService cases,
            nl.zorgtafel.action.ActionService actions) {
        ZorgtafelUser user = currentUser.require();
        add(new H2(getTranslation("overview.welcome", user.displayName())));

        identity.setId("identity");
        identity.setText(getTranslation("overview.identity", user.organisationName()));
        add(identity);
        if (user.administrator()) {
            var administrator = new Paragraph(getTranslation("overview.administrator"));
            administrator.setId("administrator-note");
            add(administrator);
        }

        boolean caseRole = access.tableAccess().cases();
        if (caseRole) {
            var open = actions.countMyOpen();
            myActions.setId("my-actions-summary");
            myActions.add(new Anchor("mijn-acties", getTranslation("overview.my-actions", open.open(), open.overdue())));
            add(myActions);
            showCaseNews(cases.dashboard());
            add(caseNews);
        }

        add(new H3(getTranslation("overview.tables")));
        tables.setId("my-tables");
        for (TableMembership membership : user.memberships()) {
            var item = new ListItem(new Span(membership.tableName() + " — "
                    + getTranslation("role." + membership.role().name())));
            if (user.currentMembership().map(membership::equals).orElse(false)) {
                item.add(new Span(" " + getTranslation("overview.current-table") + " "));
                item.add(new Anchor("tafel/" + membership.tableId(), getTranslation("overview.open-table")));
                item.addClassName("current");
            }
            tables.add(item);
        }
        if (user.memberships().isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-tables")));
        } else {
            add(tables);
        }
    }

    private void showCaseNews(CaseDashboard dashboard) {
        caseNews.setId("case-news");
        if (dashboard.awaitingTriage() > 0) {
            var awaiting = new Paragraph(new Anchor("casussen", getTranslation("case.list.triage",
                    dashboard.awaitingTriage())));
            awaiting.setId("news-awaiting-triage");
            caseNews.add(awaiting);
        }
        if (dashboard.waitingConsultations() > 0) {
            var waiting = new Paragraph(new Anchor("meedenkconsult", getTranslation("overview.consultations-waiting",
                    dashboard.waitingConsultations())));
            waiting.setId("news-consultations-waiting");
            caseNews.add(waiting);
        }
        if (dashboard.answeredConsultations() > 0) {
            var advised = new Paragraph(new Anchor("meedenkconsult", getTranslation("overview.consultations-answered",
                    dashboard.answeredConsultations())));
            advised.setId("news-consultations-answered");
            caseNews.add(advised);
        }
        section("news-consent", "overview.consent-recheck", dashboard.consentRecheckDue().stream()
                .map(c -> caseLink(c.id(), getTranslation("overview.consent-recheck.item", c.code(), c.age())))
                .toList());
        section("news-known", "overview.known", dashboard.knownElsewhere().stream()
                .map(c -> caseLink(c.id(), c.code() + " — " + getTranslation("case-status." + c.status()))).toList());
        section("news-decided", "overview.decided", dashboard.myOrganisationsDecided().stream().map(c -> {
            var item = caseLink(c.id(), c.code() + " — " + getTranslation("case-status." + c.status()));
            if (c.reason() != null) {
                item.add(new Paragraph(getTranslation("case.triage-notice.reason." + c.status()) + ": " + c.reason()));
            }
            if (c.advice() != null) {
                item.add(new Paragraph(getTranslation("case.triage-notice.advice") + ": " + c.advice()));
            }
            return item;
        }).toList());
        section("news-ready-to-close", "overview.ready-to-close", dashboard.readyToClose().stream()
                .map(c -> caseLink(c.id(), c.code() + " — " + getTranslation("case-status." + c.status()))).toList());
        section("news-closure-check", "overview.closure-check", dashboard.dueForClosureCheck().stream()
                .map(c -> caseLink(c.id(), c.code())).toList());
    }

    /** A heading and a list, only when there is something to list. */
    private UnorderedList section(String id, String titleKey, List<ListItem> items) {
        var list = new UnorderedList();
        list.setId(id);
        items.forEach(list::add);
        if (!items.isEmpty()) {
            caseNews.add(new H3(getTranslation(titleKey)), list);
        }
        return list;
    }

    private ListItem caseLink(long caseId, String text) {
        return new ListItem(new Anchor("casus/" + caseId, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
