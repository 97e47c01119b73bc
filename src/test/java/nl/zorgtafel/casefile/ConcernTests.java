package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CONCERN_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.audit.AuditEntry;
import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.ConcernCompartment.LinkedCase;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * The police compartment (issue 19's done-when): police link cases through a person or place of
 * concern typed differently on each; a member of a non-police organisation learns "hit" and
 * nothing else; police read the linked case codes; the chair reads the cluster (also through a
 * case in between); a Beheerder, the school and an observer get nothing; every look, hit and
 * refusal is audited. Runs on H2 and MariaDB.
 */
abstract class ConcernTests {

    @Autowired ConcernService concerns;
    @Autowired CaseService cases;
    @Autowired AuditService audit;
    @Autowired SessionFixture fixture;
    @Autowired TestData testData;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void police_link_cases_a_partner_sees_only_the_hit_and_the_chair_the_cluster() {
        var session = signed(fixture.create());
        long mila = session.caseId();
        long second = fixture.agendered(session.police(), session.chair());
        long third = fixture.agendered(session.police(), session.chair());

        testData.signIn(session.police());
        concerns.record(second, new Concern.New(ConcernKind.PERSOON, "Rico de Vries", "Haalt meisjes op bij school",
                ConcernBasis.WPG_ARTIKEL_20));
        concerns.record(second, new Concern.New(ConcernKind.VOERTUIG, "12-ABC-3", null, ConcernBasis.WPG_ARTIKEL_20));
        concerns.record(third, new Concern.New(ConcernKind.VOERTUIG, "12 abc 3", null, ConcernBasis.WPG_ARTIKEL_19));
        assertThat(linkedAs(session.police(), mila)).as("nothing shared yet").isFalse();
        // Typed differently, the same person: the order of the words, capitals and the comma do not count.
        concerns.record(mila, new Concern.New(ConcernKind.PERSOON, "de vries, RICO", "Nieuwe 'vriend' van Mila",
                ConcernBasis.WPG_ARTIKEL_20));

        // Police read the content and the linked codes, per entry; no cluster (that is the chair's).
        var police = concerns.read(mila);
        assertThat(police.mayRecord()).isTrue();
        assertThat(police.entries()).singleElement().satisfies(e -> {
            assertThat(e.identifier()).isEqualTo("de vries, RICO");
            assertThat(e.basis()).isEqualTo(ConcernBasis.WPG_ARTIKEL_20);
            assertThat(e.linkedCaseCodes()).containsExactly(code(second));
        });
        assertThat(police.cluster()).isEmpty();

        // Youth care (proposer of Mila's case, not police): the hit and nothing else.
        testData.signIn(session.youthCare());
        var access = cases.open(mila).access();
        assertThat(access.concernHit()).isTrue();
        assertThat(access.concerns()).isFalse();
        assertThat(cases.open(mila).linkedByConcern()).isTrue();
        assertThatThrownBy(() -> concerns.read(mila)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> concerns.record(mila, new Concern.New(ConcernKind.LOCATIE, "Parkeerplaats Noord",
                null, ConcernBasis.WPG_ARTIKEL_20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(concerns::clusters).isInstanceOf(AccessDeniedException.class);

        // The chair: the content, and the cluster — the third case is linked through the second.
        testData.signIn(session.chair());
        var chair = concerns.read(mila);
        assertThat(chair.mayRecord()).isFalse();
        assertThat(chair.cluster()).extracting(LinkedCase::code).containsExactly(code(second), code(third));
        assertThat(concerns.clusters()).anySatisfy(cluster -> assertThat(cluster).extracting(LinkedCase::id)
                .containsExactlyInAnyOrder(mila, second, third));

        // The school sits at the table but not at Mila's case; an observer sees no case; a Beheerder nothing.
        testData.signIn(session.school());
        assertThatThrownBy(() -> cases.open(mila).linkedByConcern()).isInstanceOf(AccessDeniedException.class);
        testData.signIn(session.observer());
        assertThatThrownBy(() -> cases.open(mila).linkedByConcern()).isInstanceOf(AccessDeniedException.class);
        String beheerder = testData.account("Beheerder", testData.organisationIdOf(session.chair()), true,
                Map.of(session.tableId(), TableRole.VOORZITTER));
        testData.signIn(beheerder);
        assertThatThrownBy(() -> concerns.read(mila)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(mila).linkedByConcern()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(concerns::clusters).isInstanceOf(AccessDeniedException.class);

        // Every look, hit and refusal is in the log, and none names the person of concern.
        testData.signIn(session.chair());
        assertThat(entries(AuditKind.CONCERN_VIEWED, mila)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries(AuditKind.CONCERN_HIT, mila)).extracting(AuditEntry::detail).contains("hit known to the reader");
        assertThat(entries(AuditKind.CONCERN_HIT, second)).as("the new entry's match, on the case it matched")
                .extracting(AuditEntry::detail).contains("hit made by a new entry");
        assertThat(entries(AuditKind.CONCERN_RECORDED, mila)).hasSize(1);
        assertThat(entries(AuditKind.ACCESS_DENIED, mila)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(audit.find(new AuditFilter(null, null, null, null, "case_file", mila), 0, 100))
                .extracting(AuditEntry::detail).noneMatch(d -> d != null && d.toLowerCase().contains("vries"));
    }

    @Test
    void a_restricted_case_links_to_nothing_and_a_removed_entry_unlinks() {
        var session = signed(fixture.create());
        long mila = session.caseId();
        long other = fixture.agendered(session.police(), session.chair());
        testData.signIn(session.police());
        concerns.record(other, new Concern.New(ConcernKind.ONLINE_ACCOUNT, "@Snelgeld_020", null,
                ConcernBasis.WPG_ARTIKEL_20));
        // Another account on the platform (a dot, not an underscore) does not link.
        concerns.record(mila, new Concern.New(ConcernKind.ONLINE_ACCOUNT, "snelgeld.020", null,
                ConcernBasis.WPG_ARTIKEL_20));
        assertThat(cases.open(mila).linkedByConcern()).isFalse();
        concerns.record(mila, new Concern.New(ConcernKind.ONLINE_ACCOUNT, "snelgeld_020", null,
                ConcernBasis.WPG_ARTIKEL_20));
        // Another kind with the same letters does not link: a plate is not an account.
        concerns.record(mila, new Concern.New(ConcernKind.VOERTUIG, "SNELGELD020", null,
                ConcernBasis.WPG_ARTIKEL_20));
        assertThat(concerns.read(mila).entries()).filteredOn(e -> e.kind() == ConcernKind.VOERTUIG).singleElement()
                .satisfies(e -> assertThat(e.linkedCaseCodes()).isEmpty());
        assertThat(cases.open(mila).linkedByConcern()).isTrue();

        // Restricted at the young person's request (kept, not used): it links to nothing.
        dsl.update(CASE_FILE).set(CASE_FILE.RESTRICTED_AT, Instant.now()).where(CASE_FILE.ID.eq(other)).execute();
        assertThat(cases.open(mila).linkedByConcern()).isFalse();
        dsl.update(CASE_FILE).setNull(CASE_FILE.RESTRICTED_AT).where(CASE_FILE.ID.eq(other)).execute();
        assertThat(cases.open(mila).linkedByConcern()).isTrue();

        long account = concerns.read(mila).entries().stream().filter(e -> e.identifier().equals("snelgeld_020"))
                .findFirst().orElseThrow().id();
        concerns.remove(mila, account);
        assertThat(cases.open(mila).linkedByConcern()).isFalse();
        assertThatThrownBy(() -> concerns.remove(mila, account)).as("removed twice")
                .isInstanceOf(CaseConflictException.class);
        // An entry of another case cannot be removed through this one.
        long ofOther = concerns.read(other).entries().getFirst().id();
        assertThatThrownBy(() -> concerns.remove(mila, ofOther)).isInstanceOf(CaseConflictException.class);
        assertThat(concerns.read(other).entries()).hasSize(1);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_stored() {
        var session = signed(fixture.create());
        long mila = session.caseId();
        testData.signIn(session.police());
        assertThatThrownBy(() -> concerns.record(mila, new Concern.New(null, " ", null, null)))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.reasons())
                        .extracting(FieldRefusal.Reason::field).containsExactlyInAnyOrder("kind", "identifier", "basis"));
        assertThatThrownBy(() -> concerns.record(mila, new Concern.New(ConcernKind.PERSOON, "— ? —", null,
                ConcernBasis.WPG_ARTIKEL_20))).isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.reasons())
                        .extracting(FieldRefusal.Reason::messageKey).containsExactly("concern.rule.nothing-to-match"));
        assertThatThrownBy(() -> concerns.record(mila, new Concern.New(ConcernKind.PERSOON, "x".repeat(201),
                "y".repeat(501), ConcernBasis.WPG_ARTIKEL_20))).isInstanceOfSatisfying(FieldRefusal.class,
                        e -> assertThat(e.reasons()).extracting(FieldRefusal.Reason::field)
                                .containsExactlyInAnyOrder("identifier", "note"));
        assertThat(dsl.fetchCount(CONCERN_ENTRY, CONCERN_ENTRY.CASE_FILE_ID.eq(mila))).isZero();
    }

    @Test
    void the_organisation_types_of_the_compartment_are_police_and_the_om() {
        var session = signed(fixture.create());
        long om = testData.organisation(TestData.unique("OM"), OrganisationType.OPENBAAR_MINISTERIE);
        String prosecutor = testData.account("Officier", om, false, Map.of(session.tableId(), TableRole.LID));
        testData.signCovenant(session.tableId(), om);
        long ofProsecutor = fixture.agendered(prosecutor, session.chair());
        testData.signIn(prosecutor);
        assertThat(cases.open(ofProsecutor).access().recordConcerns()).isTrue();
        testData.signIn(session.youthCare());
        long ofYouthCare = fixture.agendered(session.youthCare(), session.chair());
        testData.signIn(session.youthCare());
        assertThat(cases.open(ofYouthCare).access()).satisfies(a -> {
            assertThat(a.concerns()).isFalse();
            assertThat(a.recordConcerns()).isFalse();
        });
    }

    /** Police and the chair's organisation sign the covenant: the compartment's kenmerken identify people. */
    private SessionFixture.Session signed(SessionFixture.Session session) {
        testData.signCovenant(session.tableId(), session.avim());
        testData.signCovenant(session.tableId(), testData.organisationIdOf(session.chair()));
        return session;
    }

    private boolean linkedAs(String username, long caseId) {
        testData.signIn(username);
        return cases.open(caseId).linkedByConcern();
    }

    private List<AuditEntry> entries(AuditKind kind, long caseId) {
        return audit.find(new AuditFilter(null, kind, null, null, "case_file", caseId), 0, 50);
    }

    private String code(long caseId) {
        return dsl.select(CASE_FILE.CODE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).fetchSingle().value1();
    }
}
