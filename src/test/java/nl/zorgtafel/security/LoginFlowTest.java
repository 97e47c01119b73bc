package nl.zorgtafel.security;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.TestData;

/** The HTTP side of signing in, through the real Spring Security filter chain. */
@SpringBootTest
class LoginFlowTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData testData;

    private MockMvc mvc;
    private String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long table = testData.table(TestData.unique("Tafel"));
        username = testData.account("Anna Lid", testData.organisation(TestData.unique("Org"), OrganisationType.GGZ),
                false, Map.of(table, TableRole.LID));
    }

    @Test
    void the_right_password_alone_opens_only_the_code_page() throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", TestData.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/").session(session).header("Accept", "text/html"))
                .andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/casussen").session(session).header("Accept", "text/html"))
                .andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/download/minutes/1").session(session)).andExpect(status().is4xxClientError());
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", "not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() throws Exception {
        mvc.perform(post("/login").param("username", "nobody-here").param("password", "whatever-it-is"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }
}
