package nl.zorgtafel.retention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalHoldService;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/** Bewaartermijnen for the chair and a member, and the Beheerder's periods and "Nu uitvoeren". */
class RetentionScreensTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    IntakeService intakes;
    @Autowired
    LifecycleService lifecycle;
    @Autowired
    CaseService cases;
    @Autowired
    LegalHoldService holds;
    @Autowired
    DSLContext dsl;

    private SessionFixture.Session session;
    private long declined;

    @BeforeEach
    void aDeclinedCaseAndAHeldClosedCaseBothPastTheirPeriods() {
        session = fixture.create();
        testData.signIn(session.youthCare());
        declined = intakes.saveAndSubmit(new CaseIntake(null, 0, false, Urgency.NORMAAL,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 15, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.CRIMINEEL), null, Set.of(), "Signalen", "Vraag", Set.of(), true, null, true,
                null, null, null, null, null, null, null));
        testData.signIn(session.chair());
        lifecycle.decide(declined, cases.open(declined).intake().version(), TriageDecision.AFWIJZEN, "Reden", "Advies");
        holds.set(session.caseId(), session.avim(), "Onderzoek");
        testData.signOut();
        // Their clocks started long ago: declined a year back, closed three years back.
        Instant yearAgo = Instant.now().atZone(ZoneId.of("Europe/Amsterdam")).minusYears(1).toInstant();
        dsl.update(CASE_EVENT).set(CASE_EVENT.OCCURRED_AT, yearAgo).where(CASE_EVENT.CASE_FILE_ID.eq(declined)).execute();
        dsl.update(CASE_FILE).set(CASE_FILE.STATUS, CaseStatus.AFGESLOTEN)
                .set(CASE_FILE.CLOSED_AT, yearAgo.atZone(ZoneId.of("Europe/Amsterdam")).minusYears(2).toInstant())
                .where(CASE_FILE.ID.eq(session.caseId())).execute();
    }

    @Test
    void the_chair_sees_what_the_next_run_erases_and_what_a_hold_keeps() {
        login(session.chair());
        UI.getCurrent().navigate(RetentionView.class);
        var view = _get(RetentionView.class);
        assertThat(GridKt._size(view.preview)).isEqualTo(2);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.preview, 1))).contains("Afgewezen aanmelding");
        assertThat(view.periods.getText()).contains("3 maanden", "24 maanden");
        assertThat(GridKt._size(view.report)).isZero();
        assertThat(view.report.getEmptyStateText()).contains("nog geen verslagen");
    }

    @Test
    void a_member_of_another_organisation_sees_none_of_these_cases() {
        login(session.school());
        UI.getCurrent().navigate(RetentionView.class);
        var view = _get(RetentionView.class);
        assertThat(GridKt._size(view.preview)).isZero();
    }

    @Test
    void the_beheerder_sets_a_period_with_a_clear_refusal_and_runs_now_after_confirming() {
        String admin = testData.account("Beheerder", session.avim(), true, java.util.Map.of());
        login(admin);
        UI.getCurrent().navigate(RetentionSettingsView.class);
        var view = _get(RetentionSettingsView.class);
        int index = 0;
        while (GridKt._get(view.tables, index).tableId() != session.tableId()) {
            index++;
        }
        _click((Button) GridKt._getCellComponent(view.tables, index, "edit"));
        _setValue(view.closed, 6);
        _click(_get(Button.class, spec -> spec.withId("retention-save")));
        assertThat(view.closed.isInvalid()).isTrue();
        assertThat(view.closed.getErrorMessage()).contains("minimaal 12 maanden");
        _setValue(view.closed, 12);
        _click(_get(Button.class, spec -> spec.withId("retention-save")));
        assertThat(view.dialog.isOpened()).isFalse();

        _click(view.runNow);
        assertThat(ConfirmDialogKt._getText(view.confirm)).contains("kan niet ongedaan");
        ConfirmDialogKt._fireConfirm(view.confirm);

        login(session.chair());
        UI.getCurrent().navigate(RetentionView.class);
        var report = _get(RetentionView.class);
        assertThat(GridKt._size(report.report)).isEqualTo(2);
        assertThat(GridKt._size(report.preview)).isEqualTo(1);
    }
}
