package nl.zorgtafel.action;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseFilter;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/** Actions: who may add, change and see them, conflicts, status, review and accountability; H2 and MariaDB. */
abstract class ActionServiceTests {

    @Autowired
    ActionService actions;
    @Autowired
    LiveMeetingService live;
    @Autowired
    AgendaService agendas;
    @Autowired
    CaseService cases;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    private SessionFixture.Session session;

    @BeforeEach
    void aLiveSession() {
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        fixture.accepted(session.meetingId(), session.chair(), session.secretary(), session.youthCare(),
                session.police(), session.school());
        testData.signIn(session.chair());
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private long policeAction(String description) {
        testData.signIn(session.police());
        return actions.add(session.caseItemId(), new NewAction(session.avim(), null, description,
                TestData.today().plusDays(7)));
    }

    @Test
    void a_deelnemer_adds_an_action_that_is_kept_exactly_as_typed() {
        String odd = "<script>alert('x')</script> Łódź – Çelik – مرحبا 👍";
        long id = policeAction(odd);

        testData.signIn(session.youthCare());
        assertThat(actions.forItem(session.caseItemId())).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.description()).isEqualTo(odd);
            assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        });
        testData.signIn(session.school());
        assertThatThrownBy(() -> actions.forItem(session.caseItemId())).isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.observer());
        assertThatThrownBy(() -> actions.forItem(session.caseItemId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_actions_are_refused_with_the_field_they_are_about() {
        testData.signIn(session.police());
        LocalDate next = TestData.today().plusDays(7);
        assertRefused(new NewAction(session.college(), null, "Gesprek", next), "action.rule.organisation");
        assertRefused(new NewAction(null, null, "Gesprek", next), "action.rule.organisation");
        assertRefused(new NewAction(session.avim(), null, "  ", next), "action.rule.description");
        assertRefused(new NewAction(session.avim(), null, "x".repeat(2001), next), "action.rule.description-length");
        assertRefused(new NewAction(session.avim(), null, "Gesprek", null), "action.rule.deadline");
        assertRefused(new NewAction(session.avim(), null, "Gesprek", TestData.today().minusDays(1)),
                "action.rule.deadline-past");
        long youthPerson = testData.person("Medewerker", session.youth(), java.util.Map.of());
        assertRefused(new NewAction(session.avim(), youthPerson, "Gesprek", next), "action.rule.person");
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.CASE_FILE_ID.eq(session.caseId()))).isZero();
    }

    private void assertRefused(NewAction action, String key) {
        assertThatThrownBy(() -> actions.add(session.caseItemId(), action)).isInstanceOf(FieldRefusal.class)
                .extracting(e -> ((FieldRefusal) e).messageKey()).isEqualTo(key);
    }

    @Test
    void two_people_changing_one_action_never_overwrite_each_other() {
        long id = policeAction("Gesprek met de jongere");
        int seenByBoth = actions.forItem(session.caseItemId()).getFirst().version();

        actions.change(id, seenByBoth, new NewAction(session.avim(), null, "Gesprek met jongere en moeder",
                TestData.today().plusDays(10)));
        testData.signIn(session.secretary());
        assertThatThrownBy(() -> actions.change(id, seenByBoth, new NewAction(session.avim(), null,
                "Gesprek samen met jeugdhulp", TestData.today().plusDays(7)))).isInstanceOf(StaleEdit.class);
        var latest = actions.find(id);
        assertThat(latest.description()).isEqualTo("Gesprek met jongere en moeder");

        actions.change(id, latest.version(), new NewAction(session.avim(), null, "Gesprek samen met jeugdhulp",
                latest.deadline()));
        assertThat(actions.find(id).description()).isEqualTo("Gesprek samen met jeugdhulp");
    }

    @Test
    void only_the_owning_party_or_chair_and_secretary_change_an_action_and_a_passed_deadline_may_stay() {
        long id = policeAction("Huisbezoek");
        testData.signIn(session.youthCare());
        assertThatThrownBy(() -> actions.change(id, 1, new NewAction(session.avim(), null, "Anders",
                TestData.today().plusDays(3)))).isInstanceOf(AccessDeniedException.class);

        testData.signIn(session.police());
        assertThatThrownBy(() -> actions.change(id, 1, new NewAction(session.youth(), null, "Huisbezoek",
                TestData.today().plusDays(7)))).isInstanceOf(FieldRefusal.class)
                .hasMessageContaining("action.rule.own-party");
        LocalDate passed = TestData.today().minusDays(3);
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.DEADLINE, passed).where(ACTION_ITEM.ID.eq(id)).execute();
        actions.change(id, actions.find(id).version(), new NewAction(session.avim(), null, "Huisbezoek met wijkagent",
                passed));
        assertThat(actions.find(id).description()).isEqualTo("Huisbezoek met wijkagent");
    }

    @Test
    void the_owning_party_keeps_the_status_and_niet_mogelijk_needs_a_reason() {
        long id = policeAction("Melding opnemen");
        testData.signIn(session.youthCare());
        assertThatThrownBy(() -> actions.setStatus(id, 0, ActionStatus.GEREED, null))
                .isInstanceOf(AccessDeniedException.class);

        testData.signIn(session.police());
        int version = actions.find(id).version();
        assertThatThrownBy(() -> actions.setStatus(id, version, ActionStatus.NIET_MOGELIJK, " "))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("action.rule.reason");
        assertThatThrownBy(() -> actions.setStatus(id, version, ActionStatus.NIET_UITGEVOERD, null))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("action.rule.status");
        actions.setStatus(id, version, ActionStatus.NIET_MOGELIJK, "Jongere is verhuisd naar een andere regio");
        assertThat(actions.find(id).statusReason()).isEqualTo("Jongere is verhuisd naar een andere regio");
        actions.setStatus(id, version + 1, ActionStatus.GEREED, null);
        assertThat(actions.find(id).statusReason()).isNull();
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.STATUS, ActionStatus.NIET_UITGEVOERD)
                .where(ACTION_ITEM.ID.eq(id)).execute();
        assertThatThrownBy(() -> actions.setStatus(id, actions.find(id).version(), ActionStatus.GEREED, null))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("action.rule.reviewed");
    }

    @Test
    void mijn_acties_shows_overdue_first_then_by_deadline() {
        long later = policeAction("Later");
        long overdue = policeAction("Te laat");
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.DEADLINE, TestData.today().minusDays(2))
                .where(ACTION_ITEM.ID.eq(overdue)).execute();

        var mine = actions.mine(0, 50);
        assertThat(mine).extracting(ActionView::id).containsExactly(overdue, later);
        assertThat(mine.getFirst().overdue(actions.today())).isTrue();
        assertThat(actions.countMyOpen()).isEqualTo(new ActionService.OpenCount(2, 1));
        // Finished actions follow the open ones; pages continue where the last one ended.
        actions.setStatus(overdue, actions.find(overdue).version(), ActionStatus.GEREED, null);
        assertThat(actions.mine(0, 50)).extracting(ActionView::id).containsExactly(later, overdue);
        assertThat(actions.mine(1, 1)).extracting(ActionView::id).containsExactly(overdue);
        assertThat(actions.countMyOpen()).isEqualTo(new ActionService.OpenCount(1, 0));
        assertThat(dsl.select(ACTION_ITEM.CLOSED, ACTION_ITEM.COMPLETED_ON).from(ACTION_ITEM)
                .where(ACTION_ITEM.ID.eq(overdue)).fetchSingle().value1()).isTrue();
        testData.signIn(session.school());
        assertThat(actions.mine(0, 50)).isEmpty();
    }

    @Test
    void an_action_owner_keeps_seeing_the_case_after_leaving_the_item() {
        policeAction("Proces-verbaal opmaken");
        dsl.deleteFrom(AGENDA_ITEM_PARTICIPANT).where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(session.caseItemId())
                .and(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID.eq(session.avim()))).execute();

        testData.signIn(session.police());
        assertThat(cases.find(CaseFilter.none(), 0, 50)).extracting(CaseSummary::id).contains(session.caseId());
        assertThat(cases.open(session.caseId()).id()).isEqualTo(session.caseId());
    }

    @Test
    void open_actions_come_back_at_the_next_session_where_the_outcome_is_recorded() {
        long id = policeAction("Gesprek met school");
        long next = fixture.laterSession(session, 14);
        testData.signIn(session.chair());
        long review = agendas.agenda(next).items().stream().filter(i -> i.block() == AgendaBlock.REVIEW_ACTIONS)
                .findFirst().orElseThrow().id();
        assertThat(actions.countForReview(review)).isEqualTo(1);
        // Nothing of the review block before the statement of that session is accepted.
        assertThatThrownBy(() -> actions.forReview(review)).isInstanceOf(AccessDeniedException.class);
        fixture.accepted(next, session.chair(), session.school());
        testData.signIn(session.chair());

        assertThat(actions.forReview(review)).extracting(ActionView::id).containsExactly(id);
        testData.signIn(session.school());
        assertThat(actions.forReview(review)).isEmpty();
        assertThatThrownBy(() -> actions.review(id, 0, review, ReviewOutcome.GEREED, null))
                .isInstanceOf(AccessDeniedException.class);

        testData.signIn(session.chair());
        int version = actions.find(id).version();
        assertThatThrownBy(() -> actions.review(id, version, review, ReviewOutcome.NIET_MOGELIJK, null))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("action.rule.reason");
        actions.review(id, version, review, ReviewOutcome.NIET_UITGEVOERD, "Niet opgepakt door capaciteit");
        var reviewed = actions.find(id);
        assertThat(reviewed.status()).isEqualTo(ActionStatus.NIET_UITGEVOERD);
        assertThat(reviewed.reviewOutcome()).isEqualTo(ReviewOutcome.NIET_UITGEVOERD);
        assertThat(actions.forReview(review)).extracting(ActionView::reviewOutcome)
                .containsExactly(ReviewOutcome.NIET_UITGEVOERD);

        var police = actions.scores().stream().filter(s -> s.organisationId() == session.avim()).findFirst()
                .orElseThrow();
        assertThat(police.finished()).isEqualTo(1);
        assertThat(police.onTimePercentage()).isZero();
        assertThat(actions.openAtTable(0, 50)).isEmpty();
    }
}
