package nl.zorgtafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/** The stable download addresses: signed in, access checked again per file, every download audited. */
@H2Test
class MinutesDownloadTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    MinutesService minutes;
    @Autowired
    LiveMeetingService live;
    @Autowired
    AuditService audit;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;

    private MockMvc mvc;
    private SessionFixture.Session session;
    private String path;

    @BeforeEach
    void definitiveMinutes() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.end(session.meetingId());
        minutes.finalise(session.meetingId());
        testData.signOut();
        path = "/download/verslag/" + session.meetingId() + "/1/volledig.pdf";
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void a_member_downloads_their_copy_and_the_download_is_audited() throws Exception {
        var response = mvc.perform(get(path).with(user(users.loadUserByUsername(session.police()))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".pdf");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(MinutesServiceTest.text(response.getContentAsByteArray())).contains("Verstrekt aan Politie");

        testData.signIn(session.chair());
        assertThat(audit.find(new AuditFilter(null, AuditKind.DOWNLOADED, null, null, "meeting", session.meetingId()), 0, 50))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("minutes v1 volledig"));
    }

    @Test
    void without_sign_in_or_from_another_table_there_is_no_document() throws Exception {
        var anonymous = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotStartWith("%PDF");

        long otherTable = testData.table(TestData.unique("Andere tafel"));
        long org = testData.organisation(TestData.unique("Elders"), OrganisationType.GEMEENTE);
        String stranger = testData.account("Elders", org, false, Map.of(otherTable, TableRole.VOORZITTER));
        var refused = mvc.perform(get(path).with(user(users.loadUserByUsername(stranger)))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);

        var unknownVariant = mvc.perform(get("/download/verslag/" + session.meetingId() + "/1/alles.pdf")
                .with(user(users.loadUserByUsername(session.police())))).andReturn().getResponse();
        assertThat(unknownVariant.getStatus()).isEqualTo(404);
    }
}
