package io.github.syntheticcustomers.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The reproduction, run by {@link SmallHeapTest} in a JVM of its own with {@code -Xmx256m}: 50 test
 * classes with distinct seeds, each injecting the engagement steps of a dataset of the default 500 customers
 * (about 8 MB of heap each, 400 MB for all 50). Prints {@code succeeded N failed M}, then each failure.
 */
final class FiftySeeds {

    private FiftySeeds() {
    }

    /** A default-count dataset's engagement steps: customers, scenarios and steps in memory. */
    abstract static class Steps {
        @Test
        void steps(List<EngagementStep> steps) {
            if (steps.isEmpty()) {
                throw new AssertionError("no steps");
            }
        }
    }

    @SyntheticCustomers(seed = 1)
    static class Seed1 extends Steps {
    }

    @SyntheticCustomers(seed = 2)
    static class Seed2 extends Steps {
    }

    @SyntheticCustomers(seed = 3)
    static class Seed3 extends Steps {
    }

    @SyntheticCustomers(seed = 4)
    static class Seed4 extends Steps {
    }

    @SyntheticCustomers(seed = 5)
    static class Seed5 extends Steps {
    }

    @SyntheticCustomers(seed = 6)
    static class Seed6 extends Steps {
    }

    @SyntheticCustomers(seed = 7)
    static class Seed7 extends Steps {
    }

    @SyntheticCustomers(seed = 8)
    static class Seed8 extends Steps {
    }

    @SyntheticCustomers(seed = 9)
    static class Seed9 extends Steps {
    }

    @SyntheticCustomers(seed = 10)
    static class Seed10 extends Steps {
    }

    @SyntheticCustomers(seed = 11)
    static class Seed11 extends Steps {
    }

    @SyntheticCustomers(seed = 12)
    static class Seed12 extends Steps {
    }

    @SyntheticCustomers(seed = 13)
    static class Seed13 extends Steps {
    }

    @SyntheticCustomers(seed = 14)
    static class Seed14 extends Steps {
    }

    @SyntheticCustomers(seed = 15)
    static class Seed15 extends Steps {
    }

    @SyntheticCustomers(seed = 16)
    static class Seed16 extends Steps {
    }

    @SyntheticCustomers(seed = 17)
    static class Seed17 extends Steps {
    }

    @SyntheticCustomers(seed = 18)
    static class Seed18 extends Steps {
    }

    @SyntheticCustomers(seed = 19)
    static class Seed19 extends Steps {
    }

    @SyntheticCustomers(seed = 20)
    static class Seed20 extends Steps {
    }

    @SyntheticCustomers(seed = 21)
    static class Seed21 extends Steps {
    }

    @SyntheticCustomers(seed = 22)
    static class Seed22 extends Steps {
    }

    @SyntheticCustomers(seed = 23)
    static class Seed23 extends Steps {
    }

    @SyntheticCustomers(seed = 24)
    static class Seed24 extends Steps {
    }

    @SyntheticCustomers(seed = 25)
    static class Seed25 extends Steps {
    }

    @SyntheticCustomers(seed = 26)
    static class Seed26 extends Steps {
    }

    @SyntheticCustomers(seed = 27)
    static class Seed27 extends Steps {
    }

    @SyntheticCustomers(seed = 28)
    static class Seed28 extends Steps {
    }

    @SyntheticCustomers(seed = 29)
    static class Seed29 extends Steps {
    }

    @SyntheticCustomers(seed = 30)
    static class Seed30 extends Steps {
    }

    @SyntheticCustomers(seed = 31)
    static class Seed31 extends Steps {
    }

    @SyntheticCustomers(seed = 32)
    static class Seed32 extends Steps {
    }

    @SyntheticCustomers(seed = 33)
    static class Seed33 extends Steps {
    }

    @SyntheticCustomers(seed = 34)
    static class Seed34 extends Steps {
    }

    @SyntheticCustomers(seed = 35)
    static class Seed35 extends Steps {
    }

    @SyntheticCustomers(seed = 36)
    static class Seed36 extends Steps {
    }

    @SyntheticCustomers(seed = 37)
    static class Seed37 extends Steps {
    }

    @SyntheticCustomers(seed = 38)
    static class Seed38 extends Steps {
    }

    @SyntheticCustomers(seed = 39)
    static class Seed39 extends Steps {
    }

    @SyntheticCustomers(seed = 40)
    static class Seed40 extends Steps {
    }

    @SyntheticCustomers(seed = 41)
    static class Seed41 extends Steps {
    }

    @SyntheticCustomers(seed = 42)
    static class Seed42 extends Steps {
    }

    @SyntheticCustomers(seed = 43)
    static class Seed43 extends Steps {
    }

    @SyntheticCustomers(seed = 44)
    static class Seed44 extends Steps {
    }

    @SyntheticCustomers(seed = 45)
    static class Seed45 extends Steps {
    }

    @SyntheticCustomers(seed = 46)
    static class Seed46 extends Steps {
    }

    @SyntheticCustomers(seed = 47)
    static class Seed47 extends Steps {
    }

    @SyntheticCustomers(seed = 48)
    static class Seed48 extends Steps {
    }

    @SyntheticCustomers(seed = 49)
    static class Seed49 extends Steps {
    }

    @SyntheticCustomers(seed = 50)
    static class Seed50 extends Steps {
    }

    public static void main(String[] args) {
        DiscoverySelector[] selectors = new DiscoverySelector[50];
        for (int i = 1; i <= 50; i++) {
            try {
                selectors[i - 1] = selectClass(Class.forName(FiftySeeds.class.getName() + "$Seed" + i));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName")
                .selectors(selectors).execute();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("succeeded " + results.testEvents().succeeded().count() + " failed "
                + results.allEvents().failed().count());
        results.allEvents().failed().stream().forEach(e -> out.println(e.getTestDescriptor().getDisplayName() + ": "
                + e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("?")));
    }
}
