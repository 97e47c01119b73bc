package nl.zorgtafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The dependency rules of the house style (shared/style.md), checked on the production classes,
 * and each shown to fail on the deliberately broken classes in {@code nl.zorgtafel.archfixture}.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.zorgtafel";
    private static final String FIXTURE_ROOT = "nl.zorgtafel.archfixture";
    private static final String GENERATED = "nl.zorgtafel.db..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    static ArchRule viewsTalkToServicesOnly(String root) {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage(GENERATED)
                .as("views talk to services only, never to repositories, DSLContext or generated records");
    }

    static ArchRule onlyRepositoriesHoldSql(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(GENERATED)
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .orShould().dependOnClassesThat().resideInAPackage(GENERATED)
                .as("only repositories hold DSLContext and use generated jOOQ code");
    }

    static ArchRule repositoriesArePackagePrivate(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .as("repositories are package-private: other features go through services");
    }

    /**
     * Only the access service decides by role: screens and services ask it for {@code CaseAccess},
     * {@code ItemAccess} or {@code TableAccess}. Role administration (party), the demo seeder and
     * repositories that select people by role (data, not a decision) may name roles.
     */
    static ArchRule noRoleComparisonsOutsideSecurity(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".security..", root + ".party..", root + ".demo..", GENERATED)
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().getFieldWhere(com.tngtech.archunit.core.domain.JavaAccess.Predicates.target(
                        com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn(
                                nl.zorgtafel.security.TableRole.class)))
                .orShould().callMethod(nl.zorgtafel.security.TableRole.class, "leads")
                .orShould().callMethod(nl.zorgtafel.security.ZorgtafelUser.class, "leadsCurrentTable")
                .as("no TableRole comparisons outside security: access comes from the access service's decisions");
    }

    static ArchRule featuresAreFreeOfCycles(String root) {
        return slices().assignedFrom(features(root)).should().beFreeOfCycles()
                .as("no cycles between features");
    }

    /** One slice per feature package (with its ui); base.ui and base.db count as two, generated code as none. */
    private static SliceAssignment features(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(root + ".") || name.startsWith("nl.zorgtafel.db")) {
                    return SliceIdentifier.ignore();
                }
                String[] parts = name.substring(root.length() + 1).split("\\.");
                if (parts[0].equals("archfixture") && !root.equals(FIXTURE_ROOT)) {
                    return SliceIdentifier.ignore();
                }
                if (parts[0].equals("base") && parts.length > 1) {
                    return SliceIdentifier.of("base." + parts[1]);
                }
                return SliceIdentifier.of(parts[0]);
            }

            @Override
            public String getDescription() {
                return "features below " + root;
            }
        };
    }

    @Test
    void views_talk_to_services_only() {
        viewsTalkToServicesOnly(ROOT).check(PRODUCTION);
        assertThat(viewsTalkToServicesOnly(FIXTURE_ROOT).evaluate(BROKEN).hasViolation()).isTrue();
    }

    @Test
    void only_repositories_hold_sql() {
        onlyRepositoriesHoldSql(ROOT).check(PRODUCTION);
        assertThat(onlyRepositoriesHoldSql(FIXTURE_ROOT).evaluate(BROKEN).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SneakyHelper"))
                .anyMatch(line -> line.contains("BadView"));
    }

    @Test
    void repositories_are_package_private() {
        repositoriesArePackagePrivate(ROOT).check(PRODUCTION);
        assertThat(repositoriesArePackagePrivate(FIXTURE_ROOT).evaluate(BROKEN).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("AlphaRepository"));
    }

    @Test
    void only_the_access_service_compares_roles() {
        noRoleComparisonsOutsideSecurity(ROOT).check(PRODUCTION);
        assertThat(noRoleComparisonsOutsideSecurity(FIXTURE_ROOT).evaluate(BROKEN).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("RoleComparingView"));
    }

    @Test
    void features_are_free_of_cycles() {
        featuresAreFreeOfCycles(ROOT).check(PRODUCTION);
        assertThat(featuresAreFreeOfCycles(FIXTURE_ROOT).evaluate(BROKEN).getFailureReport().toString())
                .contains("alpha").contains("beta");
    }

    @Test
    void the_rules_see_the_production_code_at_all() {
        // Guards against a rule that passes because it imported nothing.
        assertThat(PRODUCTION.contain("nl.zorgtafel.security.AccountRepository")).isTrue();
        assertThat(PRODUCTION.contain("nl.zorgtafel.archfixture.alpha.AlphaService")).isFalse();
        assertThat(BROKEN.contain("nl.zorgtafel.archfixture.alpha.AlphaService")).isTrue();
    }
}
