package jp.sitegate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jp.sitegate.application.archfixture.ServiceWithInlineQuery;
import jp.sitegate.domain.archfixture.DomainCallingApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers the build enforces (issue 13), with ArchUnit over the main classes of ejb and web:
 * <ul>
 * <li>the domain ({@code jp.sitegate.domain}) depends on nothing of application, infrastructure or interfaces;</li>
 * <li>the application ({@code jp.sitegate.application}) never depends on an interface class;</li>
 * <li>interfaces ({@code jp.sitegate.interfaces}: JSF beans, REST resources) use no JPA;</li>
 * <li>interfaces do not touch entities: pages and REST read view records ({@code application.view});</li>
 * <li>the application runs no query itself and has no static helper over an {@code EntityManager}: it reads
 * through the domain's repository interfaces ({@code domain.model.*.…Repository}), whose JPA adapters live in
 * {@code infrastructure.persistence};</li>
 * <li>the application holds no {@code EntityManager}: it writes through the domain's {@code UnitOfWork};</li>
 * <li>every domain repository interface has its adapter there.</li>
 * </ul>
 * Each rule is also shown to fail on a deliberate violation.
 */
class LayerRulesTest {
    static final ArchRule DOMAIN_IS_INNERMOST = noClasses().that().resideInAPackage("jp.sitegate.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.sitegate.application..",
                    "jp.sitegate.infrastructure..", "jp.sitegate.interfaces..")
            .because("the domain model is the inner layer (issue 13)");
    static final ArchRule APPLICATION_KNOWS_NO_INTERFACE = noClasses().that()
            .resideInAPackage("jp.sitegate.application..").should().dependOnClassesThat()
            .resideInAPackage("jp.sitegate.interfaces..").because("pages and REST call the application, not back");
    static final ArchRule NO_JPA_IN_INTERFACES = noClasses().that().resideInAPackage("jp.sitegate.interfaces..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("persistence belongs to the application and infrastructure layers");
    static final ArchRule NO_ENTITIES_IN_INTERFACES = noClasses().that().resideInAPackage("jp.sitegate.interfaces..")
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("views and REST use DTOs (application.view), not entities");

    static final ArchRule NO_QUERIES_IN_APPLICATION = noClasses().that().resideInAPackage("jp.sitegate.application..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                    JavaClass.Predicates.assignableTo(jakarta.persistence.EntityManager.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("create(Named|Native)?Query"))))
            .because("queries belong to the repositories' JPA adapters in infrastructure.persistence (issue 13)");
    static final ArchRule NO_STATIC_ENTITY_MANAGER_HELPERS = methods().that().areDeclaredInClassesThat()
            .resideInAPackage("jp.sitegate.application..").and().areStatic()
            .should(new ArchCondition<JavaMethod>("take no EntityManager") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (method.getRawParameterTypes().stream()
                            .anyMatch(t -> t.isAssignableTo(jakarta.persistence.EntityManager.class))) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " is a static helper over an EntityManager"));
                    }
                }
            }).because("services get repositories injected instead (issue 13)");
    static final ArchRule NO_ENTITY_MANAGER_IN_APPLICATION = noClasses().that()
            .resideInAPackage("jp.sitegate.application..").should().dependOnClassesThat()
            .areAssignableTo(jakarta.persistence.EntityManager.class)
            .because("services read through repositories and write through the UnitOfWork (issue 13)");
    static final ArchRule REPOSITORIES_HAVE_JPA_ADAPTERS = classes().that().resideInAPackage("jp.sitegate.domain..")
            .and().areInterfaces().and().haveSimpleNameEndingWith("Repository")
            .should(new ArchCondition<JavaClass>("have a JPA adapter in infrastructure.persistence") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    boolean adapted = repository.getAllSubclasses().stream().anyMatch(c -> c.getPackageName()
                            .equals("jp.sitegate.infrastructure.persistence")
                            && c.getSimpleName().equals("Jpa" + repository.getSimpleName()));
                    if (!adapted) {
                        events.add(SimpleConditionEvent.violated(repository, repository.getName()
                                + " has no infrastructure.persistence.Jpa" + repository.getSimpleName()));
                    }
                }
            });

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.sitegate");
        assertTrue(main.size() > 200, "ejb and web classes imported: " + main.size());
        assertTrue(main.contain("jp.sitegate.domain.model.eligibility.EligibilityEvaluator")
                && main.contain("jp.sitegate.interfaces.rest.FacilityResource"), "both modules' classes are analysed");
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        DOMAIN_IS_INNERMOST.check(main);
    }

    @Test
    void theApplicationDependsOnNoInterfaceClass() {
        APPLICATION_KNOWS_NO_INTERFACE.check(main);
    }

    @Test
    void interfacesUseNoJpa() {
        NO_JPA_IN_INTERFACES.check(main);
    }

    @Test
    void interfacesTouchNoEntity() {
        NO_ENTITIES_IN_INTERFACES.check(main);
    }

    @Test
    void theApplicationRunsNoQueryItself() {
        NO_QUERIES_IN_APPLICATION.check(main);
    }

    @Test
    void theApplicationHasNoStaticEntityManagerHelper() {
        NO_STATIC_ENTITY_MANAGER_HELPERS.check(main);
    }

    @Test
    void theApplicationHasNoEntityManager() {
        NO_ENTITY_MANAGER_IN_APPLICATION.check(main);
    }

    @Test
    void everyRepositoryHasItsJpaAdapter() {
        assertTrue(main.stream().filter(c -> c.isInterface() && c.getSimpleName().endsWith("Repository")
                && c.getPackageName().startsWith("jp.sitegate.domain")).count() >= 15, "the repositories are found");
        REPOSITORIES_HAVE_JPA_ADAPTERS.check(main);
    }

    @Test
    void anInlineQueryAndAStaticEntityManagerHelperFail() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ServiceWithInlineQuery.class);
        EvaluationResult queries = NO_QUERIES_IN_APPLICATION.evaluate(fixture);
        assertTrue(queries.hasViolation(), "an inline query in the application is reported");
        assertTrue(queries.getFailureReport().toString().contains("createQuery"), queries.getFailureReport().toString());
        assertTrue(NO_ENTITY_MANAGER_IN_APPLICATION.evaluate(fixture).hasViolation(),
                "an EntityManager in the application is reported");
        EvaluationResult helpers = NO_STATIC_ENTITY_MANAGER_HELPERS.evaluate(fixture);
        assertTrue(helpers.hasViolation(), "a static helper over an EntityManager is reported");
        assertTrue(helpers.getFailureReport().toString().contains("ServiceWithInlineQuery.codes"),
                helpers.getFailureReport().toString());
    }

    @Test
    void aDeliberateViolationFails() {
        JavaClasses fixture = new ClassFileImporter().importClasses(DomainCallingApplication.class);
        EvaluationResult result = DOMAIN_IS_INNERMOST.evaluate(fixture);
        assertTrue(result.hasViolation(), "a domain class calling the application is reported");
        assertTrue(result.getFailureReport().toString().contains("jp.sitegate.application.Caller"),
                result.getFailureReport().toString());
    }
}
