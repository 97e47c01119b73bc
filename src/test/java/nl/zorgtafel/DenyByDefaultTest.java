package nl.zorgtafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.security.AccessService;

/**
 * Deny by default: every view, layout and public service method says who may use it, with an
 * access annotation or a call to the access service. Each rule is also shown to fail on the
 * deliberately unguarded classes in {@code nl.zorgtafel.archfixture}.
 */
class DenyByDefaultTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(PermitAll.class, RolesAllowed.class, DenyAll.class, AnonymousAllowed.class);

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.zorgtafel");
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("nl.zorgtafel.archfixture");

    private static boolean annotatedForAccess(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
        return ACCESS_ANNOTATIONS.stream().anyMatch(element::isAnnotatedWith);
    }

    static ArchRule viewsAndLayoutsDeclareAccess(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should(new ArchCondition<>("carry @PermitAll, @RolesAllowed, @AnonymousAllowed or @DenyAll") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        if (!annotatedForAccess(view)) {
                            events.add(SimpleConditionEvent.violated(view, view.getName() + " declares no access"));
                        }
                    }
                });
    }

    static ArchRule serviceMethodsDeclareAccess(String root) {
        return methods().that().areDeclaredInClassesThat(new DescribedPredicate<>("services below " + root) {
                    @Override
                    public boolean test(JavaClass owner) {
                        return owner.getPackageName().startsWith(root)
                                && owner.getSimpleName().endsWith("Service")
                                && !owner.isAssignableTo(AccessService.class);
                    }
                })
                .and().arePublic()
                .should(new ArchCondition<>("carry an access annotation or ask the access service") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean asks = method.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> call.getTargetOwner().isAssignableTo(AccessService.class));
                        if (!annotatedForAccess(method) && !annotatedForAccess(method.getOwner()) && !asks) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is unguarded"));
                        }
                    }
                });
    }

    @Test
    void every_view_and_layout_declares_who_may_open_it() {
        viewsAndLayoutsDeclareAccess("nl.zorgtafel").check(PRODUCTION);
        assertThat(viewsAndLayoutsDeclareAccess("nl.zorgtafel.archfixture").evaluate(BROKEN)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("UnguardedView"));
    }

    @Test
    void every_public_service_method_declares_who_may_call_it() {
        serviceMethodsDeclareAccess("nl.zorgtafel").check(PRODUCTION);
        assertThat(serviceMethodsDeclareAccess("nl.zorgtafel.archfixture").evaluate(BROKEN)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("tableSecrets"));
    }
}
