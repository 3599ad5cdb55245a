package io.github.syntheticcustomers.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** This adapter uses core's API only: never {@code core.internal}, which is not API. */
class AdapterArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.syntheticcustomers.plugin");

    @Test
    void staysOffCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.syntheticcustomers.core.internal..")
                .because("core.internal is not API; an adapter is parameters in, one core call, results out")
                .check(ADAPTER);
    }
}
