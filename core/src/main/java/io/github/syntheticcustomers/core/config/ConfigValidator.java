package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a bound configuration; the first problem found is thrown as a located {@link ConfigException}. */
final class ConfigValidator {

    /** An id: lower-case letters, digits and '_', starting with a letter, at most 64 characters. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern CANONICAL_NUMBER = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final double SUM_TOLERANCE = 1e-6;
    static final int MAX_AGE = 120;
    private static final String TRAIT_RANGE = "a number " + Traits.MIN_VALUE + "–" + Traits.MAX_VALUE;

    private ConfigValidator() {
    }

    /**
     * Checks {@code config}; every independent check runs, so all errors of a file are reported together
     * (one {@link ConfigException}, whose {@link ConfigException#errors()} lists each).
     */
    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        at.check(() -> {
            if (config.referenceDate() == null) {
                throw at.error("reference_date", "is required", null, "an ISO date such as 2026-01-01");
            }
            if (!Limits.isReferenceDate(config.referenceDate())) {
                throw at.error("reference_date", "is outside the supported range", config.referenceDate().toString(),
                        Limits.referenceDateRange());
            }
        });
        boolean personas = passes(at, () -> validatePersonas(config.personas(), at));
        boolean decades = passes(at, () -> validateDecades(config.ageDecades(), at));
        boolean levels = passes(at, () -> {
            validateShares("risk_levels", "risk level", config.riskLevels(), at);
            for (String level : config.riskLevels().keySet()) {
                requireId("risk_levels." + level, level, at);
            }
        });
        // a check that rests on other sections' values runs only when they passed: otherwise it would only
        // repeat their errors in other words
        if (personas && decades) {
            at.check(() -> validateAgeCoverage(config, at));
        }
        boolean epidemiology = passes(at, () -> HealthConfigValidator.validateEpidemiology(config.epidemiology(), at));
        boolean risk = personas && levels && epidemiology && passes(at, () -> RiskConfigValidator.validate(config, at));
        boolean measurements = risk && passes(at, () -> HealthConfigValidator.validateMeasurements(config, at));
        boolean regions = passes(at, () -> validateRegions(config.regions(), at));
        if (personas && regions) {
            at.check(() -> validateDemographics(config, at));
        }
        at.check(() -> IdentityConfig.validate(config.identity(), at));
        boolean occupations = passes(at, () -> validateOccupations(config.occupations(), at));
        if (personas && occupations) {
            at.check(() -> SocialConfigValidator.validate(config, at));
        }
        if (personas) {
            at.check(() -> LifeEventsValidator.validate(config, at));
        }
        at.check(() -> validatePlatformFeatures(config.platformFeatures(), at));
        boolean journey = personas && passes(at, () -> JourneyConfigValidator.validate(config, at));
        if (risk && journey && measurements) {
            at.check(() -> NarrativeValidator.validate(config, at));
        }
        boolean engagement = passes(at, () -> validateEngagement(config.engagement(), at));
        if (engagement && journey && measurements) {
            at.check(() -> EngagementConfigValidator.validate(config, at));
        }
        boolean timeline = passes(at, () -> TimelineConfigValidator.validate(config.timeline(), at));
        if (timeline && risk && measurements) {
            at.check(() -> ScreeningProgrammesValidator.validate(config, at));
        }
        if (timeline && personas) {
            at.check(() -> validateAccountAge(config, at));
        }
        if (personas) {
            at.check(() -> AttributeValidator.validate(config, at));
        }
        if (personas && risk) {
            at.check(() -> CohortValidator.validate(config, at));
        }
        at.check(() -> {
            requirePresent("quality", config.quality(), "the thresholds of the quality checks", at);
            validateQuality(config.quality(), at);
        });
        at.throwProblems();
    }

    /**
     * Every customer has an account: a persona whose youngest customers are below {@code timeline.account.min_age}
     * would need accounts opened before that age (a persona with no share has no customers and is exempt).
     */
    private static void validateAccountAge(GeneratorConfig config, ConfigParser.Locator at) {
        int minAge = config.timeline().account().minAge();
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() > 0 && p.age().min() < minAge) {
                at.check(() -> {
                    throw at.error("personas." + e.getKey() + ".age.min", "is below timeline.account.min_age "
                            + minAge + ": every customer has a platform account, opened from that age",
                            String.valueOf(p.age().min()), "at least " + minAge
                            + (minAge > TimelineConfigValidator.MIN_ACCOUNT_AGE ? ", or a lower timeline.account.min_age ("
                                    + TimelineConfigValidator.MIN_ACCOUNT_AGE + " or more)" : ""));
                });
            }
        }
    }

    /**
     * The gender shares ({@code demographics.gender} and each persona's own) name only genders the model knows and
     * sum to 100; a persona's region weights name declared regions, are not negative and are not all 0; the dataset
     * has no region weights of its own (the regions' populations are).
     */
    private static void validateDemographics(GeneratorConfig config, ConfigParser.Locator at) {
        DemographicsConfig d = config.demographics();
        at.check(() -> {
            requirePresent("demographics", d, "{ gender: { female: <percent>, male: <percent>, non_binary: <percent> } }",
                    at);
            if (d.regions() != null) {
                throw at.error("demographics.regions", "is a persona's setting", d.regions().keySet().toString(),
                        "the regions' population (regions), or personas.<id>.demographics.regions");
            }
            genderShares("demographics.gender", d.gender(), at);
        });
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        config.regions().forEach(r -> names.add(r.name()));
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            DemographicsConfig own = e.getValue().demographics();
            if (own == null) {
                continue;
            }
            String base = "personas." + e.getKey() + ".demographics";
            if (own.gender() != null) {
                at.check(() -> genderShares(base + ".gender", own.gender(), at));
            }
            if (own.regions() != null) {
                at.check(() -> regionWeights(base + ".regions", own.regions(), names, at));
            }
        }
    }

    private static void genderShares(String prop, Map<String, Double> shares, ConfigParser.Locator at) {
        requirePresent(prop, shares, "a mapping of gender to percent: " + String.join(", ",
                DemographicsConfig.GENDERS), at);
        for (String gender : shares.keySet()) {
            if (!DemographicsConfig.GENDERS.contains(gender)) {
                at.check(() -> {
                    throw at.error(prop + "." + gender, "unknown gender", gender,
                            String.join(", ", DemographicsConfig.GENDERS));
                });
            }
        }
        validateShares(prop, "gender", shares, at);
    }

    private static void regionWeights(String prop, Map<String, Double> weights, java.util.Set<String> names,
            ConfigParser.Locator at) {
        double sum = 0;
        boolean named = true;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            String p = prop + "." + w.getKey();
            if (!names.contains(w.getKey())) {
                named = false;
                at.check(() -> {
                    throw at.error(p, "unknown region", w.getKey(), "a name of regions, e.g. " + names.iterator().next());
                });
                continue;
            }
            requirePresent(p, w.getValue(), "a weight, 0 or more", at);
            if (!(w.getValue() >= 0) || Double.isInfinite(w.getValue())) {
                at.check(() -> {
                    throw at.error(p, "out of range", Decimals.format(w.getValue()), "a weight, 0 or more");
                });
                continue;
            }
            sum += w.getValue();
        }
        if (named && !(sum > 0)) {
            throw at.error(prop, "gives no region a weight", weights.toString(), "a weight above 0 for some region");
        }
    }

    /** Runs {@code check} as {@link ConfigParser.Locator#check} does; true when it added no error. */
    private static boolean passes(ConfigParser.Locator at, Runnable check) {
        int before = at.problemCount();
        at.check(check);
        return at.problemCount() == before;
    }

    /** At least one region, each with a unique name, a population of at least 1 and a known time zone. */
    private static void validateRegions(List<Region> regions, ConfigParser.Locator at) {
        requirePresent("regions", regions, "a list of { name, population, time_zone }", at);
        if (regions.isEmpty()) {
            throw at.error("regions", "has no regions", "[]", "at least one { name, population, time_zone }");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            String base = "regions." + i;
            Region r = regions.get(i);
            requirePresent(base, r, "{ name, population, time_zone }", at);
            requirePresent(base + ".name", r.name(), "the name the profile shows", at);
            if (r.name().isBlank()) {
                throw at.error(base + ".name", "is blank", "''", "the name the profile shows");
            }
            if (!names.add(r.name())) {
                throw at.error(base + ".name", "region '" + r.name() + "' is listed twice", r.name(), "each region once");
            }
            requirePresent(base + ".population", r.population(), "a whole number 1–2000000000", at);
            if (r.population() < 1 || r.population() > 2_000_000_000) {
                throw at.error(base + ".population", "out of range", r.population().toString(),
                        "a whole number 1–2000000000");
            }
            requirePresent(base + ".time_zone", r.timeZone(), "an IANA time zone such as America/Chicago", at);
            try {
                java.time.ZoneId.of(r.timeZone());
            } catch (java.time.DateTimeException e) {
                throw at.error(base + ".time_zone", "is not a time zone", r.timeZone(),
                        "an IANA time zone such as America/Chicago");
            }
        }
    }

    /** Each occupation: education and income from their closed sets, not empty; a youngest age 14–100. */
    private static void validateOccupations(Map<String, Occupation> occupations, ConfigParser.Locator at) {
        if (occupations == null) {
            return;
        }
        for (Map.Entry<String, Occupation> e : occupations.entrySet()) {
            String base = "occupations." + e.getKey();
            Occupation o = e.getValue();
            requirePresent(base, o, "{ education, min_age, income }", at);
            closedList(base + ".education", o.education(), Occupation.EDUCATION, "education level", at);
            closedList(base + ".income", o.income(), Occupation.INCOME, "income bracket", at);
            requirePresent(base + ".min_age", o.minAge(), "an age 14–100", at);
            if (o.minAge() < 14 || o.minAge() > 100) {
                throw at.error(base + ".min_age", "out of range", o.minAge().toString(), "an age 14–100");
            }
        }
    }

    private static void closedList(String prop, List<String> values, List<String> allowed, String what,
            ConfigParser.Locator at) {
        requirePresent(prop, values, String.join(", ", allowed), at);
        if (values.isEmpty()) {
            throw at.error(prop, "is empty", "[]", "at least one of " + String.join(", ", allowed));
        }
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                throw at.error(prop + "." + i, "unknown " + what + " '" + values.get(i) + "'", values.get(i),
                        String.join(", ", allowed));
            }
        }
    }

    /** At least one feature id, each an identifier listed once. */
    private static void validatePlatformFeatures(List<String> features, ConfigParser.Locator at) {
        requirePresent("platform_features", features, "a list of feature ids such as goal_tracker", at);
        if (features.isEmpty()) {
            throw at.error("platform_features", "has no features", "[]", "at least one feature id");
        }
        for (int i = 0; i < features.size(); i++) {
            String prop = "platform_features." + i;
            String feature = JourneyConfigValidator.identifier(prop, features.get(i),
                    "a feature id such as goal_tracker", at);
            if (features.indexOf(feature) != i) {
                throw at.error(prop, "feature '" + feature + "' is listed twice", feature, "each feature once");
            }
        }
    }

    private static void validateEngagement(EngagementConfig e, ConfigParser.Locator at) {
        if (e == null) {
            throw at.error("engagement", "is required", null, "hesitation_threshold, confidence_threshold");
        }
        if (e.hesitationThreshold() == null) {
            throw at.error("engagement.hesitation_threshold", "is required", null, "a number 0.0–1.0");
        }
        requireRange("engagement.hesitation_threshold", e.hesitationThreshold(), 0, 1, "a number 0.0–1.0", at);
        if (e.confidenceThreshold() == null) {
            throw at.error("engagement.confidence_threshold", "is required", null, "a number 0.0–1.0");
        }
        requireRange("engagement.confidence_threshold", e.confidenceThreshold(), 0, 1, "a number 0.0–1.0", at);
    }

    private static void validateQuality(QualityConfig q, ConfigParser.Locator at) {
        requirePresent("quality.persona_share_tolerance", q.personaShareTolerance(), "percentage points 0–100", at);
        requireRange("quality.persona_share_tolerance", q.personaShareTolerance(), 0, 100, "percentage points 0–100",
                at);
        requirePresent("quality.age_decade_tolerance", q.ageDecadeTolerance(), "percentage points 0–100", at);
        requireRange("quality.age_decade_tolerance", q.ageDecadeTolerance(), 0, 100, "percentage points 0–100", at);
        requirePresent("quality.risk_level_tolerance", q.riskLevelTolerance(), "percentage points 0–100", at);
        requireRange("quality.risk_level_tolerance", q.riskLevelTolerance(), 0, 100, "percentage points 0–100", at);
        requirePresent("quality.min_risk_profile_correlation", q.minRiskProfileCorrelation(), "a number -1.0–1.0",
                at);
        requireRange("quality.min_risk_profile_correlation", q.minRiskProfileCorrelation(), -1, 1,
                "a number -1.0–1.0", at);
        requireCount("quality.max_profile_violations", q.maxProfileViolations(), at);
        requireCorrelation("quality.min_emotion_profile_correlation", q.minEmotionProfileCorrelation(), at);
        requireCorrelation("quality.min_completion_profile_correlation", q.minCompletionProfileCorrelation(), at);
        requirePercent("quality.min_step_completion_rate", q.minStepCompletionRate(), at);
        requireCount("quality.max_journey_violations", q.maxJourneyViolations(), at);
        requireCount("quality.max_scenario_violations", q.maxScenarioViolations(), at);
        requireCount("quality.max_coherence_violations", q.maxCoherenceViolations(), at);
        requirePercent("quality.min_phase_transition_rate", q.minPhaseTransitionRate(), at);
        requireCount("quality.max_engagement_violations", q.maxEngagementViolations(), at);
        requirePresent("quality.min_engagement_metric_separation", q.minEngagementMetricSeparation(),
                "a number 0.0–1.0", at);
        requireRange("quality.min_engagement_metric_separation", q.minEngagementMetricSeparation(), 0, 1,
                "a number 0.0–1.0", at);
        requirePresent("quality.min_engagement_metric_auc", q.minEngagementMetricAuc(), "a number 0.0–1.0", at);
        requireRange("quality.min_engagement_metric_auc", q.minEngagementMetricAuc(), 0, 1, "a number 0.0–1.0", at);
        requirePresent("quality.max_engagement_metric_auc", q.maxEngagementMetricAuc(), "a number 0.0–1.0", at);
        requireRange("quality.max_engagement_metric_auc", q.maxEngagementMetricAuc(), q.minEngagementMetricAuc(), 1,
                "a number from quality.min_engagement_metric_auc to 1.0", at);
        requirePresent("quality.realism_tolerance", q.realismTolerance(), "percentage points 0–100", at);
        requireRange("quality.realism_tolerance", q.realismTolerance(), 0, 100, "percentage points 0–100", at);
        requirePresent("quality.max_cut_density_ratio", q.maxCutDensityRatio(), "a number 1.0–1000.0", at);
        requireRange("quality.max_cut_density_ratio", q.maxCutDensityRatio(), 1, 1000, "a number 1.0–1000.0", at);
    }

    private static void requireCount(String prop, Integer value, ConfigParser.Locator at) {
        requirePresent(prop, value, "a whole number >= 0", at);
        if (value < 0) {
            throw at.error(prop, "out of range", value.toString(), "a whole number >= 0");
        }
    }

    private static void requireCorrelation(String prop, Double value, ConfigParser.Locator at) {
        requirePresent(prop, value, "a number -1.0–1.0", at);
        requireRange(prop, value, -1, 1, "a number -1.0–1.0", at);
    }

    private static void requirePercent(String prop, Double value, ConfigParser.Locator at) {
        requirePresent(prop, value, "a percentage 0–100", at);
        requireRange(prop, value, 0, 100, "a percentage 0–100", at);
    }

    private static void requirePresent(String prop, Object value, String allowed, ConfigParser.Locator at) {
        if (value == null) {
            throw at.error(prop, "is required", null, allowed);
        }
    }

    private static void validatePersonas(Map<String, PersonaConfig> personas, ConfigParser.Locator at) {
        if (personas == null || personas.isEmpty()) {
            throw at.error("personas", "at least one persona is required", null, "a mapping of persona id to persona");
        }
        int before = at.problemCount();
        for (Map.Entry<String, PersonaConfig> e : personas.entrySet()) {
            String id = e.getKey();
            String base = "personas." + id;
            PersonaConfig p = e.getValue();
            // each field on its own, so a new persona's missing fields are named in one run
            at.check(() -> requireId(base, id, at));
            if (p == null) {
                at.check(() -> {
                    throw at.error(base, "persona must not be empty", null, "name, share, age, style, traits");
                });
                continue;
            }
            at.check(() -> {
                if (p.name() == null || p.name().isBlank()) {
                    throw at.error(base + ".name", "is required", null, "a display name");
                }
            });
            at.check(() -> {
                if (p.share() == null) {
                    throw at.error(base + ".share", "is required", null, "a percentage 0–100");
                }
                requireRange(base + ".share", p.share(), 0, 100, "a percentage 0–100", at);
            });
            at.check(() -> {
                if (p.age() == null) {
                    throw at.error(base + ".age", "is required", null, "{ min: <age>, max: <age> }");
                }
                requireRange(base + ".age.min", p.age().min(), 0, MAX_AGE, "0–" + MAX_AGE, at);
                requireRange(base + ".age.max", p.age().max(), 0, MAX_AGE, "0–" + MAX_AGE, at);
                if (p.age().min() > p.age().max()) {
                    throw at.error(base + ".age", "min age is greater than max age",
                            p.age().min() + " > " + p.age().max(), "min <= max");
                }
            });
            at.check(() -> {
                if (p.traits() == null) {
                    throw at.error(base + ".traits", "is required", null, String.join(", ", Traits.NAMES));
                }
                Double[] values = p.traits().values();
                for (int i = 0; i < values.length; i++) {
                    String prop = base + ".traits." + Traits.NAMES.get(i);
                    int index = i;
                    at.check(() -> {
                        if (values[index] == null) {
                            throw at.error(prop, "is required", null, TRAIT_RANGE);
                        }
                        requireRange(prop, values[index], Traits.MIN_VALUE, Traits.MAX_VALUE, TRAIT_RANGE, at);
                    });
                }
            });
            at.check(() -> {
                if (p.occupations() != null) {
                    requireNonBlank(base + ".occupations", p.occupations(), at);
                }
            });
            at.check(() -> {
                if (p.actions() != null) {
                    JourneyConfigValidator.validateActions(base + ".actions", p.actions(), at);
                }
            });
        }
        if (at.problemCount() > before) {
            return; // each persona's errors are named; the sum of shares would only repeat them
        }
        double sum = personas.values().stream().mapToDouble(PersonaConfig::share).sum();
        requireHundred("personas", "persona shares", sum, at);
    }

    private static void validateDecades(Map<String, Double> decades, ConfigParser.Locator at) {
        for (String key : decades.keySet()) {
            if (!CANONICAL_NUMBER.matcher(key).matches()) {
                throw at.error("age_decades." + key, "decade key is not written as a plain number", key,
                        "the decade's first year without sign or leading zeros: 0, 10, 20, … " + MAX_AGE);
            }
            int start;
            try {
                start = Integer.parseInt(key);
            } catch (NumberFormatException ex) {
                throw at.error("age_decades." + key, "decade key is not a number", key,
                        "the decade's first year: 0, 10, 20, … " + MAX_AGE);
            }
            if (start < 0 || start > MAX_AGE || start % 10 != 0) {
                throw at.error("age_decades." + key, "decade key is not the first year of a decade", key,
                        "0, 10, 20, … " + MAX_AGE);
            }
        }
        validateShares("age_decades", "age decade", decades, at);
    }

    private static void validateShares(String prop, String what, Map<String, Double> shares, ConfigParser.Locator at) {
        if (shares == null || shares.isEmpty()) {
            throw at.error(prop, "at least one " + what + " is required", null, "a mapping of " + what + " to percent");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (e.getValue() == null) {
                throw at.error(prop + "." + e.getKey(), "share is required", null, "a percentage 0–100");
            }
            requireRange(prop + "." + e.getKey(), e.getValue(), 0, 100, "a percentage 0–100", at);
            sum += e.getValue();
        }
        requireHundred(prop, what + " shares", sum, at);
    }

    /**
     * Count-independent feasibility: every decade with a share must be reachable by some persona's age
     * range and every persona with a share must reach some decade with a share. (The exact table for a
     * given count is checked by the allocation.)
     */
    private static void validateAgeCoverage(GeneratorConfig config, ConfigParser.Locator at) {
        for (Map.Entry<String, Double> d : config.ageDecades().entrySet()) {
            if (d.getValue() <= 0) {
                continue;
            }
            int start = Integer.parseInt(d.getKey());
            boolean reachable = config.personas().values().stream()
                    .anyMatch(p -> p.share() > 0 && p.age().overlap(start) > 0);
            if (!reachable) {
                throw at.error("age_decades." + d.getKey(), "infeasible age table: no persona's age range reaches the "
                        + start + "s", Decimals.format(d.getValue()) + "%",
                        "a share of 0 for this decade, or a persona whose age range overlaps " + start + "–"
                                + (start + 9));
            }
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p.share() <= 0) {
                continue;
            }
            boolean reachable = config.ageDecades().entrySet().stream()
                    .anyMatch(d -> d.getValue() > 0 && p.age().overlap(Integer.parseInt(d.getKey())) > 0);
            if (!reachable) {
                throw at.error("personas." + e.getKey() + ".age", "infeasible age table: the age range " + p.age()
                        + " falls in no decade with a share", p.age().toString(),
                        "an age range overlapping a decade of age_decades with a share above 0");
            }
        }
    }

    private static void requireHundred(String prop, String what, double sum, ConfigParser.Locator at) {
        double diff = sum - 100.0;
        if (Math.abs(diff) > SUM_TOLERANCE) {
            String by = Decimals.format(Math.abs(Decimals.round(diff, 6)));
            throw at.error(prop, what + " sum to " + Decimals.format(Decimals.round(sum, 6)) + "%, " + by
                    + (diff < 0 ? " short of" : " over") + " 100%", Decimals.format(Decimals.round(sum, 6)),
                    "shares that sum to exactly 100");
        }
    }

    private static void requireRange(String prop, double value, double min, double max, String allowed,
            ConfigParser.Locator at) {
        if (!(value >= min && value <= max)) {
            throw at.error(prop, "out of range", Decimals.format(value), allowed);
        }
    }

    static void requireId(String prop, String id, ConfigParser.Locator at) {
        if (!ID.matcher(id).matches()) {
            throw at.error(prop, "invalid id", id, "lower-case letters, digits and '_', starting with a letter");
        }
    }

    private static void requireNonBlank(String prop, List<String> values, ConfigParser.Locator at) {
        if (values.isEmpty()) {
            throw at.error(prop, "must not be empty", "[]", "a list of one or more phrases");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw at.error(prop + "." + i, "must not be blank", String.valueOf(values.get(i)), "a phrase");
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
