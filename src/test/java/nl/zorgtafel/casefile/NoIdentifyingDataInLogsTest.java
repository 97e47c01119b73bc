package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.TestData;

/**
 * Runs a named case through intake, refusals and reading with every log line captured, and
 * checks that neither the name, the date of birth, the address nor the BSN appears anywhere in
 * the output or in an exception message. (Mail arrives with the invitations issue; its test
 * scans the outbox the same way.)
 */
@H2Test
@ExtendWith(OutputCaptureExtension.class)
class NoIdentifyingDataInLogsTest {

    private static final String NAME = "Zofia Wiśniewska-Yıldız";
    private static final String ADDRESS = "Verstopteweg 77";
    private static final String BSN = "111222333";

    @Autowired
    CaseService cases;

    @Autowired

    nl.zorgtafel.casefile.IntakeService intakes;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void identifying_data_never_reaches_a_log_line_or_an_exception_message(CapturedOutput output) {
        long table = testData.table(TestData.unique("Tafel"));
        long youth = testData.organisation(TestData.unique("Jeugdhulp"), OrganisationType.JEUGDHULP);
        long avim = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        testData.signCovenant(table, youth);
        String proposer = testData.account("Proposer", youth, false, Map.of(table, TableRole.LID));
        String outsider = testData.account("Outsider", avim, false, Map.of(table, TableRole.LID));
        var identifying = new IdentifyingData(NAME, LocalDate.of(2009, 11, 30), ADDRESS, BSN);
        var intake = new CaseIntake(null, 0, true, Urgency.ACUUT, YoungPersonRole.VERMOEDELIJK_SLACHTOFFER, null,
                null, null, Set.of(), null, null, Set.of(ExploitationForm.SEKSUEEL), null, Set.of(), "Signalen",
                "Vraag", Set.of(), true, null, true, null, null, LegalBasis.VITAAL_BELANG, null, null, null,
                identifying);

        testData.signIn(proposer);
        long id = intakes.saveAndSubmit(intake);
        cases.open(id);
        // A refused save of an anonymous case with identifying data must not echo it.
        var anonymousWithName = new CaseIntake(null, 0, false, Urgency.NORMAAL, null, null, null, null, Set.of(),
                null, null, Set.of(), null, Set.of(), null, null, Set.of(), null, null, null, null, null, null, null,
                null, null, identifying);
        assertThatThrownBy(() -> intakes.save(anonymousWithName))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(NAME).doesNotContain(BSN));
        testData.signIn(outsider);
        assertThatThrownBy(() -> cases.open(id))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(NAME));

        assertThat(identifying.toString()).doesNotContain(NAME);
        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain("Wiśniewska").doesNotContain(ADDRESS)
                .doesNotContain(BSN).doesNotContain("2009-11-30");
    }
}
