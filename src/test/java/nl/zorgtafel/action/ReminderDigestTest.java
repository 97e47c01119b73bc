package nl.zorgtafel.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Transactional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.mail.OutboxSender;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * The daily digest through a real SMTP server: counts only, no case content; days counted in
 * Europe/Amsterdam across the 2027 switch to summer time (28 March, 01:00 UTC); one a day.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "zorgtafel.actions.reminder-days=3"})
@Transactional
class ReminderDigestTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    ReminderDigest digest;
    @Autowired
    ActionService actions;
    @Autowired
    LiveMeetingService live;
    @Autowired
    OutboxSender sender;
    @Autowired
    SystemTasks system;
    @Autowired
    SessionFixture fixture;
    @Autowired
    nl.zorgtafel.casefile.IntakeService intakes;
    @Autowired
    nl.zorgtafel.casefile.CaseService cases;
    @Autowired
    TestData testData;

    private SessionFixture.Session session;

    @BeforeEach
    void actionsDueAroundTheSwitchToSummerTime() throws Exception {
        clock.set(Instant.now());
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        testData.signIn(session.police());
        live.accept(session.meetingId());
        for (String deadline : new String[] {"2027-03-27", "2027-03-31", "2027-04-01"}) {
            actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Geheime actie " + deadline,
                    LocalDate.parse(deadline)));
        }
        testData.signOut();
        sender.sendDue();
        GREEN_MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.set(Instant.now());
        testData.signOut();
    }

    @Test
    void each_person_gets_one_digest_a_day_counted_in_dutch_days_without_case_content() throws Exception {
        // 23:30 UTC on 27 March is already 28 March in the Netherlands (winter time, UTC+1).
        clock.set(Instant.parse("2027-03-27T23:30:00Z"));
        assertThat(system.asAdministrator(digest::sendToday)).isGreaterThanOrEqualTo(1);
        assertThat(system.asAdministrator(digest::sendToday)).as("once a day").isZero();
        String first = deliveredTo(session.police());
        assertThat(first).contains("1 actie is over de deadline").contains("1 actie verloopt binnen 3 dagen")
                .contains("/mijn-acties");
        assertThat(first).doesNotContain("Geheime actie").doesNotContain("-2026-");
        GREEN_MAIL.purgeEmailFromAllMailboxes();

        // 22:30 UTC on 28 March is 00:30 on 29 March in summer time (UTC+2): a new Dutch day.
        clock.set(Instant.parse("2027-03-28T22:30:00Z"));
        assertThat(system.asAdministrator(digest::sendToday)).isGreaterThanOrEqualTo(1);
        assertThat(deliveredTo(session.police())).contains("1 actie is over de deadline")
                .contains("2 acties verlopen binnen 3 dagen");
    }

    @Test
    void the_proposing_organisation_hears_that_consent_must_be_asked_again_without_any_case_content() throws Exception {
        clock.set(Instant.now());
        LocalDate today = LocalDate.now(nl.zorgtafel.base.time.DutchTime.ZONE);
        testData.signIn(session.youthCare());
        long id = intakes.saveAndSubmit(new CaseIntake(null, 0, true, Urgency.HOOG, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER,
                null, null, null, java.util.Set.of(), null, null, java.util.Set.of(ExploitationForm.SEKSUEEL), null,
                java.util.Set.of(), "Signalen", "Vraag", java.util.Set.of(), true, null, true, null, null,
                LegalBasis.TOESTEMMING, null, ConsentGiver.OUDER_VOOGD, today.minusMonths(2),
                new IdentifyingData("Fleur Geheimhouden", today.minusYears(16).minusDays(2), null, null)));
        String code = cases.open(id).code();
        testData.signOut();

        assertThat(system.asAdministrator(digest::sendToday)).isGreaterThanOrEqualTo(1);
        assertThat(deliveredTo(session.youthCare())).contains("toestemming opnieuw").contains("16 of 18")
                .doesNotContain("Fleur").doesNotContain(code);
    }

    private String deliveredTo(String username) throws Exception {
        sender.sendDue();
        String email = testData.emailOf(username);
        for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
            }
        }
        throw new AssertionError("No digest for " + username);
    }
}
