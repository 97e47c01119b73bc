package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access matrix: every role × every relation of the viewer's organisation to the case, each
 * checked for see / change, and for see-identifying under all four combinations of
 * named/anonymous case and signed/unsigned covenant.
 */
class AccessRuleTest {

    private static final long MINE = 1;
    private static final long OTHER = 2;
    private static final long TABLE = 10;

    @ParameterizedTest(name = "{0} whose organisation is {1}: see={2}, change={3}, readTriage={4}, triage={5}, steer={6}, register={7}")
    @CsvSource({
            // role,        relation,      see,   change, readTriage, triage, steer, register
            "NONE,          PROPOSER,      false, false, false, false, false, false",
            "NONE,          DEELNEMER,     false, false, false, false, false, false",
            "NONE,          ACTION_OWNER,  false, false, false, false, false, false",
            "NONE,          UNRELATED,     false, false, false, false, false, false",
            "BEHEERDER,     PROPOSER,      false, false, false, false, false, false",
            "BEHEERDER,     DEELNEMER,     false, false, false, false, false, false",
            "BEHEERDER,     ACTION_OWNER,  false, false, false, false, false, false",
            "BEHEERDER,     UNRELATED,     false, false, false, false, false, false",
            "VOORZITTER,    PROPOSER,      true,  true,  true,  true,  true, true",
            "VOORZITTER,    DEELNEMER,     true,  true,  true,  true,  true, true",
            "VOORZITTER,    ACTION_OWNER,  true,  true,  true,  true,  true, true",
            "VOORZITTER,    UNRELATED,     true,  true,  true,  true,  true, true",
            "SECRETARIS,    PROPOSER,      true,  true,  true,  false, true, true",
            "SECRETARIS,    DEELNEMER,     true,  true,  true,  false, true, false",
            "SECRETARIS,    ACTION_OWNER,  true,  true,  true,  false, true, false",
            "SECRETARIS,    UNRELATED,     true,  true,  true,  false, true, false",
            "LID,           PROPOSER,      true,  true,  true,  false, false, true",
            "LID,           DEELNEMER,     true,  false, false, false, false, false",
            "LID,           ACTION_OWNER,  true,  false, false, false, false, false",
            "LID,           UNRELATED,     false, false, false, false, false, false",
            "WAARNEMER,     PROPOSER,      false, false, false, false, false, false",
            "WAARNEMER,     DEELNEMER,     false, false, false, false, false, false",
            "WAARNEMER,     ACTION_OWNER,  false, false, false, false, false, false",
            "WAARNEMER,     UNRELATED,     false, false, false, false, false, false",
    })
    void decides_every_cell(String role, String relation, boolean see, boolean change, boolean readTriage,
            boolean triage, boolean steer, boolean register) {
        for (boolean named : new boolean[] {true, false}) {
            for (boolean signed : new boolean[] {true, false}) {
                CaseAccess access = AccessRule.decide(viewer(role, signed), relations(relation, named));

                assertThat(access.see()).as("see, named=%s signed=%s", named, signed).isEqualTo(see);
                assertThat(access.change()).as("change, named=%s signed=%s", named, signed).isEqualTo(change);
                assertThat(access.readTriage()).as("read triage").isEqualTo(readTriage);
                assertThat(access.triage()).as("triage").isEqualTo(triage);
                assertThat(access.steer()).as("steer").isEqualTo(steer);
                assertThat(access.register()).as("register (CoMensha)").isEqualTo(register);
                // Identifying data: only where the case may be seen, is named, and the
                // viewer's organisation signed the covenant.
                assertThat(access.seeIdentifying()).as("identifying, named=%s signed=%s", named, signed)
                        .isEqualTo(see && named && signed);
            }
        }
    }

    private static Viewer viewer(String role, boolean covenantSigned) {
        return switch (role) {
            case "NONE" -> new Viewer(MINE, false, Optional.empty(), covenantSigned);
            // An administrator who also holds a table role still sees nothing.
            case "BEHEERDER" -> new Viewer(MINE, true, Optional.of(TableRole.VOORZITTER), covenantSigned);
            default -> new Viewer(MINE, false, Optional.of(TableRole.valueOf(role)), covenantSigned);
        };
    }

    @ParameterizedTest(name = "police compartment: {0} of a {1} organisation, {2}: hit={3}, read={4}, record={5}")
    @CsvSource({
            // role,     police, relation,    hit,   read,  record
            "VOORZITTER, false, UNRELATED,    true,  true,  false",
            "VOORZITTER, true,  UNRELATED,    true,  true,  true",
            "SECRETARIS, false, UNRELATED,    true,  false, false",
            "SECRETARIS, true,  UNRELATED,    true,  true,  true",
            "LID,        true,  DEELNEMER,    true,  true,  true",
            "LID,        true,  ACTION_OWNER, true,  true,  true",
            "LID,        true,  UNRELATED,    false, false, false",
            "LID,        false, PROPOSER,     true,  false, false",
            "LID,        false, DEELNEMER,    true,  false, false",
            "WAARNEMER,  true,  DEELNEMER,    false, false, false",
            "BEHEERDER,  true,  DEELNEMER,    false, false, false",
    })
    void only_police_the_om_and_the_chair_read_the_compartment_and_others_see_the_hit(String role, boolean police,
            String relation, boolean hit, boolean read, boolean record) {
        Viewer plain = viewer(role, true);
        var viewer = new Viewer(plain.organisationId(), plain.administrator(), plain.roleAtTable(), true, police);
        CaseAccess access = AccessRule.decide(viewer, relations(relation, true));
        assertThat(access.concernHit()).as("hit").isEqualTo(hit);
        assertThat(access.concerns()).as("read").isEqualTo(read);
        assertThat(access.recordConcerns()).as("record").isEqualTo(record);

        // Without the covenant the kenmerken stay closed (they identify people); the hit does not.
        var unsigned = AccessRule.decide(new Viewer(plain.organisationId(), plain.administrator(), plain.roleAtTable(),
                false, police), relations(relation, true));
        assertThat(unsigned.concernHit()).isEqualTo(hit);
        assertThat(unsigned.concerns()).isFalse();
        assertThat(unsigned.recordConcerns()).isFalse();
        // An own draft takes no entries: a draft links to nothing.
        var ownDraft = new CaseRelations(TABLE, MINE, Set.of(), Set.of(), true, true);
        assertThat(AccessRule.decide(viewer, ownDraft).recordConcerns()).isFalse();

        var restricted = new CaseRelations(TABLE, MINE, Set.of(MINE), Set.of(), true, false, true);
        assertThat(AccessRule.decide(viewer, restricted)).as("restricted: not used")
                .extracting(CaseAccess::concernHit, CaseAccess::concerns, CaseAccess::recordConcerns)
                .containsOnly(false);
    }

    @org.junit.jupiter.api.Test
    void the_compartment_s_organisation_types_are_every_police_type_and_the_om() {
        assertThat(AccessRepository.POLICE_AND_JUSTICE).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(nl.zorgtafel.party.OrganisationType.values())
                        .filter(t -> t.domain() == nl.zorgtafel.party.OrganisationType.Domain.POLITIE
                                || t.domain() == nl.zorgtafel.party.OrganisationType.Domain.OPENBAAR_MINISTERIE)
                        .map(Enum::name).toList());
    }

    private static CaseRelations relations(String relation, boolean named) {
        return switch (relation) {
            case "PROPOSER" -> new CaseRelations(TABLE, MINE, Set.of(OTHER), Set.of(), named, false);
            case "DEELNEMER" -> new CaseRelations(TABLE, OTHER, Set.of(MINE, OTHER), Set.of(), named, false);
            case "ACTION_OWNER" -> new CaseRelations(TABLE, OTHER, Set.of(OTHER), Set.of(MINE), named, false);
            case "UNRELATED" -> new CaseRelations(TABLE, OTHER, Set.of(OTHER, 3L), Set.of(3L), named, false);
            default -> throw new IllegalArgumentException(relation);
        };
    }

    @ParameterizedTest(name = "a draft is refused to {0} of another organisation")
    @CsvSource({"VOORZITTER", "SECRETARIS", "LID", "WAARNEMER"})
    void a_draft_is_its_proposing_organisation_s_alone(String role) {
        var draftOfOthers = new CaseRelations(TABLE, OTHER, Set.of(MINE), Set.of(MINE), true, true);
        assertThat(AccessRule.decide(viewer(role, true), draftOfOthers)).isEqualTo(CaseAccess.NONE);

        var ownDraft = new CaseRelations(TABLE, MINE, Set.of(), Set.of(), false, true);
        assertThat(AccessRule.decide(viewer(role, true), ownDraft).see()).isEqualTo(!role.equals("WAARNEMER"));
        // A draft is not reported to CoMensha, not even by its own organisation.
        assertThat(AccessRule.decide(viewer(role, true), ownDraft).register()).isFalse();
    }
}
