package nl.zorgtafel.overview.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ui.ActionOverviewView;
import nl.zorgtafel.action.ui.MyActionsView;
import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.casefile.CaseDashboard;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.casefile.ConcernCompartment.LinkedCase;
import nl.zorgtafel.casefile.ConcernService;
import nl.zorgtafel.casefile.ui.CaseFilePage;
import nl.zorgtafel.casefile.ui.CaseListView;
import nl.zorgtafel.casefile.ui.ConsultationView;
import nl.zorgtafel.meeting.NextSessionService;
import nl.zorgtafel.party.ui.TableView;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Overzicht, the workbench: for the chair and secretary what waits for them (triage with acute
 * cases first, meedenkconsults, the next session's preparation, overdue actions per organisation,
 * cases to close or check, consent re-checks); for a member their organisation's actions, what
 * was decided on their proposals and their next session. Only counts and codes, never a name.
 */
@Route("")
@Menu(order = 0, title = "nav.overzicht", icon = "vaadin:home")
@PermitAll
class OverviewView extends VerticalLayout implements HasDynamicTitle, SharedPages.Home {

    final Paragraph identity = new Paragraph();
    final UnorderedList tables = new UnorderedList();
    final Div caseNews = new Div();
    final Paragraph myActions = new Paragraph();

    OverviewView(CurrentUser currentUser, AccessService access, CaseService cases, ActionService actions,
            NextSessionService sessions, ConcernService concerns, Clock clock) {
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
        TableAccess table = access.tableAccess();
        if (table.cases()) {
            var open = actions.countMyOpen();
            myActions.setId("my-actions-summary");
            myActions.add(new RouterLink(getTranslation("overview.my-actions", open.open(), open.overdue()),
                    MyActionsView.class));
            add(myActions);
        }
        if (user.currentMembership().isPresent() && (table.cases() || table.observer())) {
            add(sessions.next().<Component>map(next -> new NextSessionCard(next, table.lead(), clock.instant()))
                    .orElseGet(() -> NextSessionCard.none(table.lead())));
        }
        if (table.cases()) {
            var dashboard = cases.dashboard();
            showTriage(dashboard, clock);
            if (table.lead()) {
                showOverdue(actions.overdueByOrganisation());
            }
            showCaseNews(dashboard);
            if (table.chair()) {
                showLinkedCases(concerns.clusters());
            }
            add(caseNews);
        }
        showTables(user);
    }

    /** The chair's triage queue: acute first, then the longest waiting, each a link to the case. */
    private void showTriage(CaseDashboard dashboard, Clock clock) {
        if (dashboard.awaitingTriage() == 0) {
            return;
        }
        var awaiting = new Paragraph(new RouterLink(getTranslation("case.list.triage", dashboard.awaitingTriage()),
                CaseListView.class));
        awaiting.setId("news-awaiting-triage");
        caseNews.add(awaiting);
        if (dashboard.triageQueue().isEmpty()) {
            return;
        }
        var queue = new UnorderedList();
        queue.setId("triage-queue");
        for (CaseSummary c : dashboard.triageQueue()) {
            var item = caseLink(c.id(), c.code());
            long days = c.submittedAt() == null ? 0 : Duration.between(c.submittedAt(), clock.instant()).toDays();
            item.add(new Span(" — " + getTranslation("overview.triage.item", getTranslation("urgency." + c.urgency()),
                    getTranslation("case.waiting-days", days), c.forms().stream()
                            .map(f -> getTranslation("form." + f)).collect(Collectors.joining(", ")))));
            if (c.acute()) {
                item.addClassName("acute");
            }
            queue.add(item);
        }
        caseNews.add(new H3(getTranslation("overview.triage.title")), queue);
    }

    private void showOverdue(List<ActionService.Overdue> overdue) {
        if (overdue.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("overdue-by-organisation");
        overdue.forEach(o -> list.add(new ListItem(getTranslation("overview.overdue.item", o.organisationName(),
                o.count()))));
        caseNews.add(new H3(getTranslation("overview.overdue.title")), list,
                new Paragraph(new RouterLink(getTranslation("overview.overdue.all"), ActionOverviewView.class)));
    }

    private void showCaseNews(CaseDashboard dashboard) {
        caseNews.setId("case-news");
        if (dashboard.waitingConsultations() > 0) {
            var waiting = new Paragraph(new RouterLink(getTranslation("overview.consultations-waiting",
                    dashboard.waitingConsultations()), ConsultationView.class));
            waiting.setId("news-consultations-waiting");
            caseNews.add(waiting);
        }
        if (dashboard.answeredConsultations() > 0) {
            var advised = new Paragraph(new RouterLink(getTranslation("overview.consultations-answered",
                    dashboard.answeredConsultations()), ConsultationView.class));
            advised.setId("news-consultations-answered");
            caseNews.add(advised);
        }
        // First: a new signal on a closed case is the most urgent case news a chair can get.
        section("news-reopen", "overview.reopen-proposed", dashboard.reopenProposed().stream()
                .map(c -> caseLink(c.id(), c.code() + " — " + getTranslation("overview.reopen-proposed.item")))
                .toList());
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

    /** For the chair: cases linked by a person or place of concern, cluster by cluster, to plan a joint discussion. */
    private void showLinkedCases(List<List<LinkedCase>> clusters) {
        section("news-linked", "overview.linked-cases", clusters.stream().map(cluster -> {
            var item = new ListItem();
            cluster.forEach(c -> {
                if (item.getComponentCount() > 0) {
                    item.add(new Span(", "));
                }
                item.add(new RouterLink(c.code(), CaseFilePage.class, c.id()));
            });
            item.add(new Span(" — " + getTranslation("overview.linked-cases.item", cluster.size())));
            return item;
        }).toList());
    }

    private void showTables(ZorgtafelUser user) {
        add(new H3(getTranslation("overview.tables")));
        tables.setId("my-tables");
        for (TableMembership membership : user.memberships()) {
            var item = new ListItem(new Span(membership.tableName() + " — "
                    + getTranslation("role." + membership.role().name())));
            if (user.currentMembership().map(membership::equals).orElse(false)) {
                item.add(new Span(" " + getTranslation("overview.current-table") + " "));
                item.add(new RouterLink(getTranslation("overview.open-table"), TableView.class, membership.tableId()));
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

    /** A heading and a list, only when there is something to list. */
    private void section(String id, String titleKey, List<ListItem> items) {
        var list = new UnorderedList();
        list.setId(id);
        items.forEach(list::add);
        if (!items.isEmpty()) {
            caseNews.add(new H3(getTranslation(titleKey)), list);
        }
    }

    private static ListItem caseLink(long caseId, String text) {
        return new ListItem(new RouterLink(text, CaseFilePage.class, caseId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
