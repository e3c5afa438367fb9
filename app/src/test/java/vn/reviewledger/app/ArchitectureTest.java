package vn.reviewledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md, held by the build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.reviewledger");
    }

    @Test
    void theCommandSideNeverSeesTheQuerySide() {
        noClasses().that().resideInAPackage("vn.reviewledger.command..")
                .should().dependOnClassesThat().resideInAPackage("vn.reviewledger.query..")
                .check(classes);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSide() {
        noClasses().that().resideInAPackage("vn.reviewledger.query..")
                .should().dependOnClassesThat().resideInAPackage("vn.reviewledger.command..")
                .check(classes);
    }

    @Test
    void theKernelKnowsNoSpringNoPersistenceAndNeitherSide() {
        noClasses().that().resideInAPackage("vn.reviewledger.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "vn.reviewledger.command..", "vn.reviewledger.query..", "vn.reviewledger.app..")
                .check(classes);
    }

    @Test
    void thePlatformServesEveryDeploymentAndKnowsNeitherSide() {
        noClasses().that().resideInAPackage("vn.reviewledger.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.reviewledger.command..",
                        "vn.reviewledger.query..", "vn.reviewledger.app..")
                .check(classes);
    }

    @Test
    void rulesNeverTouchSpringOrTheAggregates() {
        noClasses().that().resideInAPackage("vn.reviewledger.command.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "vn.reviewledger.command.review..", "vn.reviewledger.command.cycle..",
                        "vn.reviewledger.command.web..")
                .check(classes);
    }

    @Test
    void aggregatesAreReachedOnlyThroughMessages() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(classes);
    }

    @Test
    void projectionsAndTheirRepositoriesStayInsideTheirFeature() {
        classes().that().resideInAPackage("vn.reviewledger.query..").and().haveSimpleNameEndingWith("Repository")
                .should().notBePublic().check(classes);
        classes().that().resideInAPackage("vn.reviewledger.query..").and().haveSimpleNameEndingWith("Projection")
                .should().notBePublic().check(classes);
    }

    @Test
    void webControllersDoNotTouchRepositories() {
        noClasses().that().resideInAnyPackage("vn.reviewledger.command.web..", "vn.reviewledger.query.access..",
                        "vn.reviewledger.query.ui..", "vn.reviewledger.query.export..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    /**
     * Openings read a cycle's terms without its lock, from the cycle's first event (CycleCharter):
     * that holds only while no later event changes them. So the cycle's term fields are written in
     * its field defaults (compiled into each constructor) and in {@code on(CycleOpened)}, nowhere else.
     */
    @Test
    void aCyclesTermsAreWrittenOnlyWhenItOpens() {
        JavaClass cycle = classes.get("vn.reviewledger.command.cycle.ReviewCycle");
        for (String field : List.of("organizationId", "year", "ruleSet", "ruleParameters", "units", "plan",
                "levelPlans", "quotaGroups", "opensOn")) {
            assertThat(cycle.getField(field).getAccessesToSelf().stream()
                    .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.SET)
                    .map(a -> a.getOrigin().getName() + a.getOrigin().getRawParameterTypes().stream()
                            .map(JavaClass::getSimpleName).toList()))
                    .as(field).allMatch(origin -> origin.startsWith("<init>[") || origin.equals("on[CycleOpened]"));
        }
    }
}
