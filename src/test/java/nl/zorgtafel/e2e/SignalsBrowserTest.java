package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.casefile.SignalKind;

/**
 * The signals timeline as the partners and the chair meet it (issue 19): the police officer opens
 * Mila's case and reads on its timeline what the municipality and youth care saw, each with its
 * source; adds what the police saw, first forgetting the fact (a Dutch message on that field, the
 * kind chosen stays), then completely, and finds it on top. The chair sees on the Overzicht that a
 * signal after closing proposes re-aanmelding of Sem's case, opens it and decides against it (after a
 * confirmation); the proposal leaves the Overzicht.
 */
class SignalsBrowserTest extends BrowserTestBase {

    @Autowired DSLContext dsl;

    @Test
    void a_partner_adds_a_signal_to_the_timeline_and_the_chair_decides_on_a_reaanmelding() throws Exception {
        long mila = dsl.select(CASE_SIGNAL.CASE_FILE_ID).from(CASE_SIGNAL)
                .where(CASE_SIGNAL.KIND.eq(SignalKind.POLITIEREGISTRATIE)).limit(1).fetchSingle().value1();

        var police = signedIn("politie");
        police.go("casus/" + mila);
        police.waitForText("timeline-entries", "Schoolverzuim");
        String timeline = police.text("timeline-entries");
        assertThat(timeline).contains("Leerplicht: 11 dagen ongeoorloofd verzuim").contains("Gemeente")
                .contains("Geld of cadeaus").contains("Jeugdhulp");

        police.click("signal-add");
        police.select("signal-kind", "Online signalen");
        police.click("signal-save");
        police.waitForText("signal-fact", "Vul dit in");
        assertThat(police.find("signal-kind").getText()).contains("Online signalen");
        police.type("signal-fact", "Contact met een onbekende volwassene via een game-chat, foto's gevraagd.");
        police.click("signal-save");
        police.waitForText("timeline-entries", "game-chat");
        var first = police.find("timeline-entries").findElements(By.tagName("li")).getFirst();
        assertThat(first.getText()).contains("Online signalen").contains("game-chat").contains("Pieter Politie");
        police.snap("signals-timeline");

        var chair = signedIn("voorzitter");
        chair.waitForText("news-reopen", "afgesloten, nieuw signaal");
        chair.press(chair.find("news-reopen").findElement(By.tagName("a")));
        chair.waitForText("case-reopen-proposed", "nieuw signaal binnen 12 maanden");
        assertThat(chair.text("timeline-entries")).contains("Vermissing of weglopen");
        chair.snap("signals-reopen-proposed");
        chair.click("case-reopen-set-aside");
        chair.confirm();
        assertThat(chair.present("case-reopen-proposed")).isFalse();
        chair.go("");
        chair.waitForVaadin();
        assertThat(chair.present("news-reopen")).isFalse();
    }
}
