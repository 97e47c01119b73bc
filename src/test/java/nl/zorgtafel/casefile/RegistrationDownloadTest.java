package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.TestData;

/** The draft's download address through the security filter chain: the partner gets it, others do not. */
@H2Test
class RegistrationDownloadTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    IntakeService intakes;
    @Autowired
    RegistrationService registrations;
    @Autowired
    CaseRepository repository;
    @Autowired
    TestData testData;

    private MockMvc mvc;
    private String youthCare;
    private String police;

    @BeforeEach
    void aTable() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long table = testData.table(TestData.unique("Tafel"));
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, youth);
        youthCare = testData.account("Jeugdzorg", youth, false, Map.of(table, TableRole.LID));
        police = testData.account("Politie", avim, false, Map.of(table, TableRole.LID));
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private long proposed() {
        testData.signIn(youthCare);
        var intake = new CaseIntake(null, 0, false, Urgency.NORMAAL, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, 17,
                null, "jongen", Set.of(), null, null, Set.of(ExploitationForm.ARBEID), false, Set.of(), "Werkt 's nachts.",
                "Wie meldt?", Set.of(), true, null, true, null, null, null, null, null, null, null);
        long id = intakes.save(intake);
        intakes.submit(id, repository.load(id).orElseThrow().intakeWithoutIdentifying().version());
        return id;
    }

    private org.springframework.mock.web.MockHttpServletResponse download(long caseId, String username)
            throws Exception {
        return mvc.perform(get("/download/comensha/" + caseId + ".pdf")
                .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    @Test
    void the_partner_downloads_the_draft_others_are_refused_and_without_a_basis_there_is_none() throws Exception {
        long withBasis = proposed();
        registrations.record(withBasis, new RegistrationConsent(RegistrationBasis.CONSENT, ConsentGiver.JONGERE,
                TestData.today(), false, null, 0, null));
        long withoutBasis = proposed();
        testData.signOut();

        var response = download(withBasis, youthCare);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment")
                .contains("comensha-concept-" + withBasis + ".pdf");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(ComenshaDraftPdfTest.text(response.getContentAsByteArray())).contains("Arbeidsuitbuiting");

        assertThat(download(withBasis, police).getStatus()).isEqualTo(403);
        assertThat(download(withoutBasis, youthCare).getStatus()).isEqualTo(409);
    }
}
