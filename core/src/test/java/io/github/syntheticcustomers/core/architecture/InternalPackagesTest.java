package io.github.syntheticcustomers.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * {@code io.github.syntheticcustomers.core.internal} is not API (its package documentation says so): no public
 * signature outside it names one of its types, so a user never has to touch it, and core knows nothing of Maven,
 * JUnit, picocli or Spark. The adapters' own modules check that they stay off it too ({@code plugin}, {@code cli}).
 */
class InternalPackagesTest {

    private static final String INTERNAL = "io.github.syntheticcustomers.core.internal..";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.syntheticcustomers.core");

    private static final DescribedPredicate<JavaClass> INTERNAL_TYPE =
            JavaClass.Predicates.resideInAPackage(INTERNAL).as("an internal type");

    @Test
    void noPublicSignatureNamesAnInternalType() {
        noCodeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
                .should().haveRawReturnType(INTERNAL_TYPE)
                .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(INTERNAL_TYPE))
                .because("core.internal is not API: a user must never need one of its types")
                .check(CORE);
        noFields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
                .should().haveRawType(INTERNAL_TYPE)
                .check(CORE);
        noClasses().that().arePublic().and().resideOutsideOfPackage(INTERNAL)
                .should().beAssignableTo(DescribedPredicate.describe("an internal type",
                        (JavaClass c) -> c.getPackageName().startsWith("io.github.syntheticcustomers.core.internal")
                                && !c.getModifiers().contains(JavaModifier.FINAL) && c.isInterface()))
                .check(CORE);
    }

    @Test
    void coreKnowsNothingOfItsAdapters() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.junit..",
                "picocli..", "org.apache.spark..", "io.github.syntheticcustomers.junit..",
                "io.github.syntheticcustomers.plugin..", "io.github.syntheticcustomers.cli..")
                .check(CORE);
    }
}
