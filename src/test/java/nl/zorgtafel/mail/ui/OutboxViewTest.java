package nl.zorgtafel.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.mail.CalendarEvent;
import nl.zorgtafel.mail.IcsWriter;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/**
 * The Beheerder's outbox shows what mail goes out, but never the text of a mail that holds a
 * secret for its recipient: a password link read here would let the Beheerder become that person.
 */
class OutboxViewTest extends KaribuTest {

    @Autowired
    PersonService people;

    @Autowired
    OutboxService outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void an_invitation_shows_its_calendar_as_a_client_reads_it_and_can_be_sent_again() {
        String admin = testData.account("Bert Beheer", testData.organisation(TestData.unique("Org"),
                OrganisationType.GEMEENTE), true, Map.of());
        String to = TestData.unique("lid") + "@example.org";
        Instant start = Instant.parse("2031-03-04T12:00:00Z");
        String uid = TestData.unique("uid") + "@zorgtafel";
        transactions.executeWithoutResult(t -> outbox.enqueue(new OutgoingMail(to, "Uitnodiging zitting", "Tekst", null,
                IcsWriter.invitation(new CalendarEvent(uid, 2, start, start.plusSeconds(7200), "Zorgtafel", "Zaal 1",
                        null, null, false)), "REQUEST")));
        // Delivered (a message still queued is not sent twice).
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, nl.zorgtafel.mail.OutboxStatus.SENT)
                .where(OUTBOX_MESSAGE.RECIPIENT.eq(to)).execute();
        login(admin);
        UI.getCurrent().navigate("beheer/uitgaande-berichten");
        var view = _get(OutboxView.class);
        var invitation = view.grid.getGenericDataView().getItems().filter(m -> m.recipient().equals(to))
                .findFirst().orElseThrow();
        view.grid.select(invitation);
        assertThat(view.calendar.getElement().getTextRecursively()).contains("Methode: REQUEST", "UID: " + uid,
                "Volgnummer (SEQUENCE): 2", "Begin: 4-3-2031 13:00", "Einde: 4-3-2031 15:00");

        assertThat(view.resend.isEnabled()).isTrue();
        _click(view.resend);
        ConfirmDialogKt._fireConfirm(view.confirm);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.RECIPIENT.eq(to))).isEqualTo(2);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.MAIL_RESENT)
                .and(AUDIT_ENTRY.OBJECT_ID.eq(invitation.id())))).isEqualTo(1);
    }

    @Test
    void a_password_link_mail_is_listed_but_its_text_is_not_shown() {
        long table = testData.table(TestData.unique("Tafel"));
        String member = testData.account("Lies Link", testData.organisation(TestData.unique("Org"),
                OrganisationType.JEUGDHULP), false, Map.of(table, TableRole.LID));
        String admin = testData.account("Bert Beheer", testData.organisation(TestData.unique("Org"),
                OrganisationType.GEMEENTE), true, Map.of());
        login(admin);
        people.resetPassword(testData.personIdOf(member));

        UI.getCurrent().navigate("beheer/uitgaande-berichten");
        var view = _get(OutboxView.class);
        var linkMail = view.grid.getGenericDataView().getItems()
                .filter(m -> m.recipient().equals(testData.emailOf(member)) && m.subject().contains("nieuw wachtwoord"))
                .findFirst().orElseThrow();
        assertThat(linkMail.sealed()).isTrue();
        view.grid.select(linkMail);
        assertThat(view.body.getText()).doesNotContain("wachtwoord-instellen").contains("alleen voor de ontvanger");
        assertThat(view.resend.isEnabled()).as("a one-time link is never sent again").isFalse();

        var roleMail = view.grid.getGenericDataView().getItems()
                .filter(m -> m.recipient().equals(testData.emailOf(member)) && m.subject().contains("rol"))
                .findFirst().orElseThrow();
        view.grid.select(roleMail);
        assertThat(view.body.getText()).contains("Lid");
    }
}
