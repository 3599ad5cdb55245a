package io.github.syntheticcustomers.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.Nullable;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.util.List;

/**
 * What a dataset looks like, in numbers and in words: written as {@code analysis.json} and drawn by
 * {@code report.html}. Every number is computed from the records (never copied from the configuration,
 * except the targets shown beside them), and every insight is derived from these numbers.
 *
 * @param datasetFingerprint the fingerprint of the dataset analysed (its manifest's), so a reader can tell whether
 *     this file still describes the dataset beside it; absent when the analysis was not made of a dataset directory
 * @param dataset what was analysed: the configuration's name, seed, count, reference date, generator version, formats
 *     and parts, from the dataset's manifest (the report's header); without a manifest, the count analysed and the
 *     configuration's reference date only
 * @param customers number of customers analysed
 * @param personas each persona's count and share against its target, configuration order first
 * @param ageDecades each age decade's count, share and target, with counts per persona
 * @param riskLevels each risk level's count and share against its target, lowest first
 * @param riskByPersona each persona's risk-level mix, mean risk score and share above the lowest level
 * @param personaProfiles each persona's mean age, screening and engagement figures
 * @param prevalence per reference rate and age band: the population's rate, the rate the customers' traits imply
 *     and the rate the records show, in percent; over the calibrated population (the customers of no cohort) when the
 *     configuration declares cohorts
 * @param scenarios number of scenarios analysed
 * @param scenarioMix scenarios per scenario type
 * @param funnels per persona, how many journeys reach and complete each phase and step
 * @param dropOffs per persona, how many journeys are abandoned and at which step most
 * @param trajectories per persona, emotional valence at the start and the end of the journeys
 * @param emotionsByPhase per phase, how often each emotional state occurs (the heat map)
 * @param timeBetweenPhases per pair of consecutive phases, days from the last step of one to the next
 * @param phaseFlow per phase, journeys reaching it, continuing, ending there and abandoning there
 * @param engagement the engagement steps: tiers per persona, scaffolding per emotional state, metrics per outcome
 * @param timeline the events: retention since sign-up, sessions by local hour and weekday, notification open rates
 * @param insights plain-language findings derived from the numbers above
 * @param branchPoints per branch point of the journey framework, where journeys went next (absent from the file when
 *     the framework has none, as the seed's)
 * @param pathFunnels a funnel per path through the branch points, the most travelled first (absent from the file when
 *     the framework has no branch points, as the seed's: its one path's funnel is the overall funnel)
 * @param cohorts the calibrated population (the customers of no cohort) and then each cohort ({@code cohorts[]},
 *     docs/cohorts.md), each with its count, ages, genders and risk levels (absent from the file when the
 *     configuration declares no cohorts, as the seed's)
 * @param stepFunnel every step of the journey framework, in framework order, over all journeys: how many reached,
 *     completed and abandoned it (empty when there are no scenarios)
 * @param sampleCustomers a few customers to read as people, chosen by {@link #SAMPLE_CUSTOMER_RULE}: each with their
 *     profile's key facts and their journey (empty when there are no customers)
 */
public record Analysis(
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String datasetFingerprint,
        Dataset dataset,
        long customers,
        List<Category> personas,
        List<DecadeRow> ageDecades,
        List<Category> riskLevels,
        List<PersonaRisk> riskByPersona,
        List<PersonaProfileSummary> personaProfiles,
        List<Prevalence> prevalence,
        long scenarios,
        List<Count> scenarioMix,
        List<PersonaFunnel> funnels,
        List<DropOff> dropOffs,
        List<Trajectory> trajectories,
        List<PhaseEmotions> emotionsByPhase,
        List<PhaseGap> timeBetweenPhases,
        List<PhaseFlow> phaseFlow,
        Engagement engagement,
        Timeline timeline,
        List<Insight> insights,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BranchPoint> branchPoints,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PathFunnel> pathFunnels,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CohortFigures> cohorts,
        List<StepFunnel> stepFunnel,
        List<SampleCustomer> sampleCustomers) {

    /** How the sample customers are chosen, in words (the report states it above the cards). */
    public static final String SAMPLE_CUSTOMER_RULE = SampleCustomers.RULE;
    /** The most journey steps a sample customer lists. */
    public static final int SAMPLE_JOURNEY_STEPS = SampleCustomers.MAX_STEPS;

    public Analysis {
        java.util.Objects.requireNonNull(dataset, "dataset");
        stepFunnel = stepFunnel == null ? List.of() : List.copyOf(stepFunnel);
        sampleCustomers = sampleCustomers == null ? List.of() : List.copyOf(sampleCustomers);
        personas = List.copyOf(personas);
        ageDecades = List.copyOf(ageDecades);
        riskLevels = List.copyOf(riskLevels);
        riskByPersona = List.copyOf(riskByPersona);
        personaProfiles = List.copyOf(personaProfiles);
        prevalence = List.copyOf(prevalence);
        scenarioMix = List.copyOf(scenarioMix);
        funnels = List.copyOf(funnels);
        dropOffs = List.copyOf(dropOffs);
        trajectories = List.copyOf(trajectories);
        emotionsByPhase = List.copyOf(emotionsByPhase);
        timeBetweenPhases = List.copyOf(timeBetweenPhases);
        phaseFlow = List.copyOf(phaseFlow);
        insights = List.copyOf(insights);
        branchPoints = branchPoints == null ? List.of() : List.copyOf(branchPoints);
        pathFunnels = pathFunnels == null ? List.of() : List.copyOf(pathFunnels);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
    }

    /**
     * One cohort's figures, or the calibrated population's (id {@code calibrated}), to read side by side.
     *
     * @param id the cohort id, or {@code calibrated}
     * @param name its display name
     * @param condition its condition in words
     * @param count the customers in it
     * @param expected the exact size the configuration asks for (absent for the calibrated population)
     * @param share percent of all customers, two decimals
     * @param meanAge mean age, two decimals
     * @param youngest the youngest age (absent when empty)
     * @param oldest the oldest age (absent when empty)
     * @param genders count and share (of the group) per gender
     * @param riskLevels count and share (of the group) per risk level, lowest first
     */
    public record CohortFigures(String id, String name, String condition, long count,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long expected, double share, double meanAge,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer youngest,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer oldest, List<Count> genders,
            List<Count> riskLevels) {
        public CohortFigures {
            genders = List.copyOf(genders);
            riskLevels = List.copyOf(riskLevels);
        }
    }

    /**
     * The funnel at one branch point of the journey framework (a step whose {@code next} rules lead to more than one
     * step; docs/journey-paths.md): the journeys that reached it, where they went next, and how many ended there.
     *
     * @param step the step id
     * @param name its display name
     * @param reached journeys that reached it (left it, for a repeating step)
     * @param ended journeys whose last step it was
     * @param next per step it leads to, in rule order: journeys that went there and their percent of {@code reached}
     */
    public record BranchPoint(String step, String name, long reached, long ended, List<Branch> next) {

        public BranchPoint {
            next = List.copyOf(next);
        }
    }

    /**
     * Where the journeys at a branch point went.
     *
     * @param step the step they went to
     * @param name its display name
     * @param count journeys that went there
     * @param share their percent of the journeys that reached the branch point
     */
    public record Branch(String step, String name, long count, double share) {
    }

    /**
     * The funnel of one path through the framework's branch points (docs/journey-paths.md, "A funnel per path").
     *
     * @param path the route's step ids joined by {@code >} ({@code other}: the paths beyond the shown ones, summed)
     * @param name the route's step display names joined by {@code →}
     * @param journeys journeys on this route
     * @param share their percent of all journeys
     * @param finished of them, journeys that reached the framework's last step and did not abandon it
     * @param steps per step of the route, in route order
     */
    public record PathFunnel(String path, String name, long journeys, double share, long finished,
            List<PathStage> steps) {

        public PathFunnel {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step of a path's funnel.
     *
     * @param step the step id
     * @param name its display name
     * @param phase its phase id
     * @param phaseName the phase's display name
     * @param reached journeys of the path that passed it: a step here, or a start later on the route (a scenario
     *     type's {@code start}: the steps before it were done in the customer's first sessions); never more than at
     *     the step before
     * @param recorded journeys of the path with a step here (summed over the paths: the overall funnel's count)
     * @param completed journeys of the path that completed it (or passed it before their start)
     */
    public record PathStage(String step, String name, String phase, String phaseName, long reached, long recorded,
            long completed) {
    }

    /** This analysis with {@code derived} as its insights. */
    Analysis withInsights(List<Insight> derived) {
        return new Analysis(datasetFingerprint, dataset, customers, personas, ageDecades, riskLevels, riskByPersona,
                personaProfiles, prevalence, scenarios, scenarioMix, funnels, dropOffs, trajectories, emotionsByPhase,
                timeBetweenPhases, phaseFlow, engagement, timeline, derived, branchPoints, pathFunnels, cohorts,
                stepFunnel, sampleCustomers);
    }

    /** This analysis as the analysis of the dataset whose fingerprint is {@code fingerprint}. */
    public Analysis withDatasetFingerprint(String fingerprint) {
        return new Analysis(fingerprint, dataset, customers, personas, ageDecades, riskLevels, riskByPersona,
                personaProfiles, prevalence, scenarios, scenarioMix, funnels, dropOffs, trajectories, emotionsByPhase,
                timeBetweenPhases, phaseFlow, engagement, timeline, insights, branchPoints, pathFunnels, cohorts,
                stepFunnel, sampleCustomers);
    }

    /**
     * This analysis as the analysis of the dataset {@code manifest} describes: its fingerprint, and its configuration
     * name, seed, count, reference date, version, formats and parts for the report's header (never the clock's).
     */
    public Analysis withManifest(io.github.syntheticcustomers.core.io.Manifest manifest) {
        Analysis a = withDatasetFingerprint(manifest.fingerprint());
        return new Analysis(a.datasetFingerprint, Dataset.of(manifest), customers, personas, ageDecades, riskLevels,
                riskByPersona, personaProfiles, prevalence, scenarios, scenarioMix, funnels, dropOffs, trajectories,
                emotionsByPhase, timeBetweenPhases, phaseFlow, engagement, timeline, insights, branchPoints,
                pathFunnels, cohorts, stepFunnel, sampleCustomers);
    }

    /**
     * What was analysed, as the dataset's manifest records it: the report's header.
     *
     * @param configuration the configuration's name: its file name as the manifest records it, {@code built-in
     *     configuration} for the built-in defaults; absent when the analysis was not made of a dataset directory
     * @param seed the manifest's seed; absent without a manifest
     * @param count the manifest's record count; without a manifest, the customers analysed
     * @param referenceDate the date the generated dates are anchored to (the manifest's, else the configuration's)
     * @param generatorVersion the version of the generator that wrote the dataset; absent without a manifest
     * @param formats the manifest's formats, in its order; empty without a manifest
     * @param parts the parts the manifest lists files of, in its order; empty without a manifest
     */
    public record Dataset(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String configuration,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long seed, long count,
            java.time.LocalDate referenceDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String generatorVersion, List<String> formats,
            List<String> parts) {

        /** The name the header shows for the built-in defaults. */
        public static final String BUILT_IN = "built-in configuration";

        public Dataset {
            formats = List.copyOf(formats);
            parts = List.copyOf(parts);
        }

        /** The figures {@code manifest} records. */
        static Dataset of(io.github.syntheticcustomers.core.io.Manifest manifest) {
            String name = manifest.config() == null || manifest.config().builtIn() ? BUILT_IN
                    : manifest.config().name();
            List<String> parts = manifest.files().stream().map(io.github.syntheticcustomers.core.io.Manifest.FileEntry::part)
                    .distinct().toList();
            return new Dataset(name, manifest.seed(), manifest.count(), manifest.referenceDate(),
                    manifest.generatorVersion(), manifest.formats(), parts);
        }
    }

    /**
     * One step of the journey framework over all journeys (the per-step funnel chart).
     *
     * @param step the step id
     * @param name its display name
     * @param phase its phase id
     * @param phaseName the phase's display name
     * @param reached journeys with at least one record of this step
     * @param completed of them, journeys that completed it
     * @param abandoned of them, journeys that abandoned it
     */
    public record StepFunnel(String step, String name, String phase, String phaseName, long reached, long completed,
            long abandoned) {
    }

    /**
     * One sample customer: the profile's key facts and the journey, to read the data as a person.
     *
     * @param id the customer id
     * @param name first and last name
     * @param age age at the reference date
     * @param gender the gender
     * @param persona the persona id
     * @param personaName its display name
     * @param riskLevel the risk level
     * @param riskScore the risk score
     * @param conditions the diagnosed conditions' names
     * @param measurements the latest measurement panel (empty for a customer never screened)
     * @param scenarioType the scenario's type; absent when the dataset has no scenario for the customer
     * @param journeyStatus the scenario's journey status; absent without a scenario
     * @param journey the journey's steps in order, at most {@link #SAMPLE_JOURNEY_STEPS}
     * @param journeySteps the number of steps of the whole journey
     */
    public record SampleCustomer(String id, String name, int age, String gender, String persona, String personaName,
            String riskLevel, int riskScore, List<String> conditions, List<SampleMeasurement> measurements,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String scenarioType,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String journeyStatus, List<SampleStep> journey,
            int journeySteps) {

        public SampleCustomer {
            conditions = List.copyOf(conditions);
            measurements = List.copyOf(measurements);
            journey = List.copyOf(journey);
        }
    }

    /** One measured value of a sample customer: code, value, unit and the day it was measured. */
    public record SampleMeasurement(String code, double value, String unit, java.time.LocalDate date) {
    }

    /**
     * One step of a sample customer's journey.
     *
     * @param date the step's day (UTC)
     * @param status its completion status
     */
    public record SampleStep(String step, String name, String phase, String phaseName, String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable java.time.LocalDate date) {
    }

    /**
     * The prevalence of one reference rate in one age band.
     *
     * @param rate the {@code epidemiology.rates} id
     * @param label what is counted
     * @param band the age band, e.g. {@code 18-39}
     * @param customers customers in the band
     * @param reference the population's rate for these customers' genders, in percent
     * @param expected the rate their traits imply (reference × persona multipliers), in percent
     * @param observed the share of them the records show as cases, in percent
     */
    public record Prevalence(String rate, String label, String band, long customers, double reference,
            double expected, double observed) {
    }

    /**
     * The engagement steps in numbers.
     *
     * @param steps engagement steps analysed (0 when the dataset has none)
     * @param tiersByPersona per persona, the share of steps at each tier and the journeys changing tier
     * @param scaffoldingByState per emotional state, the scaffolding types its steps show
     * @param metricsByOutcome per completion status, the mean of each pattern metric
     */
    public record Engagement(long steps, List<PersonaTiers> tiersByPersona, List<StateScaffolding> scaffoldingByState,
            List<OutcomeMetrics> metricsByOutcome) {

        public Engagement {
            tiersByPersona = List.copyOf(tiersByPersona);
            scaffoldingByState = List.copyOf(scaffoldingByState);
            metricsByOutcome = List.copyOf(metricsByOutcome);
        }
    }

    /**
     * One persona's tiers.
     *
     * @param persona the persona id
     * @param name its display name
     * @param steps its engagement steps
     * @param essential percent of them showing the essential tier only
     * @param extended percent showing up to the extended tier
     * @param comprehensive percent showing every tier
     * @param journeys its journeys with engagement steps
     * @param journeysChangingTier of them, those showing more than one tier
     */
    public record PersonaTiers(String persona, String name, long steps, double essential, double extended,
            double comprehensive, long journeys, long journeysChangingTier) {
    }

    /**
     * The scaffolding shown in one emotional state.
     *
     * @param state the emotional state
     * @param steps engagement steps in that state
     * @param types steps per scaffolding type
     */
    public record StateScaffolding(String state, long steps, List<Count> types) {

        public StateScaffolding {
            types = List.copyOf(types);
        }
    }

    /**
     * The mean pattern metrics of one completion status.
     *
     * @param status the completion status
     * @param steps engagement steps with it
     * @param valueArticulation mean value articulation
     * @param emotionalScaffolding mean emotional scaffolding
     * @param progressiveDisclosure mean progressive disclosure
     * @param personaAlignment mean persona alignment
     */
    public record OutcomeMetrics(String status, long steps, double valueArticulation, double emotionalScaffolding,
            double progressiveDisclosure, double personaAlignment) {
    }

    /**
     * The customers' events in numbers (docs/timeline-model.md): read from the {@code events} part, or regenerated
     * customer by customer when the part was not written.
     *
     * @param customers customers whose events were analysed (0 when the dataset has no events to read or regenerate)
     * @param sessions {@code session_started} events
     * @param retention weeks 0 to 12 after account creation: of the customers whose account is at least that week's
     *     end old at the as-of instant, the share with a session in that week (the weekly active share)
     * @param sessionsByHour sessions per local hour of the day (the customer's time zone), 0 to 23
     * @param sessionsByWeekday sessions per local weekday, Monday first, each with its sessions per hour (a 7 × 24
     *     heat map)
     * @param openRatesByPersona notifications sent, opened and dismissed per persona, configuration order first
     * @param openRatesByChannel the same per channel, in id order
     */
    public record Timeline(long customers, long sessions, List<RetentionWeek> retention, List<HourCount> sessionsByHour,
            List<WeekdaySessions> sessionsByWeekday, List<OpenRate> openRatesByPersona,
            List<OpenRate> openRatesByChannel) {

        public Timeline {
            retention = List.copyOf(retention);
            sessionsByHour = List.copyOf(sessionsByHour);
            sessionsByWeekday = List.copyOf(sessionsByWeekday);
            openRatesByPersona = List.copyOf(openRatesByPersona);
            openRatesByChannel = List.copyOf(openRatesByChannel);
        }
    }

    /**
     * One week of the retention curve.
     *
     * @param week weeks after account creation (0: the days 0–6 after it)
     * @param customers customers whose week {@code week} ended before the as-of instant
     * @param active of them, those with at least one session in that week
     * @param activeShare percent of {@code customers} active
     */
    public record RetentionWeek(int week, long customers, long active, double activeShare) {
    }

    /** Sessions started in one local hour of the day, and their percent of all sessions. */
    public record HourCount(int hour, long sessions, double share) {
    }

    /**
     * Sessions started on one local weekday.
     *
     * @param weekday {@code monday} … {@code sunday}
     * @param share percent of all sessions
     * @param byHour sessions per local hour, 0 to 23
     */
    public record WeekdaySessions(String weekday, long sessions, double share, List<Long> byHour) {

        public WeekdaySessions {
            byHour = List.copyOf(byHour);
        }
    }

    /**
     * Notifications of one persona or channel.
     *
     * @param id the persona or channel id
     * @param name its display name
     * @param openRate percent of the notifications sent that were opened
     */
    public record OpenRate(String id, String name, long sent, long opened, long dismissed, double openRate) {
    }

    /** Analyses {@code dataset}, held in memory, against the targets of {@code config}. */
    public static Analysis of(LoadedDataset dataset, GeneratorConfig config) {
        AnalysisPass pass = start(config);
        dataset.forEachGroup(config, pass);
        return pass.finish();
    }

    /**
     * An analysis built one {@link io.github.syntheticcustomers.core.quality.RecordGroup} at a time, in constant
     * memory: feed it every group of a dataset in index order (for instance as the observer of
     * {@link io.github.syntheticcustomers.core.quality.QualityChecks#run(java.nio.file.Path, GeneratorConfig,
     * java.util.function.Consumer)}), then {@link AnalysisPass#finish() finish} it.
     */
    public static AnalysisPass start(GeneratorConfig config) {
        return new AnalysisPass(config);
    }

    /** Step and phase ids as words: {@code risk_assessment} becomes {@code risk assessment}. */
    public static String words(String id) {
        return id == null ? "" : id.replace('_', ' ');
    }

    /**
     * One category's count and share against its configured target.
     *
     * @param id category id (persona id, risk level)
     * @param name display name
     * @param count records in the category
     * @param share percent of all records, two decimals
     * @param target configured percent, 0 when the configuration does not define the category
     */
    public record Category(String id, String name, long count, double share, double target) {
    }

    /**
     * One age decade.
     *
     * @param decade first year of the decade, e.g. {@code 30}
     * @param label e.g. {@code 30s}
     * @param byPersona count per persona, in the order of {@link Analysis#personas()}
     */
    public record DecadeRow(int decade, String label, long count, double share, double target,
            List<Count> byPersona) {
        public DecadeRow {
            byPersona = List.copyOf(byPersona);
        }
    }

    /** A count of one category id (with its share in percent of the enclosing total). */
    public record Count(String id, long count, double share) {
    }

    /**
     * One persona's risk profile.
     *
     * @param levels count and share (of this persona) per risk level, lowest first
     * @param elevatedShare percent of this persona above the lowest risk level
     * @param meanRiskScore mean risk score, two decimals
     */
    public record PersonaRisk(String persona, String name, long count, List<Count> levels, double elevatedShare,
            double meanRiskScore) {
        public PersonaRisk {
            levels = List.copyOf(levels);
        }
    }

    /**
     * One persona's profile figures.
     *
     * @param meanAge mean age in years
     * @param screeningHistoryShare percent with any screening history
     * @param meanScreeningCompletion mean share of recommended screenings completed, in percent
     * @param meanEngagementScore mean platform engagement score, 0–1
     */
    public record PersonaProfileSummary(String persona, String name, long count, double meanAge,
            double screeningHistoryShare, double meanScreeningCompletion, double meanEngagementScore) {
    }

    /**
     * A plain-language finding.
     *
     * @param id stable id of the kind of finding, e.g. {@code riskiest_persona}
     * @param text the sentence, with the numbers it rests on
     */
    public record Insight(String id, String text) {
    }

    /**
     * A persona's journey funnel.
     *
     * @param scenarios the persona's scenarios
     * @param phases reach and completion per phase, in journey order
     * @param steps reach and completion per step, in journey order
     */
    public record PersonaFunnel(String persona, String name, long scenarios, List<Stage> phases, List<Stage> steps) {
        public PersonaFunnel {
            phases = List.copyOf(phases);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One funnel stage (a phase or a step).
     *
     * @param id the phase or step id
     * @param name its display name
     * @param phase the phase id (the id itself for a phase)
     * @param phaseName the phase's display name
     * @param reached journeys with at least one step here
     * @param reachShare percent of the persona's journeys that reached it
     * @param completed journeys that completed a step here
     * @param completionRate percent of those reaching it that completed it
     */
    public record Stage(String id, String name, String phase, String phaseName, long reached, double reachShare,
            long completed, double completionRate) {
    }

    /**
     * Where a persona's journeys are abandoned.
     *
     * @param abandoned journeys that ended with an abandoned step
     * @param abandonedShare percent of the persona's journeys
     * @param topStep the step most journeys were abandoned at, null when none was
     * @param topStepName its display name, null when none was
     * @param topStepPhase its phase, null when none was
     * @param topStepPhaseName the phase's display name, null when none was
     * @param topStepCount journeys abandoned at {@code topStep}
     * @param topStepShare percent of the persona's journeys abandoned at {@code topStep}
     */
    public record DropOff(String persona, String name, long scenarios, long abandoned, double abandonedShare,
            @Nullable String topStep, @Nullable String topStepName, @Nullable String topStepPhase,
            @Nullable String topStepPhaseName, long topStepCount, double topStepShare) {
    }

    /**
     * A persona's emotional trajectory, in valence (−1 distressed … 1 positive).
     *
     * @param startValence mean valence of the first step
     * @param endValence mean valence of the last step reached
     * @param change end minus start
     * @param improvedShare percent of journeys ending in a better state than they started
     * @param worsenedShare percent ending in a worse state
     */
    public record Trajectory(String persona, String name, long scenarios, double startValence, double endValence,
            double change, double improvedShare, double worsenedShare) {
    }

    /** How often each emotional state occurs among one phase's steps ({@code name}: the phase's display name). */
    public record PhaseEmotions(String phase, String name, long steps, List<Count> states) {
        public PhaseEmotions {
            states = List.copyOf(states);
        }
    }

    /**
     * Days from the last step of {@code from} to the first step of {@code to}, over journeys with both
     * ({@code fromName}, {@code toName}: the phases' display names).
     */
    public record PhaseGap(String from, String fromName, String to, String toName, long journeys, double meanDays,
            double medianDays) {
    }

    /**
     * Journeys through one phase.
     *
     * @param phase the phase id
     * @param name its display name
     * @param reached journeys with a step in this phase
     * @param reachShare percent of all journeys
     * @param entered journeys that start in this phase (a scenario type's {@code start} step lies in it): "started here"
 * @param arrived journeys with a step here that started in another phase, before it: "continued from an earlier
 *     phase"; {@code entered + arrived == reached}, so a returning customer's journey, which starts later, is counted
 *     from the phase it starts in and not before: why a first phase can be reached by fewer journeys than its second
     * @param continued journeys that went on from this phase to the next (0 for the last phase)
     * @param ended journeys whose last phase this was (0 for the last phase)
     * @param abandoned journeys abandoned at a step of this phase
     * @param finished journeys that reached the last phase and were not abandoned (last phase only)
     */
    public record PhaseFlow(String phase, String name, long reached, double reachShare, long entered, long arrived,
            long continued, long ended, long abandoned, long finished) {
    }
}
