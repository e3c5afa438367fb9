package vn.reviewledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import vn.reviewledger.query.ui.UiPage;

/**
 * The module boundaries of DESIGN.md, held by the build. Inside a module the rules name what a class
 * is (a controller, an entity, a projection, an aggregate) rather than the folder it sits in, so they
 * keep holding when a feature gathers its classes or a package is renamed.
 */
class ArchitectureTest {

    static JavaClasses classes;

    /** Whatever serves HTTP: {@code @RestController}, {@code @Controller} and stereotypes built on them. */
    static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe("are controllers",
            c -> c.isMetaAnnotatedWith(Controller.class));

    /** Spring Data repositories and the JDBC/JPA handles a class would need to reach tables itself. */
    static final DescribedPredicate<JavaClass> STORAGE = DescribedPredicate.describe(
            "are repositories, JdbcTemplate, JdbcClient or EntityManager",
            c -> c.isAssignableTo("org.springframework.data.repository.Repository")
                    || c.isAssignableTo("org.springframework.jdbc.core.JdbcOperations")
                    || c.isAssignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations")
                    || c.isAssignableTo("org.springframework.jdbc.core.simple.JdbcClient")
                    || c.isAssignableTo("jakarta.persistence.EntityManager"));

    /** A read model's own tables: its JPA entities and its Spring Data repositories. */
    static final DescribedPredicate<JavaClass> ENTITIES_AND_REPOSITORIES = DescribedPredicate.describe(
            "are JPA entities or Spring Data repositories",
            c -> c.isAnnotatedWith(Entity.class) || (c.getPackageName().startsWith("vn.reviewledger.")
                    && c.isAssignableTo("org.springframework.data.repository.Repository")));

    /** A projection: it handles events into a read model. */
    static final DescribedPredicate<JavaClass> PROJECTIONS = DescribedPredicate.describe("are projections",
            c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventHandler.class)));

    /** An aggregate: Axon's stereotype, or a class that applies events through AggregateLifecycle. */
    static final DescribedPredicate<JavaClass> AGGREGATES = DescribedPredicate.describe("are aggregates",
            c -> c.isAnnotatedWith(Aggregate.class) || c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(AggregateLifecycle.class)));

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

    /** The rules read as the regulation: plain Java over the kernel's values, testable without a framework. */
    @Test
    void rulesNeverTouchSpringAxonTheAggregatesOrHttp() {
        noClasses().that().resideInAPackage("vn.reviewledger.command.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .orShould().dependOnClassesThat(AGGREGATES)
                .orShould().dependOnClassesThat(CONTROLLERS)
                .check(classes);
    }

    /** Other code reaches an aggregate through messages or the documented gateway, never by holding its type. */
    @Test
    void aggregatesArePackagePrivate() {
        classes().that(AGGREGATES).should().bePackagePrivate().check(classes);
    }

    @Test
    void controllersDoNotTouchStorage() {
        noClasses().that(CONTROLLERS).should().dependOnClassesThat(STORAGE)
                .because("a controller translates HTTP into a message; its feature's handlers read the tables")
                .check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirFeature() {
        classes().that(ENTITIES_AND_REPOSITORIES).should().bePackagePrivate()
                .andShould(beUsedOnlyInTheirOwnPackage())
                .check(classes);
    }

    @Test
    void projectionsArePackagePrivateAndKnowNoController() {
        classes().that(PROJECTIONS).should().bePackagePrivate().check(classes);
        noClasses().that(PROJECTIONS).should().dependOnClassesThat(CONTROLLERS).check(classes);
    }

    /** The operations wing may read the read models; a read model never leans on the machinery. */
    @Test
    void readModelsNeverSeeTheOperationsWing() {
        String[] readModels = classes.stream().filter(PROJECTIONS).map(JavaClass::getPackageName).distinct()
                .filter(p -> !p.startsWith("vn.reviewledger.query.ops")).toArray(String[]::new);
        assertThat(readModels).as("packages holding a projection").isNotEmpty();
        noClasses().that().resideInAnyPackage(readModels)
                .should().dependOnClassesThat().resideInAPackage("vn.reviewledger.query.ops..")
                .check(classes);
    }

    /**
     * A screen sits in the feature it shows, beside that feature's JSON endpoints; only {@code @UiPage}
     * gives it the header's model and errors as pages, so a bare {@code @Controller} stays in query.ui.
     */
    @Test
    void screensOutsideTheUiPackageAreUiPages() {
        classes().that().areAnnotatedWith(Controller.class).and().resideInAPackage("vn.reviewledger.query..")
                .should().resideInAPackage("vn.reviewledger.query.ui..")
                .because("a screen in a feature package is marked @" + UiPage.class.getSimpleName())
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

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesToSelf()) {
                    if (!d.getOriginClass().getPackageName().equals(item.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
