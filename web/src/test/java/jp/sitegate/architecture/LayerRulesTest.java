package jp.sitegate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jp.sitegate.domain.archfixture.DomainCallingApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers the build enforces (issue 13), with ArchUnit over the main classes of ejb and web:
 * <ul>
 * <li>the domain ({@code jp.sitegate.domain}) depends on nothing of application, infrastructure or interfaces;</li>
 * <li>the application ({@code jp.sitegate.application}) never depends on an interface class;</li>
 * <li>interfaces ({@code jp.sitegate.interfaces}: JSF beans, REST resources) use no JPA;</li>
 * <li>interfaces do not touch entities: pages and REST read view records ({@code application.view}).</li>
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
    void aDeliberateViolationFails() {
        JavaClasses fixture = new ClassFileImporter().importClasses(DomainCallingApplication.class);
        EvaluationResult result = DOMAIN_IS_INNERMOST.evaluate(fixture);
        assertTrue(result.hasViolation(), "a domain class calling the application is reported");
        assertTrue(result.getFailureReport().toString().contains("jp.sitegate.application.Caller"),
                result.getFailureReport().toString());
    }
}
