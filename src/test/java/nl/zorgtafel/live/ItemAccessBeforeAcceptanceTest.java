package nl.zorgtafel.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * A deelnemer who has not accepted the confidentiality statement gets nothing of an item from
 * any service method of the live meeting or the actions; after accepting, each works.
 */
@H2Test
class ItemAccessBeforeAcceptanceTest {

    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;
    @Autowired
    AgendaService agendas;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;


    private SessionFixture.Session session;
    private long action;
    private long reviewItem;

    @BeforeEach
    void aRunningSessionWithAnAction() {
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        action = actions.add(session.caseItemId(), new NewAction(session.youth(), null, "Gesprek met de jongere",
                TestData.today().plusDays(7)));
        reviewItem = agendas.agenda(session.meetingId()).items().stream()
                .filter(i -> i.block() == AgendaBlock.REVIEW_ACTIONS).findFirst().orElseThrow().id();
        testData.signIn(session.police());
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void every_item_method_refuses_a_deelnemer_who_has_not_accepted_the_statement() {
        long item = session.caseItemId();
        var add = new NewAction(session.avim(), null, "Wijkagent gaat langs", TestData.today().plusDays(7));
        assertThatThrownBy(() -> live.notes(item)).as("notes").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.addNote(item, NoteKind.INBRENG, session.avim(), "Inbreng"))
                .as("addNote").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.forItem(item)).as("forItem").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.itemActions(item)).as("itemActions").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.add(item, add)).as("add").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.peopleFor(item, session.avim())).as("peopleFor")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.find(action)).as("find another party's action")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.change(action, 0, add)).as("change")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.forReview(reviewItem)).as("forReview")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(live.state(session.meetingId()).agenda()).as("state").isNull();
        assertThat(live.page(session.meetingId(), item).item()).as("page").isNull();

        live.accept(session.meetingId());
        assertThat(actions.forItem(item)).hasSize(1);
        assertThat(actions.itemActions(item).agreed()).hasSize(1);
        assertThat(live.page(session.meetingId(), item).item().question()).isEqualTo("Vraag");
        assertThat(live.notes(item)).isEmpty();
        actions.add(item, add);
        live.addNote(item, NoteKind.INBRENG, session.avim(), "Twee meldingen over een witte auto.");
        assertThat(actions.peopleFor(item, session.avim())).isNotEmpty();
        assertThat(actions.find(action).description()).isEqualTo("Gesprek met de jongere");
        assertThat(actions.forReview(reviewItem)).isNotNull();
    }
}
