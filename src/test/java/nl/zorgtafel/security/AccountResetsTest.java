package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.base.db.SealedText;

/**
 * Separation of duties: the Beheerder never learns the password of someone who sees case data,
 * removes no second factor alone, changes nothing of their own account, and the person is told
 * by mail of each change.
 */
@SpringBootTest
class AccountResetsTest {

    private static final Pattern LINK = Pattern.compile("/wachtwoord-instellen/([A-Za-z0-9_-]{43})");

    @Autowired
    PersonService people;
    @Autowired
    AccountResets resets;
    @Autowired
    SignInService signIns;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    private long organisation;
    private String admin;
    private String otherAdmin;

    @BeforeEach
    void setUp() {
        organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        admin = testData.account("Anne Beheer", organisation, true, Map.of());
        otherAdmin = testData.account("Otto Beheer", organisation, true, Map.of());
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void a_member_gets_a_one_time_link_by_mail_and_the_beheerder_sees_no_password() {
        String member = testData.account("Mila Lid", organisation, false, Map.of(testData.table(TestData.unique("Tafel")),
                TableRole.LID));
        testData.signIn(admin);
        var reset = people.resetPassword(testData.personIdOf(member));

        assertThat(reset.mailed()).isTrue();
        assertThat(reset.temporaryPassword()).isNull();
        assertThat(signIns.checkPassword(member, TestData.PASSWORD, "10.4.4.4")).isEmpty();
        String mail = lastMailTo(member);
        var link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(resets.linkValid(token)).isTrue();

        testData.signOut();
        assertThatThrownBy(() -> resets.choosePassword(token, "password1234"))
                .isInstanceOf(FieldRefusal.class).satisfies(e -> assertThat(((FieldRefusal) e).messageKey()).isEqualTo("password.problem.common"));
        resets.choosePassword(token, "een eigen nieuwe zin voor mila");

        assertThat(signIns.checkPassword(member, "een eigen nieuwe zin voor mila", "10.4.4.4")).isPresent();
        assertThat(resets.linkValid(token)).isFalse();
        assertThatThrownBy(() -> resets.choosePassword(token, "nog een andere zin hier"))
                .isInstanceOf(FieldRefusal.class).satisfies(e -> assertThat(((FieldRefusal) e).messageKey()).isEqualTo("password-link.invalid"));
        assertThat(mailsTo(member)).anyMatch(m -> m.contains("gewijzigd"));
    }

    @Test
    void someone_without_a_table_role_gets_a_temporary_password_and_a_notice() {
        String plain = testData.account("Bram Beheerloos", organisation, false, Map.of());
        testData.signIn(admin);
        var reset = people.resetPassword(testData.personIdOf(plain));
        assertThat(reset.mailed()).isFalse();
        assertThat(reset.temporaryPassword()).hasSize(16);
        assertThat(lastMailTo(plain)).contains("opnieuw ingesteld").doesNotContain(reset.temporaryPassword());
    }

    @Test
    void a_beheerder_neither_resets_nor_grants_roles_to_their_own_account() {
        testData.signIn(admin);
        long me = testData.personIdOf(admin);
        assertThatThrownBy(() -> people.resetPassword(me)).isInstanceOf(FieldRefusal.class);
        long table = testData.table(TestData.unique("Tafel"));
        assertThatThrownBy(() -> people.grantTableRole(table, me, TableRole.VOORZITTER))
                .isInstanceOf(FieldRefusal.class).satisfies(e -> assertThat(((FieldRefusal) e).messageKey()).isEqualTo("validation.own-roles"));
        PersonDetails details = people.get(me);
        assertThatThrownBy(() -> people.update(new PersonDetails(details.id(), details.displayName(), details.email(),
                details.phone(), details.organisationId(), details.contactPerson(), details.active(), details.version(),
                details.username(), details.administrator(), Map.of(table, TableRole.LID))))
                .isInstanceOf(FieldRefusal.class);
    }

    @Test
    void removing_a_second_factor_takes_a_second_beheerder() {
        String member = testData.account("Sem Telefoonkwijt", organisation, false, Map.of());
        long person = testData.personIdOf(member);
        dsl.update(ACCOUNT).set(ACCOUNT.TOTP_SECRET, new SealedText("v1:x:y")).where(ACCOUNT.USERNAME.eq(member)).execute();

        testData.signIn(admin);
        resets.askSecondFactorReset(person);
        assertThat(resets.secondFactorRequest(person)).isEqualTo(AccountResets.SecondFactorRequest.ASKED_BY_ME);
        assertThatThrownBy(() -> resets.approveSecondFactorReset(person)).isInstanceOf(FieldRefusal.class);
        assertThat(secret(member)).isNotNull();

        testData.signIn(otherAdmin);
        assertThat(resets.secondFactorRequest(person)).isEqualTo(AccountResets.SecondFactorRequest.ASKED_BY_ANOTHER);
        resets.approveSecondFactorReset(person);

        assertThat(secret(member)).isNull();
        assertThat(lastMailTo(member)).contains("losgekoppeld");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.SECOND_FACTOR_RESET))).isPositive();
    }

    @Test
    void a_person_is_told_by_mail_of_a_role_they_received() {
        String member = testData.account("Roos Rol", organisation, false, Map.of());
        long table = testData.table(TestData.unique("Tafel"));
        testData.signIn(admin);
        people.grantTableRole(table, testData.personIdOf(member), TableRole.LID);
        assertThat(lastMailTo(member)).contains("rol Lid");
    }

    private SealedText secret(String username) {
        return dsl.select(ACCOUNT.TOTP_SECRET).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    private String lastMailTo(String username) {
        var mails = mailsTo(username);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private List<String> mailsTo(String username) {
        return dsl.select(OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.BODY_TEXT).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.RECIPIENT.eq(testData.emailOf(username)))
                .orderBy(OUTBOX_MESSAGE.ID)
                .fetch(r -> r.value1() + "\n" + r.value2());
    }
}
