package nl.zorgtafel.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;

/** The default run's demo: every documented account signs in and sees its part of the app. */
@ActiveProfiles("demo")
class DemoDataTest extends KaribuTest {

    private static final Map<String, List<String>> NAVIGATION = Map.of(
            "beheerder", List.of("Overzicht", "Inzicht", "Beheer", "Uitgaande berichten", "Bewaartermijnen (beheer)",
                    "Audit"),
            "voorzitter", List.of("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                    "Actieoverzicht", "Inzicht", "Bewaartermijnen", "Rechten van betrokkene", "Audit"),
            "secretaris", List.of("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                    "Actieoverzicht", "Inzicht", "Bewaartermijnen"),
            "politie", List.of("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                    "Bewaartermijnen"),
            "jeugdzorg", List.of("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                    "Bewaartermijnen"),
            "gemeente", List.of("Overzicht", "Casussen", "Casus inbrengen", "Mijn acties", "Zittingen",
                    "Bewaartermijnen"),
            "waarnemer", List.of("Overzicht", "Zittingen"));

    @Test
    void every_demo_account_sees_exactly_its_navigation() {
        NAVIGATION.forEach((username, expected) -> {
            login(username);
            var items = _get(SideNav.class, spec -> spec.withId("main-navigation")).getItems();
            assertThat(items).extracting(SideNavItem::getLabel).as(username).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void demo_accounts_hold_the_documented_roles_at_the_demo_table() {
        var expected = Map.of(
                "voorzitter", TableRole.VOORZITTER,
                "secretaris", TableRole.SECRETARIS,
                "politie", TableRole.LID,
                "jeugdzorg", TableRole.LID,
                "gemeente", TableRole.LID,
                "waarnemer", TableRole.WAARNEMER);
        var currentUser = context.getBean(CurrentUser.class);
        expected.forEach((username, role) -> {
            login(username);
            TableMembership demo = currentUser.require().memberships().stream()
                    .filter(m -> m.tableName().equals(DemoDataSeeder.DEMO_TABLE)).findFirst().orElseThrow();
            assertThat(demo.role()).as(username).isEqualTo(role);
        });
    }

    @Test
    void nothing_of_one_demo_table_shows_while_working_at_the_other() {
        login("politie");
        var currentUser = context.getBean(CurrentUser.class);
        var here = currentUser.require().currentMembership().orElseThrow();
        var there = currentUser.require().memberships().stream().filter(m -> m.tableId() != here.tableId())
                .findFirst().orElseThrow();

        UI.getCurrent().navigate("tafel/" + here.tableId());
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).contains(here.tableName());

        UI.getCurrent().navigate("tafel/" + there.tableId());
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("Geen toegang").doesNotContain(there.tableName());
    }

    @Test
    void the_demo_has_cases_in_several_states_that_each_account_sees_by_need_to_know() {
        var cases = context.getBean(nl.zorgtafel.casefile.CaseService.class);
        login("voorzitter");
        var all = cases.find(nl.zorgtafel.casefile.CaseFilter.none(), 0, 50);
        // Every state of the lifecycle but the draft, which is its proposing organisation's alone.
        assertThat(all).extracting(nl.zorgtafel.casefile.CaseSummary::status).containsAll(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(nl.zorgtafel.casefile.CaseStatus.CONCEPT)));
        assertThat(proposedToday(all)).filteredOn(nl.zorgtafel.casefile.CaseSummary::repeatCase).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(nl.zorgtafel.casefile.CaseStatus.AANGEMELD));
        assertThat(all).as("the history's herhaalde casussen, closed")
                .filteredOn(c -> c.repeatCase() && c.status() == nl.zorgtafel.casefile.CaseStatus.AFGESLOTEN)
                .isNotEmpty();
        var dashboard = cases.dashboard();
        assertThat(dashboard.readyToClose()).extracting(nl.zorgtafel.casefile.CaseSummary::status)
                .containsExactly(nl.zorgtafel.casefile.CaseStatus.BESPROKEN);
        assertThat(dashboard.knownElsewhere()).as("the repeat's earlier case").hasSize(1);
        assertThat(dashboard.waitingConsultations()).as("today's and the history's latest").isEqualTo(2);
        long mila = all.stream().filter(c -> c.status() == nl.zorgtafel.casefile.CaseStatus.IN_OPVOLGING)
                .findFirst().orElseThrow().id();
        assertThat(cases.open(mila).matches().atAnotherTable()).as("also known at the Kustregio table").isTrue();

        login("jeugdzorg");
        assertThat(cases.find(nl.zorgtafel.casefile.CaseFilter.none(), 0, 50))
                .extracting(nl.zorgtafel.casefile.CaseSummary::status).contains(
                        nl.zorgtafel.casefile.CaseStatus.IN_OPVOLGING, nl.zorgtafel.casefile.CaseStatus.BESPROKEN,
                        nl.zorgtafel.casefile.CaseStatus.AFGESLOTEN, nl.zorgtafel.casefile.CaseStatus.AANGEMELD)
                .doesNotContain(nl.zorgtafel.casefile.CaseStatus.AFGEWEZEN);
        assertThat(cases.dashboard().consentRecheckDue()).singleElement().satisfies(c -> assertThat(c.age()).isEqualTo(16));

        login("politie");
        // Politie sees its own draft and returned case, and the case it took part in; the others are not theirs
        // (of the history, politie sees what it proposed or took part in).
        assertThat(proposedToday(cases.find(nl.zorgtafel.casefile.CaseFilter.none(), 0, 50)))
                .extracting(nl.zorgtafel.casefile.CaseSummary::status)
                .containsExactlyInAnyOrder(nl.zorgtafel.casefile.CaseStatus.CONCEPT,
                        nl.zorgtafel.casefile.CaseStatus.MEER_INFORMATIE, nl.zorgtafel.casefile.CaseStatus.IN_OPVOLGING);
        assertThat(cases.dashboard().myOrganisationsDecided()).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("jeugdreclassering"));
    }

    @Test
    void the_first_demo_session_has_an_agenda_and_invitations_in_the_outbox() {
        login("voorzitter");
        var meetings = context.getBean(nl.zorgtafel.meeting.MeetingService.class).find(true, 0, 10);
        assertThat(meetings).hasSize(6);
        var agenda = context.getBean(nl.zorgtafel.meeting.AgendaService.class).agenda(meetings.getFirst().id());
        assertThat(agenda.items()).anySatisfy(i -> assertThat(i.caseCode()).startsWith("DR-"));
        var outbox = testData.asAdministrator(() -> context.getBean(nl.zorgtafel.mail.OutboxService.class).latest(0, 20));
        assertThat(outbox).isNotEmpty().allSatisfy(m -> assertThat(m.text()).doesNotContain("Mila Voorbeeld"));
    }

    @Test
    void a_session_was_held_with_actions_that_return_in_the_next_review_and_in_mijn_acties() {
        var actions = context.getBean(nl.zorgtafel.action.ActionService.class);
        login("voorzitter");
        var held = context.getBean(nl.zorgtafel.meeting.MeetingService.class).find(false, 0, 10);
        assertThat(held).extracting(nl.zorgtafel.meeting.MeetingSummary::status)
                .contains(nl.zorgtafel.meeting.MeetingStatus.VERSLAG_DEFINITIEF);
        // The held session's three, and the history's overdue ones (of partners without a demo account).
        var today = java.time.LocalDate.now(nl.zorgtafel.base.time.DutchTime.ZONE);
        assertThat(actions.openAtTable(0, 50)).hasSize(3 + DemoHistory.OVERDUE_ACTIONS)
                .filteredOn(a -> a.deadline().isBefore(today)).hasSize(DemoHistory.OVERDUE_ACTIONS)
                .extracting(nl.zorgtafel.action.ActionView::organisationName)
                .allMatch(name -> name.startsWith("LVB") || name.startsWith("Openbaar Ministerie"));
        var minutes = context.getBean(nl.zorgtafel.minutes.MinutesService.class);
        long heldId = held.stream().filter(m -> m.status() == nl.zorgtafel.meeting.MeetingStatus.VERSLAG_DEFINITIEF)
                .findFirst().orElseThrow().id();
        assertThat(minutes.versions(heldId)).hasSize(1);
        var next = context.getBean(nl.zorgtafel.meeting.MeetingService.class).find(true, 0, 1).getFirst();
        long review = context.getBean(nl.zorgtafel.meeting.AgendaService.class).agenda(next.id()).items().stream()
                .filter(i -> i.block() == nl.zorgtafel.meeting.AgendaBlock.REVIEW_ACTIONS).findFirst().orElseThrow().id();
        // The three open actions and the one done since, whose outcome the review records (shown once
        // the statement of that session is accepted), and the history's overdue ones, which carry on;
        // the agenda builder counts them beforehand.
        assertThat(actions.countForReview(review)).isEqualTo(4 + DemoHistory.OVERDUE_ACTIONS);
        context.getBean(nl.zorgtafel.live.LiveMeetingService.class).accept(next.id());
        assertThat(actions.forReview(review)).hasSize(4 + DemoHistory.OVERDUE_ACTIONS);
        // Mijn acties also lists the history's finished actions (deadlines in the past).
        login("politie");
        assertThat(actions.mine(0, 500)).filteredOn(a -> !a.deadline().isBefore(today)).singleElement()
                .satisfies(a -> assertThat(a.personName()).isEqualTo("Pieter Politie"));
        login("jeugdzorg");
        assertThat(actions.mine(0, 500)).filteredOn(a -> !a.deadline().isBefore(today))
                .extracting(nl.zorgtafel.action.ActionView::status).containsExactlyInAnyOrder(
                nl.zorgtafel.action.ActionStatus.IN_UITVOERING, nl.zorgtafel.action.ActionStatus.GEREED);
    }

    @Test
    void the_held_sessions_letter_to_mila_is_plain_dutch_with_her_name_and_who_will_call() {
        login("voorzitter");
        long heldId = context.getBean(nl.zorgtafel.meeting.MeetingService.class).find(false, 0, 10).stream()
                .filter(m -> m.status() == nl.zorgtafel.meeting.MeetingStatus.VERSLAG_DEFINITIEF).findFirst()
                .orElseThrow().id();
        var letters = context.getBean(nl.zorgtafel.minutes.LetterService.class);
        var saved = context.getBean(nl.zorgtafel.meeting.AgendaService.class).agenda(heldId).items().stream()
                .filter(i -> i.caseFileId() != null).map(i -> letters.letter(i.id())).filter(l -> l.version() > 0)
                .toList();
        assertThat(saved).singleElement().satisfies(letter -> {
            assertThat(letter.greeting()).isEqualTo("Beste Mila Voorbeeld,");
            assertThat(letter.text()).contains("- De politie: Ze praten met jou en je mentor.")
                    .contains("Joyce Jeugdzorg van de jeugdhulp neemt contact met je op.")
                    .contains("Het telefoonnummer van Joyce Jeugdzorg is 06-12345604.")
                    .doesNotContain("drugspand").doesNotContain("Mila");
            assertThat(nl.zorgtafel.minutes.PlainLanguage.check(letter.text()).clean()).isTrue();
        });
    }

    @Test
    void milas_case_has_a_recorded_comensha_registration_consent_for_the_responsible_partner() {
        login("jeugdzorg");
        var cases = context.getBean(nl.zorgtafel.casefile.CaseService.class);
        var registered = cases.find(nl.zorgtafel.casefile.CaseFilter.none(), 0, 100).stream()
                .map(c -> cases.open(c.id())).filter(f -> f.registration() != null).toList();
        assertThat(registered).singleElement().satisfies(file -> {
            assertThat(file.intake().identifying().name()).isEqualTo("Mila Voorbeeld");
            assertThat(file.registration().coversIdentifying()).isTrue();
        });
    }

    /** Today's demo cases (and drafts), without the history's. */
    private static List<nl.zorgtafel.casefile.CaseSummary> proposedToday(List<nl.zorgtafel.casefile.CaseSummary> cases) {
        var dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        return cases.stream().filter(c -> c.submittedAt() == null || c.submittedAt().isAfter(dayAgo)).toList();
    }

    @Test
    void the_login_page_names_the_demo_accounts() {
        UI.getCurrent().navigate("login");
        assertThat(_get(Paragraph.class, spec -> spec.withId("demo-hint")).getText())
                .contains("voorzitter", "demo-zorgtafel");
    }

    @Test
    void the_demo_has_partner_organisations_of_many_types_across_two_tables() {
        var organisations = testData.asAdministrator(
                () -> context.getBean(OrganisationService.class).find(null, 0, 100));
        assertThat(organisations).hasSize(10);
        assertThat(organisations).extracting(OrganisationSummary::type).hasSizeGreaterThanOrEqualTo(8);
    }
}
