package nl.zorgtafel.minutes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/** The minutes screen: the secretary's summary, definitief, a correction, letters and the download links. */
class MinutesViewTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;

    private SessionFixture.Session session;

    @BeforeEach
    void aHeldSession() {
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Gesprek met de jongere",
                TestData.today().plusDays(5)));
        live.end(session.meetingId());
        testData.signOut();
    }

    @Test
    void the_secretary_summarises_the_chair_makes_it_definitief_and_corrects_it() {
        login(session.secretary());
        UI.getCurrent().navigate("verslag/" + session.meetingId());
        var view = _get(MinutesView.class);
        assertThat(view.finalise.isVisible()).as("only the chair makes it definitief").isFalse();
        var summary = _get(TextArea.class, spec -> spec.withId("summary-" + session.caseItemId()));
        _setValue(summary, "Zorgen over uitbuiting; politie en jeugdhulp trekken samen op.");
        _click(_get(Button.class, spec -> spec.withId("summary-save-" + session.caseItemId())));

        login(session.chair());
        UI.getCurrent().navigate("verslag/" + session.meetingId());
        view = _get(MinutesView.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("summary-" + session.caseItemId())).getValue())
                .startsWith("Zorgen over uitbuiting");
        var letter = _get(TextArea.class, spec -> spec.withId("letter-" + session.caseItemId()));
        assertThat(letter.getValue()).contains("Gesprek met de jongere").contains("uiterlijk");
        // An anonymous case: the greeting names nobody.
        assertThat(_get(Paragraph.class, spec -> spec.withId("letter-greeting-" + session.caseItemId())).getText())
                .isEqualTo("Aanhef: Beste,");
        // The partners' wording in the draft ("de jongere") is fine; trade words and long sentences are flagged.
        _assertNone(Paragraph.class, spec -> spec.withId("letter-hints-" + session.caseItemId()));
        _setValue(letter, letter.getValue() + "\nDe casus en de inbreng van alle partijen aan tafel zijn besproken "
                + "en iedereen is het er toen over eens geworden wat er moet gebeuren.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("letter-hints-" + session.caseItemId())).getText())
                .contains("meer dan 15 woorden").contains("casus, inbreng");
        _click(_get(Button.class, spec -> spec.withId("letter-save-" + session.caseItemId())));

        _click(view.finalise);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.versions.getElement().getTextRecursively()).contains("Versie 1");
        assertThat(view.finalise.isVisible()).isFalse();

        _click(view.correct);
        _click(_get(Button.class, spec -> spec.withId("correction-save")));
        var reason = _get(TextArea.class, spec -> spec.withId("correction-reason"));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "Naam van de school toegevoegd");
        _click(_get(Button.class, spec -> spec.withId("correction-save")));
        assertThat(view.versions.getElement().getTextRecursively()).contains("Versie 2").contains("Versie 1")
                .contains("Naam van de school toegevoegd");
    }

    @Test
    void a_member_sees_download_links_for_each_version_and_variant_but_no_draft() {
        testData.signIn(session.chair());
        context.getBean(nl.zorgtafel.minutes.MinutesService.class).finalise(session.meetingId());
        testData.signOut();

        login(session.police());
        UI.getCurrent().navigate("verslag/" + session.meetingId());
        var view = _get(MinutesView.class);
        assertThat(view.draft.isVisible()).isFalse();
        var links = view.versions.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref()).toList();
        assertThat(links).containsExactly("download/verslag/" + session.meetingId() + "/1/volledig.pdf",
                "download/verslag/" + session.meetingId() + "/1/geanonimiseerd.pdf");
    }
}
