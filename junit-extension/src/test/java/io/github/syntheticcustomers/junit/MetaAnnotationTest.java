package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.SyntheticDataset;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A team's own annotation carrying @SyntheticCustomers, and inheritance from a base test class. */
class MetaAnnotationTest {

    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @SyntheticCustomers(seed = 2024, count = 25)
    @interface SmallCohort {
    }

    @SmallCohort
    static class Annotated {
        @Test
        void test(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("meta", dataset.seed() + "/" + dataset.count());
        }
    }

    @SyntheticCustomers(seed = 31, count = 15)
    abstract static class BaseTest {
    }

    static class Derived extends BaseTest {
        @Test
        void test(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("inherited", dataset.seed() + "/" + dataset.count());
        }
    }

    @Test
    void aMetaAnnotationRegistersAndConfiguresTheExtension() {
        EngineExecutionResults results = run(Annotated.class);
        assertAllSucceeded(results, 1);
        assertEquals("2024/25", reportedOnce(results, "meta"));
    }

    @Test
    void subclassesInheritTheAnnotation() {
        EngineExecutionResults results = run(Derived.class);
        assertAllSucceeded(results, 1);
        assertEquals("31/15", reportedOnce(results, "inherited"));
    }
}
