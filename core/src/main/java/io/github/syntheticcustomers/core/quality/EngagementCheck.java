package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.PatternMetrics;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Engagement: the engagement-adapted steps adapt, fit and tell the truth. Tier progression exists (every persona
 * with 30 or more journeys of two or more steps sees at least two tiers, and some of those journeys change tier: a
 * one-step journey cannot); the scaffolding type is the
 * one the state's declared class calls for (its supportive variant when the user struggles, encouragement before
 * the first completed step); each confirmation is its completion status's configured wording; and each pattern
 * metric's mean over completed steps exceeds its mean over abandoned ones by
 * {@code quality.min_engagement_metric_separation} and tells them apart with an AUC (the probability that a completed
 * step scores above an abandoned one, ties counting half) between {@code quality.min_engagement_metric_auc} and
 * {@code quality.max_engagement_metric_auc}: a metric that separates them perfectly restates the status (with 30 or
 * more abandoned steps). Skipped when the dataset has no engagement steps.
 */
final class EngagementCheck implements QualityCheck {

    private static final int MIN_JOURNEYS = MIN_SAMPLE;
    private static final int MIN_ABANDONED = MIN_SAMPLE;
    /** Pattern metrics have two decimals: one bin per hundredth of 0–1. */
    private static final int AUC_BINS = 101;
    /** The pattern metrics, by their names in {@code engagement-steps.*}. */
    private static final Map<String, ToDoubleFunction<PatternMetrics>> METRICS = metrics();

    private static Map<String, ToDoubleFunction<PatternMetrics>> metrics() {
        Map<String, ToDoubleFunction<PatternMetrics>> metrics = new LinkedHashMap<>();
        metrics.put("valueArticulation", PatternMetrics::valueArticulation);
        metrics.put("emotionalScaffolding", PatternMetrics::emotionalScaffolding);
        metrics.put("progressiveDisclosure", PatternMetrics::progressiveDisclosure);
        metrics.put("personaAlignment", PatternMetrics::personaAlignment);
        return metrics;
    }

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public String title() {
        return "Engagement steps";
    }

    @Override
    public String description() {
        return "Engagement steps adapt along the journey (two or more tiers per persona, tier changes within "
                + "journeys), scaffolding fits the state's declared emotional class, confirmations say what became "
                + "of the step, and pattern metrics separate completed from abandoned steps by at least "
                + "quality.min_engagement_metric_separation, with an AUC between quality.min_engagement_metric_auc and "
                + "quality.max_engagement_metric_auc (clear, but not the status in disguise).";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasSteps()) {
            return Pass.skipped(this, "The dataset has no engagement steps.");
        }
        EmotionalStates states = EmotionalStates.of(config);
        EngagementConfig e = config.engagement();
        Map<String, Map<String, Pattern>> confirmations = confirmationPatterns(e);
        Map<String, Set<String>> tiersByPersona = new LinkedHashMap<>();
        // per persona: its journeys of two or more steps, the only ones whose tier can change along the way
        Map<String, Integer> journeysByPersona = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        // steps, journeys of two or more steps, journeys changing tier, scaffolding misfits, untrue confirmations
        long[] counts = new long[5];
        // per metric: sums over completed and over abandoned steps, and their counts
        double[][] sums = new double[2][METRICS.size()];
        // per metric and outcome: how many steps scored each hundredth (metrics have two decimals), for the AUC
        long[][][] histograms = new long[2][METRICS.size()][AUC_BINS];
        long[] counted = new long[2];
        return new Pass() {
            @Override
            public void accept(RecordGroup group) {
                if (group.steps().isEmpty()) {
                    return;
                }
                // one customer's journey: its steps follow one another, so its state is this group's alone
                String p = group.personaType() == null ? "(unknown)" : group.personaType();
                Set<String> journeyTiers = new TreeSet<>();
                // the steps the customer completed on the timeline before this journey count (a returning user's
                // first pass)
                int completedBefore = group.scenario() == null ? 0 : group.scenario().completedBefore();
                for (EngagementStep s : group.steps()) {
                    counts[0]++;
                    int outcome = CompletionStatus.COMPLETED.equals(s.completionStatus()) ? 0
                            : CompletionStatus.ABANDONED.equals(s.completionStatus()) ? 1 : -1;
                    if (outcome >= 0 && s.patternMetrics() != null) {
                        int m = 0;
                        for (ToDoubleFunction<PatternMetrics> metric : METRICS.values()) {
                            double v = metric.applyAsDouble(s.patternMetrics());
                            sums[outcome][m] += v;
                            histograms[outcome][m++][bin(v)]++;
                        }
                        counted[outcome]++;
                    }
                    tiersByPersona.computeIfAbsent(p, k -> new TreeSet<>()).add(s.type().id());
                    journeyTiers.add(s.type().id());
                    String expected = scaffolding(states.classOf(s.emotionalState()), completedBefore, s, e);
                    completedBefore += CompletionStatus.COMPLETED.equals(s.completionStatus()) ? 1 : 0;
                    String actual = s.emotionalComponents() == null ? null : s.emotionalComponents().type();
                    if (!expected.equals(actual)) {
                        counts[3]++;
                        example(examples, s.id() + ": " + s.emotionalState() + " calls for " + expected
                                + " scaffolding, the step shows " + actual);
                    }
                    Map<String, Pattern> byApproach = confirmations.get(s.completionStatus());
                    Pattern wording = byApproach == null || s.personaComponents() == null ? null
                            : byApproach.get(s.personaComponents().approach());
                    String confirmation = s.valueComponents() == null ? null : s.valueComponents().confirmation();
                    if (wording == null || confirmation == null || !wording.matcher(confirmation).matches()) {
                        counts[4]++;
                        example(examples, s.id() + ": " + article(s.completionStatus()) + " " + s.completionStatus()
                                + " step confirms \"" + confirmation + "\"");
                    }
                }
                // a one-step journey shows one tier whatever the engine does: tier progression is judged over the
                // journeys that have a second step to progress to
                if (group.steps().size() > 1) {
                    counts[1]++;
                    counts[2] += journeyTiers.size() > 1 ? 1 : 0;
                    journeysByPersona.merge(p, 1, Integer::sum);
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                for (Map.Entry<String, Set<String>> t : tiersByPersona.entrySet()) {
                    boolean judged = journeysByPersona.getOrDefault(t.getKey(), 0) >= MIN_JOURNEYS;
                    measurements.add(Measurement.of("tiers." + t.getKey(), t.getValue().size(), null,
                            judged ? 2.0 : null, null, "tiers"));
                }
                measurements.add(Measurement.of("journeys_changing_tier", counts[2], null,
                        counts[1] >= MIN_JOURNEYS ? 1.0 : null, null, "journeys"));
                double max = config.quality().maxEngagementViolations();
                measurements.add(Measurement.of("scaffolding_fits_state", counts[3], null, null, max, "violations"));
                measurements.add(Measurement.of("confirmation_fits_status", counts[4], null, null, max, "violations"));
                int index = 0;
                // a separation needs both means: without completed or abandoned steps there is none to report
                for (String metric : METRICS.keySet()) {
                    if (counted[0] > 0 && counted[1] > 0) {
                        double completedMean = sums[0][index] / counted[0];
                        double abandonedMean = sums[1][index] / counted[1];
                        boolean judged = counted[1] >= MIN_ABANDONED;
                        measurements.add(Measurement.of("metric_separation." + metric, completedMean - abandonedMean,
                                null, judged ? config.quality().minEngagementMetricSeparation() : null, null,
                                "points"));
                        measurements.add(Measurement.of("metric_auc." + metric,
                                auc(histograms[0][index], histograms[1][index]), null,
                                judged ? config.quality().minEngagementMetricAuc() : null,
                                judged ? config.quality().maxEngagementMetricAuc() : null, "probability"));
                    }
                    index++;
                }
                long failed = measurements.stream().filter(m -> !m.passed()).count();
                long unjudged = measurements.stream().filter(m -> m.min() == null && m.max() == null).count();
                String summary = (failed == 0 ? "All " + counts[0] + " engagement steps adapt, fit and tell the truth."
                        : failed + " engagement measurement(s) outside their thresholds.") + (unjudged == 0 ? ""
                                : " " + unjudged + " measurement(s) not judged: too few records (fewer than "
                                        + MIN_SAMPLE + " journeys of two or more steps, or abandoned steps).");
                return CheckResult.judged(EngagementCheck.this, summary, measurements, examples);
            }
        };
    }

    /** The hundredth a metric value (0–1, two decimals) falls in. */
    private static int bin(double v) {
        return (int) Math.max(0, Math.min(AUC_BINS - 1, Math.round(v * (AUC_BINS - 1))));
    }

    /**
     * The probability that a step drawn from {@code completed} scores above one drawn from {@code abandoned}, ties
     * counting half (the Mann-Whitney AUC), from the two histograms over the same bins.
     */
    static double auc(long[] completed, long[] abandoned) {
        double wins = 0;
        long below = 0;
        long c = 0;
        long a = 0;
        for (int i = 0; i < completed.length; i++) {
            wins += completed[i] * (below + abandoned[i] / 2.0);
            below += abandoned[i];
            c += completed[i];
            a += abandoned[i];
        }
        return c == 0 || a == 0 ? Double.NaN : wins / ((double) c * a);
    }

    /**
     * The scaffolding type a step should show: its class's, the supportive variant of an upbeat type when the user
     * struggles (hesitation load at the threshold or above), encouragement for celebration before the customer's
     * first completed step (the steps completed before the journey included).
     */
    private static String scaffolding(EmotionClass emotion, int completedBefore, EngagementStep s,
            EngagementConfig e) {
        String type = emotion.scaffoldType();
        if (type.equals("celebration") && completedBefore == 0) {
            type = "encouragement";
        }
        boolean struggling = s.interactions() != null && s.interactions().hesitationLoad() >= e.hesitationThreshold();
        if (struggling && (type.equals("encouragement") || type.equals("celebration"))) {
            type = "guidance";
        }
        return type;
    }

    /** Each status's confirmation template per approach as a pattern: the text with any placeholder filled. */
    private static Map<String, Map<String, Pattern>> confirmationPatterns(EngagementConfig e) {
        Map<String, Map<String, Pattern>> out = new HashMap<>();
        e.texts().confirmation().forEach((status, byApproach) -> {
            Map<String, Pattern> patterns = new HashMap<>();
            byApproach.forEach((approach, template) -> patterns.put(approach, pattern(template)));
            out.put(status, patterns);
        });
        return out;
    }

    static Pattern pattern(String template) {
        String[] parts = template.split("\\{[a-z0-9_.]+\\}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(".+?").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String article(String word) {
        return word != null && !word.isEmpty() && "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < CheckResult.MAX_EXAMPLES) {
            examples.add(text);
        }
    }
}
