package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs fixture test classes on the Jupiter engine (as junit-pioneer's PioneerTestKit does) and reads what
 * they did: outcomes, failures and the report entries they published.
 */
final class ExtensionTestKit {

    private ExtensionTestKit() {
    }

    /** Runs {@code classes} with configuration parameters given as key, value, key, value, .... */
    static EngineExecutionResults run(List<Class<?>> classes, String... configuration) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < configuration.length; i += 2) {
            parameters.put(configuration[i], configuration[i + 1]);
        }
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .selectors(classes.stream().map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    static EngineExecutionResults run(Class<?> testClass, String... configuration) {
        return run(List.of(testClass), configuration);
    }

    /** The values published under {@code key} by every test, in publication order. */
    static List<String> reported(EngineExecutionResults results, String key) {
        return results.allEvents().stream()
                .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(m -> m.containsKey(key))
                .map(m -> m.get(key))
                .toList();
    }

    /** The only reported value under {@code key}. */
    static String reportedOnce(EngineExecutionResults results, String key) {
        List<String> values = reported(results, key);
        assertEquals(1, values.size(), () -> "report entries " + key + ": " + values);
        return values.get(0);
    }

    /** Asserts that every test succeeded and how many ran; shows failures if not. */
    static void assertAllSucceeded(EngineExecutionResults results, long tests) {
        List<String> failures = results.allEvents().failed().stream().map(ExtensionTestKit::describe).toList();
        assertEquals(List.of(), failures, "failures");
        assertEquals(tests, results.testEvents().succeeded().count(), "succeeded tests");
    }

    /** The throwable of the only failed test (or container). */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.allEvents().failed().list();
        assertEquals(1, failed.size(), () -> "failed events: " + failed.stream().map(ExtensionTestKit::describe).toList());
        return failed.get(0).getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable().orElseThrow();
    }

    private static String describe(Event event) {
        return event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable())
                .map(t -> t.toString() + Arrays.toString(t.getSuppressed())).orElse("?");
    }
}
