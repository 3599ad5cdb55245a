package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The extension behind {@link SyntheticCustomers}: resolves dataset parameters and reports the seed of a
 * failing test. Stateless; the datasets live in the run's root store ({@link DatasetStore}), so one
 * instance may serve any number of tests and threads.
 */
final class SyntheticCustomersExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    /** Key of the report entry a failing test publishes. */
    static final String REPORT_KEY = "synthetic-customers";

    static final String SUPPORTED = "SyntheticDataset, List<CustomerProfile>, CustomerProfile,"
            + " List<TestScenario>, TestScenario, List<EngagementStep>, EngagementStep, List<CustomerTimeline>,"
            + " CustomerTimeline or List<EngagementEvent>, narrowed by @Persona, @RiskLevel and @Cohort (scenarios"
            + " and engagement steps also by @ScenarioType), a single record also by @CustomerIndex";

    /** What a parameter asks for. */
    enum Kind {
        DATASET, CUSTOMERS, CUSTOMER, SCENARIOS, SCENARIO, STEPS, STEP, TIMELINES, TIMELINE, EVENTS, UNSUPPORTED, NONE
    }

    /**
     * Claims the parameters of the supported types, and those with a qualifier on any type (to explain why
     * it cannot resolve them). In a {@code @ParameterizedTest} an unqualified record or list of records
     * belongs to the arguments source, so it is left alone there.
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        Kind kind = kind(parameter);
        if (kind != Kind.DATASET && kind != Kind.UNSUPPORTED && kind != Kind.NONE && !qualified(parameter)
                && isParameterizedTest(parameterContext.getDeclaringExecutable())) {
            return false;
        }
        return kind != Kind.NONE;
    }

    /** By name, so that junit-jupiter-params stays optional at run time. */
    static boolean isParameterizedTest(Executable executable) {
        for (java.lang.annotation.Annotation a : executable.getAnnotations()) {
            if (a.annotationType().getName().equals(PARAMETERIZED_TEST) || Arrays.stream(
                    a.annotationType().getAnnotations()).anyMatch(m -> m.annotationType().getName().equals(PARAMETERIZED_TEST))) {
                return true;
            }
        }
        return false;
    }

    private static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";

    private static boolean qualified(Parameter parameter) {
        return parameter.isAnnotationPresent(Persona.class) || parameter.isAnnotationPresent(RiskLevel.class)
                || parameter.isAnnotationPresent(ScenarioType.class) || parameter.isAnnotationPresent(CustomerIndex.class)
                || parameter.isAnnotationPresent(Cohort.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        DatasetSettings settings = DatasetSettings.of(extensionContext);
        Kind kind = kind(parameter);
        String name = describe(parameterContext);
        if (kind == Kind.UNSUPPORTED) {
            throw error("Can only resolve parameters of type " + SUPPORTED + " but was: "
                    + parameter.getParameterizedType().getTypeName() + " (" + name + ")", settings);
        }
        Persona persona = parameter.getAnnotation(Persona.class);
        RiskLevel riskLevel = parameter.getAnnotation(RiskLevel.class);
        ScenarioType scenarioType = parameter.getAnnotation(ScenarioType.class);
        CustomerIndex index = parameter.getAnnotation(CustomerIndex.class);
        Cohort cohort = parameter.getAnnotation(Cohort.class);
        if (kind == Kind.DATASET) {
            if (qualified(parameter)) {
                throw error("@Persona, @RiskLevel, @ScenarioType, @Cohort and @CustomerIndex do not apply to a"
                        + " SyntheticDataset; declare a List or a single record instead, or filter with"
                        + " dataset.customers(predicate), dataset.scenarios(predicate),"
                        + " dataset.engagementSteps(predicate) or dataset.cohort(id) (" + name + ")", settings);
            }
            return DatasetStore.dataset(extensionContext, settings, DatasetCache.Need.ALL);
        }
        boolean list = kind == Kind.CUSTOMERS || kind == Kind.SCENARIOS || kind == Kind.STEPS
                || kind == Kind.TIMELINES || kind == Kind.EVENTS;
        boolean scenarios = kind == Kind.SCENARIOS || kind == Kind.SCENARIO;
        boolean steps = kind == Kind.STEPS || kind == Kind.STEP;
        boolean timelines = kind == Kind.TIMELINES || kind == Kind.TIMELINE;
        boolean events = kind == Kind.EVENTS;
        if (list && index != null) {
            throw error("@CustomerIndex applies only to a single CustomerProfile, TestScenario, EngagementStep or"
                    + " CustomerTimeline, not to a List (" + name + ")", settings);
        }
        if (!scenarios && !steps && scenarioType != null) {
            throw error("@ScenarioType applies only to a TestScenario, EngagementStep or a List of them, not to "
                    + parameter.getParameterizedType().getTypeName().replace("io.github.syntheticcustomers.core.model.", "")
                            .replace("io.github.syntheticcustomers.core.timeline.", "")
                    + " (" + name + ")", settings);
        }
        RecordFilter filter = RecordFilter.of(persona == null ? NONE : persona.value(),
                riskLevel == null ? NONE : riskLevel.value(), scenarioType == null ? NONE : scenarioType.value(),
                cohort == null ? NONE : new String[] {cohort.value()});
        SyntheticDataset dataset = DatasetStore.dataset(extensionContext, settings, steps ? DatasetCache.Need.ALL
                : scenarios ? DatasetCache.Need.SCENARIOS
                : timelines || events ? DatasetCache.Need.TIMELINES : DatasetCache.Need.CUSTOMERS);
        List<?> matching;
        try {
            matching = steps ? filter.engagementSteps(dataset)
                    : scenarios ? filter.scenarios(dataset)
                    : timelines ? filter.timelines(dataset)
                    : events ? filter.events(dataset) : filter.customers(dataset);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage() + " (" + name + ")", settings);
        }
        if (list) {
            return matching;
        }
        String records = steps ? "engagement step" : scenarios ? "scenario" : timelines ? "timeline" : "customer";
        if (matching.isEmpty()) {
            long total = steps ? dataset.engagementSteps().size() : dataset.count();
            throw error("No " + records + " with " + filter.describe() + " among the " + total + " "
                    + records + "s of the dataset (" + name + ")", settings);
        }
        if (index != null) {
            if (index.value() < 0 || index.value() >= matching.size()) {
                throw error("@CustomerIndex(" + index.value() + ") is outside the " + matching.size() + " " + records
                        + "s with " + filter.describe() + " (" + name + ")", settings);
            }
            return matching.get(index.value());
        }
        if (cohort != null) {
            return matching.get(0); // a cohort's first member: the record a reader of the cohort looks at first
        }
        return matching.get(pick(parameterContext, settings.seed(), matching.size()));
    }

    private static final String[] NONE = new String[0];

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    /**
     * Publishes a report entry with the seed and a reproduction, adds the same line to the failure as a
     * suppressed exception (console runners print it under the stack trace) and returns the failure.
     */
    static Throwable report(ExtensionContext context, Throwable throwable) {
        String line;
        try {
            DatasetSettings settings = DatasetSettings.of(context);
            line = reportLine(context, settings);
        } catch (RuntimeException e) {
            return throwable; // a broken configuration parameter is reported by the failure itself
        }
        context.publishReportEntry(REPORT_KEY, line);
        throwable.addSuppressed(new SeedReport(line));
        return throwable;
    }

    static String reportLine(ExtensionContext context, DatasetSettings settings) {
        String test = context.getTestClass().map(Class::getName).orElse("")
                + context.getTestMethod().map(m -> "#" + m.getName()).orElse("");
        List<String> cohorts = cohorts(context);
        return "failed with seed: " + settings.seed() + " (seed source: " + settings.seedSource() + ")"
                + (cohorts.isEmpty() ? "" : "; cohort: " + String.join(", ", cohorts)) + "; reproduce: "
                + "mvn test -Dtest='" + test + "' " + settings.reproduce();
    }

    /**
     * The cohorts the failing test draws on ({@link CohortSource} on the method, {@link Cohort} on its parameters),
     * in declaration order, each once; empty for a test of none.
     */
    static List<String> cohorts(ExtensionContext context) {
        java.lang.reflect.Method method = context.getTestMethod().orElse(null);
        if (method == null) {
            return List.of();
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        CohortSource source = method.getAnnotation(CohortSource.class);
        if (source != null) {
            ids.add(source.value());
        }
        for (Parameter p : method.getParameters()) {
            Cohort c = p.getAnnotation(Cohort.class);
            if (c != null) {
                ids.add(c.value());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * A deterministic position in [0, size): drawn from the seed, the parameter's position and the
     * executable's signature, so the same test gets the same customer on every run with that seed.
     */
    static int pick(ParameterContext parameterContext, long seed, int size) {
        Executable executable = parameterContext.getDeclaringExecutable();
        String signature = executable.getDeclaringClass().getName() + "#" + executable.getName()
                + Arrays.stream(executable.getParameterTypes()).map(Class::getName)
                        .collect(Collectors.joining(",", "(", ")"));
        return Rng.of(seed, parameterContext.getIndex(), "junit-pick " + signature).nextInt(size);
    }

    static Kind kind(Parameter parameter) {
        Type type = parameter.getParameterizedType();
        if (type == SyntheticDataset.class) {
            return Kind.DATASET;
        }
        if (type == CustomerProfile.class) {
            return Kind.CUSTOMER;
        }
        if (type == TestScenario.class) {
            return Kind.SCENARIO;
        }
        if (type == EngagementStep.class) {
            return Kind.STEP;
        }
        if (type == CustomerTimeline.class) {
            return Kind.TIMELINE;
        }
        Type element = listElement(type);
        if (element == CustomerProfile.class) {
            return Kind.CUSTOMERS;
        }
        if (element == TestScenario.class) {
            return Kind.SCENARIOS;
        }
        if (element == EngagementStep.class) {
            return Kind.STEPS;
        }
        if (element == CustomerTimeline.class) {
            return Kind.TIMELINES;
        }
        if (element == EngagementEvent.class) {
            return Kind.EVENTS;
        }
        boolean ours = element instanceof Class<?> c && c.getName().startsWith("io.github.syntheticcustomers.");
        return qualified(parameter) || ours ? Kind.UNSUPPORTED : Kind.NONE;
    }

    /** {@code E} of {@code List<E>}, {@code Collection<E>} or {@code List<? extends E>}, else null. */
    private static Type listElement(Type type) {
        if (type instanceof ParameterizedType p && (p.getRawType() == List.class || p.getRawType() == Collection.class)) {
            Type argument = p.getActualTypeArguments()[0];
            if (argument instanceof WildcardType w && w.getLowerBounds().length == 0 && w.getUpperBounds().length == 1) {
                return w.getUpperBounds()[0];
            }
            return argument;
        }
        return null;
    }

    private static String describe(ParameterContext parameterContext) {
        Executable executable = parameterContext.getDeclaringExecutable();
        return "parameter " + parameterContext.getIndex() + " of " + executable.getDeclaringClass().getSimpleName()
                + (executable instanceof java.lang.reflect.Constructor<?> ? " constructor" : "."
                        + executable.getName() + "()");
    }

    private static ParameterResolutionException error(String message, DatasetSettings settings) {
        return new ParameterResolutionException(message + settings.suffix());
    }

    /** Carries the seed line on a failure; no stack trace of its own. */
    static final class SeedReport extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeedReport(String message) {
            super("synthetic-customers: " + message, null, false, false);
        }
    }
}
