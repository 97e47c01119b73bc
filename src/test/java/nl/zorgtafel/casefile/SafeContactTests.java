package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * Safe contact (issue 19, F-11): the proposer records it, a deelnemer reads it, the chair too;
 * a member whose organisation is no deelnemer of the case (the school here) and a Beheerder are
 * refused, audited; each look is audited; a second save on a stale version is refused and
 * overwrites nothing. Runs on H2 and MariaDB.
 */
abstract class SafeContactTests {

    @Autowired SafeContactService safeContacts;
    @Autowired CaseService cases;
    @Autowired AuditService audit;
    @Autowired SessionFixture fixture;
    @Autowired TestData testData;

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void only_the_deelnemers_read_the_safe_contact_and_every_look_is_audited() {
        var session = fixture.create();
        long caseId = session.caseId();
        testData.signIn(session.youthCare());
        assertThat(cases.open(caseId).access().safeContact()).isTrue();
        assertThat(safeContacts.read(caseId)).isEqualTo(SafeContact.none());
        safeContacts.save(caseId, new SafeContact(SafeToCall.ALLEEN_VIA_CONTACTPERSOON, "Via de mentor, na 16.00 uur",
                "Oudere neef met de witte auto", "Tante in Rivierdorp", 0));

        testData.signIn(session.police());
        var read = safeContacts.read(caseId);
        assertThat(read.safeToCall()).isEqualTo(SafeToCall.ALLEEN_VIA_CONTACTPERSOON);
        assertThat(read.feared()).isEqualTo("Oudere neef met de witte auto");
        testData.signIn(session.chair());
        assertThat(safeContacts.read(caseId).safeAdult()).isEqualTo("Tante in Rivierdorp");
        assertThat(audit.find(new AuditFilter(null, AuditKind.CASE_VIEWED, null, null, "case_file", caseId), 0, 20))
                .filteredOn(e -> "safe contact".equals(e.detail())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases.open(caseId).history()).extracting(CaseFileView.CaseEvent::kind)
                .contains(CaseEventKind.SAFE_CONTACT_CHANGED)
                .allSatisfy(kind -> assertThat(kind).isNotNull());

        // The school is at the table but not at this case: it cannot open the case, let alone this.
        testData.signIn(session.school());
        assertThatThrownBy(() -> safeContacts.read(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> safeContacts.save(caseId, SafeContact.none()))
                .isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.chair());
        assertThat(audit.find(new AuditFilter(null, AuditKind.ACCESS_DENIED, null, null, "case_file", caseId), 0, 5))
                .isNotEmpty();
    }

    @Test
    void a_save_on_a_stale_version_is_refused_and_overwrites_nothing() {
        var session = fixture.create();
        long caseId = session.caseId();
        testData.signIn(session.youthCare());
        safeContacts.save(caseId, new SafeContact(SafeToCall.NEE, null, "Vriend van de broer", null, 0));
        testData.signIn(session.police());
        assertThatThrownBy(() -> safeContacts.save(caseId, new SafeContact(SafeToCall.JA, null, null, null, 0)))
                .as("a second first save").isInstanceOf(CaseConflictException.class);
        var seen = safeContacts.read(caseId);
        safeContacts.save(caseId, new SafeContact(SafeToCall.JA, null, seen.feared(), "Mentor", seen.version()));

        testData.signIn(session.youthCare());
        assertThatThrownBy(() -> safeContacts.save(caseId, new SafeContact(SafeToCall.NEE, null, "Iets anders", null,
                seen.version()))).isInstanceOf(CaseConflictException.class);
        assertThatThrownBy(() -> safeContacts.save(caseId, new SafeContact(SafeToCall.NEE, null, "x".repeat(501), null,
                safeContacts.read(caseId).version()))).isInstanceOf(CaseRuleException.class);
        var now = safeContacts.read(caseId);
        assertThat(now.safeToCall()).isEqualTo(SafeToCall.JA);
        assertThat(now.safeAdult()).isEqualTo("Mentor");
    }
}
