package uk.gov.council.socialgov;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Features depend on each other in one direction only, and the engine wiring knows no feature. */
class ModularityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.council.socialgov");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("uk.gov.council.socialgov.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theEngineWiringAndWebLayerKnowNoFeature() {
        noClasses().that().resideInAnyPackage("..socialgov.workflow..", "..socialgov.web..", "..socialgov.database..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..socialgov.accounts..", "..socialgov.tasks..", "..socialgov.audit..", "..socialgov.identity..",
                        "..socialgov.cases..", "..socialgov.notifications..")
                .check(classes);
    }
}
