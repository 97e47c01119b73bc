package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.mail.OutboxSender;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/**
 * Invitations through a real SMTP server (GreenMail): the iCalendar is parsed back and checked
 * (METHOD, UID, SEQUENCE, CANCEL), mails name only the case codes an invitee takes part in and
 * no identifying data, and a delivery that failed while the server was down arrives after a retry.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@Transactional
class InvitationMailTest {

    private static final String NAME = "Zofia Wiśniewska";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    InvitationService invitations;
    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    CaseService cases;
    @Autowired
    nl.zorgtafel.casefile.IntakeService intakes;
    @Autowired
    nl.zorgtafel.casefile.LifecycleService lifecycle;
    @Autowired
    OutboxSender sender;
    @Autowired
    RsvpRepository rsvp;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    private long meetingId;
    private String caseCode;
    private long avim;
    private long college;
    private long itemId;

    @BeforeEach
    void aSessionWithANamedCaseOnTheAgenda() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        college = testData.organisation(TestData.unique("College"), OrganisationType.ONDERWIJS);
        testData.signCovenant(table, youth);
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));
        String youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
        testData.account("School", college, false, Map.of(table, TableRole.LID));

        testData.signIn(youthCare);
        long caseId = intakes.saveAndSubmit(new CaseIntake(null, 0, true, Urgency.HOOG,
                YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null, null, null, Set.of(), null, null,
                Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Geheime signalen over de jongere", "Vraag",
                Set.of(), true, null, true, null, null, LegalBasis.VITAAL_BELANG, null, null, null,
                new IdentifyingData(NAME, LocalDate.of(2010, 1, 2), "Geheimstraat 9", null)));
        testData.signIn(chair);
        lifecycle.decide(caseId, cases.open(caseId).intake().version(), TriageDecision.AGENDEREN, null, null);
        caseCode = cases.open(caseId).code();
        meetingId = meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA, TestData.today().plusYears(1),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor", null, null, null));
        itemId = agendas.addCase(meetingId, caseId, AgendaBlock.NEW_CASES, 15, Set.of(avim), Set.of());
        // The triage decision already queued a notice to the proposer; deliver it and start clean.
        sender.sendDue();
        GREEN_MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void every_member_gets_an_invitation_that_calendars_understand_and_that_holds_no_personal_data()
            throws Exception {
        int queued = invitations.sendInvitations(meetingId);
        assertThat(sender.sendDue()).isEqualTo(queued).isEqualTo(4);

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(4);
        String uid = dsl.fetchSingle(MEETING, MEETING.ID.eq(meetingId)).getIcalUid();
        int mailsNamingTheCase = 0;
        for (MimeMessage message : received) {
            String all = text(message);
            assertThat(all).doesNotContain(NAME).doesNotContain("Wiśniewska").doesNotContain("Geheimstraat")
                    .doesNotContain("2010-01-02").doesNotContain("Geheime signalen");
            Calendar calendar = calendar(message);
            assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
            var event = calendar.getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
            if (all.contains(caseCode)) {
                mailsNamingTheCase++;
            }
        }
        // The chair and the police (deelnemer) see the code; youth care and the school do not.
        assertThat(mailsNamingTheCase).isEqualTo(2);
    }

    @Test
    void a_change_raises_the_sequence_and_a_cancellation_says_cancel() throws Exception {
        invitations.sendInvitations(meetingId);
        sender.sendDue();
        GREEN_MAIL.purgeEmailFromAllMailboxes();
        var stored = dsl.fetchSingle(MEETING, MEETING.ID.eq(meetingId));

        meetings.change(new MeetingPlan(meetingId, stored.getVersion(), MeetingKind.EXTRA,
                TestData.today().plusYears(1).plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0), "Zaal 2", null,
                null, null));
        sender.sendDue();
        var update = calendar(GREEN_MAIL.getReceivedMessages()[0]);
        assertThat(update.getComponent("VEVENT").orElseThrow().getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        GREEN_MAIL.purgeEmailFromAllMailboxes();

        meetings.cancel(meetingId, dsl.fetchSingle(MEETING, MEETING.ID.eq(meetingId)).getVersion());
        sender.sendDue();
        MimeMessage cancellation = GREEN_MAIL.getReceivedMessages()[0];
        var cancelled = calendar(cancellation);
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getComponent("VEVENT").orElseThrow().getProperty(Property.SEQUENCE).orElseThrow()
                .getValue()).isEqualTo("2");
        assertThat(cancellation.getSubject()).startsWith("Geannuleerd");
    }

    @Test
    void a_person_named_on_a_case_item_is_invited_and_gets_cancel_when_taken_off() throws Exception {
        invitations.sendInvitations(meetingId);
        sender.sendDue();
        GREEN_MAIL.purgeEmailFromAllMailboxes();
        // The school's mentor has no role at the table; she joins for this one case.
        long mentor = testData.person("Mentor Çelik", college, Map.of());
        String mentorMail = dsl.fetchValue(nl.zorgtafel.db.Tables.PERSON.EMAIL,
                nl.zorgtafel.db.Tables.PERSON.ID.eq(mentor));

        agendas.setParticipants(itemId, Set.of(avim, college), Set.of(mentor));
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage invitation = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo(mentorMail);
        assertThat(text(invitation)).contains(caseCode).doesNotContain(NAME);
        assertThat(calendar(invitation).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        GREEN_MAIL.purgeEmailFromAllMailboxes();

        agendas.setParticipants(itemId, Set.of(avim), Set.of());
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage cancellation = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(cancellation.getAllRecipients()[0].toString()).isEqualTo(mentorMail);
        var cancelled = calendar(cancellation);
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getComponent("VEVENT").orElseThrow().getProperty(Property.SEQUENCE).orElseThrow()
                .getValue()).isEqualTo("1");
    }

    @Test
    void an_invited_organisation_and_person_beyond_the_table_get_the_invitation_without_other_codes() throws Exception {
        // A district team is invited for this session as an organisation; a guest speaker by name.
        long district = testData.organisation(TestData.unique("Wijkteam"), OrganisationType.GEMEENTE);
        long worker = testData.person("Wijkwerker Ruiz", district, Map.of());
        long speaker = testData.person("Spreker Oyelaran", college, Map.of());
        var facts = dsl.fetchSingle(MEETING, MEETING.ID.eq(meetingId));
        var invitedPlan = new MeetingPlan(meetingId, facts.getVersion(), MeetingKind.EXTRA, TestData.today().plusYears(1),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor", null, null, null, Set.of(district),
                Set.of(speaker));
        meetings.change(invitedPlan);
        assertThat(meetings.invited(meetingId).organisationIds()).containsExactly(district);

        invitations.sendInvitations(meetingId);
        assertThat(sender.sendDue()).isEqualTo(6);
        int invitees = dsl.fetchCount(nl.zorgtafel.db.Tables.MEETING_INVITEE,
                nl.zorgtafel.db.Tables.MEETING_INVITEE.MEETING_ID.eq(meetingId));
        assertThat(rsvp.countAnswers(meetingId).invited()).as("the guests answer the chair, not the app")
                .isEqualTo(invitees - 2);
        String workerMail = email(worker);
        String speakerMail = email(speaker);
        for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            if (to.equals(workerMail) || to.equals(speakerMail)) {
                assertThat(text(message)).as("no deelnemer: no case code").doesNotContain(caseCode).doesNotContain(NAME);
                assertThat(text(message)).as("no member: no link to a page that refuses them")
                        .doesNotContain("/zitting/").contains("Laat de voorzitter weten of je aanwezig bent");
                assertThat(calendar(message).getComponent("VEVENT").orElseThrow().getProperty(Property.URL)).isEmpty();
                assertThat(calendar(message).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
            }
        }
        assertThat(java.util.Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .map(m -> uncheckedRecipient(m))).contains(workerMail, speakerMail);
        GREEN_MAIL.purgeEmailFromAllMailboxes();

        // Taken off again: the speaker gets a cancellation and nothing else (no update with the details).
        facts = dsl.fetchSingle(MEETING, MEETING.ID.eq(meetingId));
        meetings.change(new MeetingPlan(meetingId, facts.getVersion(), MeetingKind.EXTRA, TestData.today().plusYears(1),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Stadskantoor", null, null, null, Set.of(district),
                Set.of()));
        sender.sendDue();
        assertThat(java.util.Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .filter(m -> uncheckedRecipient(m).equals(speakerMail))
                .map(m -> uncheckedCalendar(m).getProperty(Property.METHOD).orElseThrow().getValue()))
                .containsExactly("CANCEL");
    }

    private String email(long personId) {
        return dsl.fetchValue(nl.zorgtafel.db.Tables.PERSON.EMAIL, nl.zorgtafel.db.Tables.PERSON.ID.eq(personId));
    }

    private static String uncheckedRecipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar uncheckedCalendar(MimeMessage message) {
        try {
            return calendar(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mail_queued_while_the_smtp_server_is_down_arrives_after_a_retry() throws Exception {
        GREEN_MAIL.stop();
        invitations.sendInvitations(meetingId);
        assertThat(sender.sendDue()).isZero();
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(nl.zorgtafel.mail.OutboxStatus.PENDING)
                .and(OUTBOX_MESSAGE.ATTEMPTS.eq(1)))).isEqualTo(4);

        GREEN_MAIL.start();
        // The retry is due after the back-off; make it due now instead of waiting a minute.
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Instant.now().minusSeconds(1)).execute();
        assertThat(sender.sendDue()).isEqualTo(4);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(4);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(nl.zorgtafel.mail.OutboxStatus.PENDING))).isZero();
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        for (BodyPart part : parts(message)) {
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                String ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return new CalendarBuilder().build(new StringReader(ics));
            }
        }
        throw new AssertionError("No calendar attachment");
    }

    private static String text(MimeMessage message) throws Exception {
        var all = new StringBuilder(message.getSubject());
        for (BodyPart part : parts(message)) {
            all.append('\n').append(new String(part.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static List<BodyPart> parts(MimeMessage message) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) message.getContent(), parts);
        return parts;
    }

    private static void collect(Multipart multipart, List<BodyPart> into) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, into);
            } else {
                into.add(part);
            }
        }
    }
}
