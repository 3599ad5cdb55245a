package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.NormalCdf;
import io.github.syntheticcustomers.core.internal.NormalQuantile;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.FamilyHistory;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Lifestyle;
import io.github.syntheticcustomers.core.model.Narrative;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.ZoneId;
import java.time.ZoneOffset;
import io.github.syntheticcustomers.core.timeline.Diagnosis;
import io.github.syntheticcustomers.core.timeline.HealthModel;
import io.github.syntheticcustomers.core.timeline.PlatformCourse;
import io.github.syntheticcustomers.core.timeline.PlatformModel;
import io.github.syntheticcustomers.core.timeline.ScreeningCourse;
import io.github.syntheticcustomers.core.timeline.ScreeningProgrammes;
import io.github.syntheticcustomers.core.timeline.Snapshots;
import io.github.syntheticcustomers.core.timeline.Visit;

/**
 * Builds customer {@code i} from (seed, configuration, i) alone. Each profile section draws from its
 * own {@link Rng} stream, so changing how one section is generated leaves the others' values alone.
 * Traits drive the values: awareness and action shape screening, engagement shapes platform data,
 * anxiety shapes stress and narrative, social barriers shape social determinants and risk.
 */
final class ProfileGenerator {

    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "mail.test");

    private final GeneratorConfig config;
    private final long seed;
    private final Allocation allocation;
    private final LocalDate reference;
    private final int riskLevels;
    private final RiskModel risk;
    /** The product's platform features ({@code platform_features}), in order. */
    private final List<String> features;
    /** Names, place and phone number: the identity tables and the regions' allocation. */
    private final Identities identities;
    /** Each persona's exact gender counts ({@code demographics.gender}, or the persona's own). */
    private final GenderAllocation genders;
    /** Which records are generated for a cohort ({@code cohorts[]}), and the ages a member may have. */
    private final CohortAllocation cohorts;
    /** The narrative from the finished record. */
    private final NarrativeWriter narratives;
    /** Each region's time zone, by the name customers carry as their state. */
    private final Map<String, ZoneId> zones;
    private final HealthModel healthModel;
    private final PlatformModel platformModel;
    private final Snapshots snapshots;
    /** The social frame: marital status, children, household, education, occupation, income, insurance, SDOH. */
    private final SocialFrame socialFrame;
    private final MeasurementModel measurementModel;
    /** The life events: the social frame's facts, birthdays and drawn events of the configured types. */
    private final LifeEventModel lifeEvents;
    /** The product's own attributes ({@code attributes[]}). */
    private final AttributeModel attributeModel;
    /** A cohort member's latest measured values conditioned on its ranges ({@code where.measurements}). */
    private final MeasurementConditions measurementConditions;
    /** The standard deviation of a customer's trait around the persona's value. */
    static final double TRAIT_SD = 0.08;

    ProfileGenerator(GeneratorConfig config, long seed, Allocation allocation) {
        this.config = config;
        this.seed = seed;
        this.allocation = allocation;
        this.reference = config.referenceDate();
        this.riskLevels = config.riskLevels().size();
        this.risk = new RiskModel(config.risk(), config.epidemiology(), config.riskLevelIds(),
                config.measurements().bandedFactors());
        this.features = config.platformFeatures();
        this.identities = new Identities(config, seed, allocation);
        this.cohorts = new CohortAllocation(config, allocation, risk);
        this.genders = new GenderAllocation(config, allocation, cohorts, seed);
        this.narratives = new NarrativeWriter(config, CustomerPredicates.of(config));
        this.zones = Region.zonesByName(config.regions());
        this.healthModel = new HealthModel(config, seed);
        this.platformModel = new PlatformModel(config, seed);
        this.snapshots = new Snapshots(config);
        this.socialFrame = new SocialFrame(config, seed);
        this.measurementModel = new MeasurementModel(config);
        this.measurementConditions = new MeasurementConditions(config, measurementModel);
        this.lifeEvents = new LifeEventModel(config, seed);
        this.attributeModel = new AttributeModel(config, seed, TRAIT_SD,
                new AttributeAllocation(config, allocation, cohorts, seed));
    }

    CustomerProfile generate(long index) {
        return person(index).profile();
    }

    /**
     * Customer {@code index} with the courses of their timeline: the person model's stages in order (slot, traits,
     * the social frame, risk factors, lifestyle, life events, demographics, health course, platform course), then
     * the snapshot the profile states, computed from the courses.
     */
    Person person(long index) {
        return person(index, conditions(index));
    }

    /**
     * Customer {@code index} under {@code given}: a cohort member's condition, or what a boundary case fixes
     * ({@link Conditions#fixed()}: slot, gender, exact score and identity, in place of the allocation's).
     */
    Person person(long index, Conditions given) {
        FixedCase fixedCase = given.fixed();
        Allocation.Slot slot = fixedCase != null ? fixedCase.slot() : allocation.slot(index);
        PersonaConfig persona = config.personas().get(slot.persona());
        Traits traits = individualTraits(persona.traits(), Rng.of(seed, index, "traits"));
        int age = given.agesSet() ? age(given, Rng.of(seed, index, "age"))
                : age(persona, slot.decadeStart(), Rng.of(seed, index, "age"));
        LocalDate dob = dateOfBirth(age, Rng.of(seed, index, "date-of-birth"), given);

        String gender = fixedCase != null && fixedCase.gender() != null ? fixedCase.gender() : genders.gender(index);
        SocialFrame.Frame frame = socialFrame.draw(index, persona, traits, gender, age, dob);
        SocialDeterminants sdoh = frame.sdoh();
        int barriers = barrierCount(sdoh);
        int fixed = risk.agePoints(age) + risk.barrierPoints(barriers);
        Map<String, CohortConfig.ValueRange> ranges = given.where().measurements();
        RiskModel.Pins held = pins(given, fixed, Rng.of(seed, index, "exact-score"));
        RiskModel.Pins pins = ranges.isEmpty() ? held
                : measurementConditions.pins(ranges, given.where(), held, risk.prior(traits, age, gender),
                        config.epidemiology().band(age), gender, Rng.of(seed, index, "cohort-measurements"));
        RiskDraw draw = risk.draw(Rng.of(seed, index, "risk"), traits, age, gender, slot.riskIndex(),
                riskLevels, fixed, fixedCase != null ? fixedCase.band() : allocation.levelQuantiles(slot), pins);
        if (!ranges.isEmpty()) {
            draw = measurementConditions.place(ranges, draw, config.epidemiology().band(age), gender);
        }
        List<RiskFactor> factors = draw.present();
        int riskScore = RiskModel.score(fixed, factors);
        Rng healthRng = Rng.of(seed, index, "health");
        List<Diagnosed> diagnosed = diagnosed(draw, traits, age, dob, healthRng, given);
        List<FamilyHistory> family = familyHistory(factors, healthRng);
        int band = config.epidemiology().band(age);
        double bmi = measurementModel.bmi(draw, band, gender, Rng.of(seed, index, "bmi"), ranges);
        Lifestyle lifestyle = lifestyle(factors, traits, bmi, healthRng);
        List<LifeEvent> events = lifeEvents.events(index, slot.persona(), traits, gender, dob, frame,
                given.where().lifeEvents());
        Demographics demographics = demographics(index, frame, gender, age, dob, Rng.of(seed, index, "demographics"),
                fixedCase);
        ZoneId zone = zones.getOrDefault(demographics.state(), ZoneOffset.UTC);

        ScreeningCourse screening = screeningCourse(index, traits, gender, dob, factors, diagnosed, barriers, zone,
                ranges.keySet());
        List<Visit> visits = screening.visits();
        List<Diagnosis> diagnoses = dated(diagnosed, visits, dob, zone, healthRng);
        List<Observation> measured = measurementModel.panels(draw, diagnoses, visits, band, gender, lifestyle.bmi(),
                healthModel.programmes(), Rng.of(seed, index, "measurements"), ranges);
        List<Condition> conditions = diagnoses.stream()
                .map(d -> new Condition(d.label(), d.date().getYear(), d.managed())).toList();
        HealthProfile health = new HealthProfile(conditions, family, lifestyle, snapshots.screening(screening),
                measured);
        PlatformCourse platform = platformModel.course(index, traits, zone, dob, given.where().engagement());
        Engagement engagement = snapshots.engagement(platform, zone);
        Map<String, Object> attributes = attributeModel.draw(index, slot.persona(), persona, traits, gender, age,
                dob, given.where().attributes());
        // the narrative tells the customer's own facts: drawn from a draft of the finished profile
        String id = fixedCase != null ? fixedCase.id() : customerId(index);
        CustomerProfile draft = new CustomerProfile(id, slot.persona(), slot.riskLevel(), riskScore,
                traits, demographics, health, events, engagement, null, sdoh, attributes);
        Narrative narrative = narratives.write(persona, draft, Rng.of(seed, index, "narrative"));
        CustomerProfile profile = new CustomerProfile(draft.id(), draft.personaType(), draft.riskLevel(), riskScore,
                traits, demographics, health, events, engagement, narrative, sdoh, attributes,
                given.cohorts(), fixedCase == null ? null : fixedCase.tag());
        return new Person(profile, zone, visits, diagnoses, platform);
    }

    /**
     * The customer's screening course (HealthModel): her programmes follow from her sex, age and risk factors; a
     * present condition puts her in care for the programme that measures it; one not diagnosed shows at a recent
     * visit.
     */
    private ScreeningCourse screeningCourse(long index, Traits traits, String gender, LocalDate dob,
            List<RiskFactor> factors, List<Diagnosed> diagnosed, int barriers, ZoneId zone, Set<String> measured) {
        Set<String> present = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>();
        for (RiskFactor f : factors) {
            present.add(f.id());
            if (f.kind() == RiskFactor.Kind.CONDITION) {
                conditions.add(f.id());
            }
        }
        Set<String> undiagnosed = new LinkedHashSet<>(conditions);
        diagnosed.forEach(d -> undiagnosed.remove(d.factor().id()));
        return healthModel.course(index, traits, gender, dob, present, conditions, undiagnosed, barriers, zone,
                measured);
    }

    /** {@code cus-000001} for index 0: 1-based, at least six digits. */
    static String customerId(long index) {
        return "cus-" + padded(index + 1, 6);
    }

    /** Decimal digits of a non-negative number, zero-padded to at least {@code width} (locale-free). */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static Traits individualTraits(Traits base, Rng rng) {
        return new Traits(vary(base.healthAwareness(), rng), vary(base.actionTendency(), rng),
                vary(base.healthAnxiety(), rng), vary(base.systemEngagement(), rng), vary(base.organization(), rng),
                vary(base.riskPropensity(), rng), vary(base.socialBarriers(), rng));
    }

    private static double vary(double base, Rng rng) {
        return Decimals.unit2(rng.gaussian(base, TRAIT_SD));
    }

    private static int age(PersonaConfig persona, int decadeStart, Rng rng) {
        int lo = Math.max(persona.age().min(), decadeStart);
        int hi = Math.min(persona.age().max(), decadeStart + 9);
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A conditioned age: uniform over the ages the conditions allow. */
    private static int age(Conditions conditions, Rng rng) {
        return conditions.youngest() + rng.nextInt(conditions.oldest() - conditions.youngest() + 1);
    }

    /** The id of the cohort record {@code index} is generated for, or null: from the allocation, no record drawn. */
    String cohortOf(long index) {
        CohortAllocation.Member member = cohorts.member(index);
        return member == null ? null : member.cohort().id();
    }

    /**
     * The factors held present or absent: a cohort's, or for a boundary case with an exact score every factor, the
     * set whose points make the score with the age and barrier points ({@link ExactScore}).
     */
    private RiskModel.Pins pins(Conditions given, int fixedPoints, Rng rng) {
        if (given.fixed() == null || given.fixed().score() == null) {
            return given.pins();
        }
        return ExactScore.pins(config.risk(), given.fixed().score() - fixedPoints, rng);
    }

    /** What record {@code index} is conditioned on: its cohort's condition, or nothing. */
    private Conditions conditions(long index) {
        CohortAllocation.Member member = cohorts.member(index);
        return member == null ? Conditions.NONE : Conditions.of(member, cohorts.ages(member.index(), member.cell()));
    }

    /** A birth date that makes the customer exactly {@code age} on the reference date. */
    private LocalDate dateOfBirth(int age, Rng rng, Conditions given) {
        // a customer at the youngest account age reached it at least two days before the reference date, so her
        // account (opened from then, PlatformModel) has a local day before the last one in every time zone
        LocalDate latest = age == config.timeline().account().minAge() ? reference.minusDays(2).minusYears(age)
                : reference.minusYears(age);
        LocalDate earliestExclusive = reference.minusYears(age + 1L);
        long span = ChronoUnit.DAYS.between(earliestExclusive, latest);
        // a cohort's birthday event within its days (CohortJourneys)
        LocalDate conditioned = CohortJourneys.dateOfBirth(given.where(), config, latest, span, rng);
        return conditioned != null ? conditioned : latest.minusDays(rng.nextInt((int) span));
    }

    /** Fields that stand in the way of care: anything but the value without a barrier, or no insurance. */
    static int barrierCount(SocialDeterminants s) {
        int n = 0;
        for (String field : SocialDeterminants.NO_BARRIER.keySet()) {
            n += SocialDeterminants.isBarrier(s, field) ? 1 : 0;
        }
        return n;
    }

    /**
     * A condition the customer knows of, before it is dated on the timeline.
     *
     * @param fromAge the youngest age its date may have: 18, or the factor's childhood age for a childhood diagnosis
     */
    private record Diagnosed(RiskFactor factor, int year, boolean managed, int fromAge) {
    }

    /**
     * The present conditions that are diagnosed (each with the share of its age band that knows, moved by the
     * traits), each with a year drawn in adult life (at most 12 years back), or for a condition that may begin in
     * childhood ({@code risk.factors[].childhood}) with its share in a year before the 18th birthday, and whether it
     * is managed; the rest show in their measurements only. A customer under 18 has only childhood diagnoses (from the
     * condition's {@code from_age}); her conditions of adult life are present but undiagnosed.
     */
    private List<Diagnosed> diagnosed(RiskDraw draw, Traits t, int age, LocalDate dob, Rng rng,
            Conditions conditions) {
        List<Diagnosed> out = new ArrayList<>();
        int lastYear = reference.minusDays(1).getYear();
        int band = config.epidemiology().band(age);
        double severity = config.risk().diagnosisSeverity() == null ? 0 : config.risk().diagnosisSeverity();
        for (RiskFactor f : draw.present()) {
            if (f.kind() == RiskFactor.Kind.CONDITION) {
                double share = f.reference() == null ? 1.0
                        : config.epidemiology().rates().get(f.reference()).diagnosedShare(band);
                if (share < 1.0 && config.risk().diagnosis() != null) {
                    share *= config.risk().diagnosis().of(t);
                }
                boolean now = diagnosedNow(draw, f, share, severity, rng);
                Boolean decided = conditions.diagnosis(f.id()); // a cohort's (members are adults: CohortAllocation.ages)
                now = decided == null ? now : decided;
                if (!now) {
                    continue; // present but undiagnosed: it shows in its measurement only
                }
                RiskConfig.Childhood child = childhood(f);
                // a customer who turns 18 after the last year before the reference date (timeline.account.min_age
                // below 18, or an 18-year-old born late in the year) can only have a childhood diagnosis; a condition of
                // adult life stays undiagnosed until then
                boolean minor = dob.getYear() + 18 > lastYear;
                if (child != null && (minor || rng.chance(child.share()))) {
                    // diagnosed before adulthood: a year from the from_age birthday's to the 17th birthday's (for a
                    // minor, to the last year before the reference date)
                    int first = dob.getYear() + child.fromAge();
                    int last = Math.min(dob.getYear() + 17, lastYear);
                    if (last < first) {
                        continue; // younger than the condition's from_age: not diagnosed yet
                    }
                    int year = first + rng.nextInt(last - first + 1);
                    out.add(new Diagnosed(f, year, managed(rng.chance(0.25 + 0.65 * t.actionTendency()), f, conditions), child.fromAge()));
                    continue;
                }
                if (minor) {
                    continue;
                }
                int adultYears = Math.max(0, Math.min(age - 18, 12));
                int year = Math.max(lastYear - rng.nextInt(adultYears + 1), dob.getYear() + 18);
                out.add(new Diagnosed(f, year, managed(rng.chance(0.25 + 0.65 * t.actionTendency()), f, conditions), 18));
            }
        }
        return out;
    }

    /**
     * Whether a diagnosis is managed: as drawn, except for a cohort member whose range names a value the condition's
     * treatment lowers (held unmanaged, so the range holds the value as measured: {@link MeasurementConditions}).
     */
    private boolean managed(boolean drawn, RiskFactor f, Conditions conditions) {
        return drawn && !measurementConditions.untreated(conditions.where().measurements(), f.id());
    }

    /**
     * Each diagnosis dated on the timeline: at the first kept visit measuring it in or after its drawn year (the visit
     * whose panel found it; the last kept visit when none is that late), or, when the drawn year lies before the first
     * kept visit, on a day of that year before it: in adult life, or for a childhood diagnosis from its
     * {@code from_age} birthday to the day before the 18th.
     */
    private List<Diagnosis> dated(List<Diagnosed> diagnosed, List<Visit> visits, LocalDate dob, ZoneId zone,
            Rng rng) {
        List<Diagnosis> out = new ArrayList<>(diagnosed.size());
        for (Diagnosed d : diagnosed) {
            // the panel that found it: a kept visit of the programme that measures the condition (any kept visit for
            // a condition no programme measures)
            String programme = healthModel.programmes().programmeOfCondition(d.factor().id());
            List<Visit> kept = visits.stream().filter(v -> v.attended() && (programme == null || v.screens(programme)))
                    .toList();
            Visit at = null;
            if (!kept.isEmpty() && d.year() >= kept.get(0).date().getYear()) {
                at = kept.get(kept.size() - 1);
                for (Visit v : kept) {
                    if (v.date().getYear() >= d.year()) {
                        at = v;
                        break;
                    }
                }
            }
            LocalDate date = null;
            if (at == null) {
                LocalDate from = LocalDate.of(d.year(), 1, 1);
                LocalDate youngest = birthday(dob, d.fromAge());
                from = from.isBefore(youngest) ? youngest : from;
                LocalDate to = LocalDate.of(d.year(), 12, 31);
                LocalDate before = kept.isEmpty() ? reference.minusDays(2) : kept.get(0).date().minusDays(1);
                if (d.fromAge() < 18) {
                    LocalDate child = birthday(dob, 18).minusDays(1); // a childhood diagnosis stays before 18
                    before = before.isAfter(child) ? child : before;
                }
                to = to.isAfter(before) ? before : to;
                if (to.isBefore(from)) {
                    at = kept.isEmpty() ? null : kept.get(0);
                } else {
                    date = from.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
                }
            }
            if (at != null) {
                out.add(new Diagnosis(d.factor().id(), d.factor().label(), at.date(), at.at().plusSeconds(2700),
                        d.managed()));
            } else {
                LocalDate day = date == null ? reference.minusDays(2) : date;
                out.add(new Diagnosis(d.factor().id(), d.factor().label(), day,
                        day.atTime(12, 0).atZone(zone).toInstant(), d.managed()));
            }
        }
        return out;
    }

    /** Each present family history with the relative drawn by the factor's weights ({@code risk.relatives}). */
    private List<FamilyHistory> familyHistory(List<RiskFactor> factors, Rng rng) {
        List<FamilyHistory> family = new ArrayList<>();
        for (RiskFactor f : factors) {
            if (f.kind() == RiskFactor.Kind.FAMILY_HISTORY) {
                Map<String, Double> weights = relatives(f);
                List<String> names = List.copyOf(weights.keySet());
                double[] w = new double[names.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = weights.get(names.get(i));
                }
                family.add(new FamilyHistory(f.label(), names.get(rng.weightedIndex(w))));
            }
        }
        return family;
    }

    /**
     * Whether present condition {@code f} is diagnosed, with probability {@code share}: its diagnosis liability
     * {@code √ρ·z + √(1−ρ)·ε} lies above the {@code (1 − share)} normal quantile, where {@code z} is the normal score of
     * the condition's place in its liability band (standard normal over the cases) and {@code ρ} is
     * {@code risk.diagnosis_severity}. So the share diagnosed is {@code share} while the undiagnosed cases are the
     * milder ones.
     */
    private static boolean diagnosedNow(RiskDraw draw, RiskFactor f, double share, double severity, Rng rng) {
        if (share >= 1) {
            return true;
        }
        if (share <= 0) {
            return false;
        }
        double tailLow = NormalCdf.of(-draw.lower(f));
        double tailHigh = NormalCdf.of(-draw.upper(f));
        double width = tailLow - tailHigh;
        double u = width > 0 ? (tailLow - NormalCdf.of(-draw.liability(f))) / width : 0.5;
        double z = NormalQuantile.of(Math.max(1e-12, Math.min(1 - 1e-12, u)));
        double liability = StrictMath.sqrt(severity) * z + StrictMath.sqrt(1 - severity) * rng.gaussian(0, 1);
        return liability > NormalQuantile.of(1 - share);
    }

    /** The childhood onset of condition {@code f} ({@code risk.factors[].childhood}), or null. */
    private RiskConfig.Childhood childhood(RiskFactor f) {
        for (RiskConfig.Factor c : config.risk().factors()) {
            if (c.id().equals(f.id())) {
                return c.childhood();
            }
        }
        return null;
    }

    private Map<String, Double> relatives(RiskFactor f) {
        for (RiskConfig.Factor c : config.risk().factors()) {
            if (c.id().equals(f.id()) && c.relatives() != null) {
                return c.relatives();
            }
        }
        return config.risk().relatives();
    }

    /**
     * The lifestyle: the value each present factor sets, a field no factor sets drawn from the traits; the BMI from
     * the measurement model ({@code bmi}; NaN: the range of the factor that sets it).
     */
    private static Lifestyle lifestyle(List<RiskFactor> factors, Traits t, double measuredBmi, Rng rng) {
        RiskConfig.LifestyleValue set;
        String smoking = (set = lifestyle(factors, "smoking")) != null ? set.value() : "never";
        String alcohol = (set = lifestyle(factors, "alcohol")) != null ? set.value()
                : rng.chance(0.55) ? "moderate" : "none";
        String activity = (set = lifestyle(factors, "physical_activity")) != null ? set.value()
                : List.of("light", "moderate", "active").get(rng.weightedIndex(
                        new double[] {1.2 - t.organization(), 1.0, 0.3 + t.actionTendency()}));
        String diet = (set = lifestyle(factors, "diet")) != null ? set.value()
                : List.of("fair", "good", "excellent").get(rng.weightedIndex(
                        new double[] {1.1 - t.healthAwareness(), 1.0, 0.2 + 0.6 * t.healthAwareness()}));
        // without a short-sleep factor: the recommended 7 hours or more
        double sleep = (set = lifestyle(factors, "sleep_hours")) != null ? inRange(set, rng)
                : 7.0 + rng.nextInt(20) / 10.0;
        String stress = (set = lifestyle(factors, "stress_level")) != null ? set.value()
                : rng.chance(0.3 + 0.5 * t.healthAnxiety()) ? "moderate" : "low";
        double bmi = !Double.isNaN(measuredBmi) ? measuredBmi
                : (set = lifestyle(factors, "bmi")) != null ? inRange(set, rng) : 18.5 + rng.nextInt(65) / 10.0;
        return new Lifestyle(smoking, alcohol, activity, diet, Decimals.round(sleep, 1), stress,
                Decimals.round(bmi, 1));
    }

    /** The lifestyle value the first present factor sets for {@code field}, or null. */
    private static RiskConfig.LifestyleValue lifestyle(List<RiskFactor> factors, String field) {
        for (RiskFactor f : factors) {
            if (f.lifestyle() != null && field.equals(f.lifestyle().field())) {
                return f.lifestyle();
            }
        }
        return null;
    }

    /** A value of the range {@code min}–{@code max} in steps of 0.1. */
    private static double inRange(RiskConfig.LifestyleValue range, Rng rng) {
        int steps = (int) Math.round((range.max() - range.min()) * 10) + 1;
        return range.min() + rng.nextInt(steps) / 10.0;
    }

    /** The day the customer turns {@code years}: for a 29 February birth in a common year, 1 March. */
    static LocalDate birthday(LocalDate dob, int years) {
        return PlatformModel.birthday(dob, years);
    }

    /** Name, contact and place (the identity tables), and the social frame's occupation, education, household and income. */
    private Demographics demographics(long index, SocialFrame.Frame frame, String gender, int age, LocalDate dob,
            Rng rng, FixedCase fixedCase) {
        Identities.Identity id = identities.identity(index, gender, dob);
        String first = id.firstName();
        String last = id.lastName();
        String phone = id.phone();
        // a boundary case's own id tags its address (bnd0001), so it never equals a dataset customer's (digits only)
        String tag = padded(index + 1, 6);
        if (fixedCase != null) {
            first = fixedCase.firstName() != null ? fixedCase.firstName() : first;
            last = fixedCase.lastName() != null ? fixedCase.lastName() : last;
            phone = fixedCase.phone();
            tag = fixedCase.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        String email = ascii(first) + "." + ascii(last) + "." + tag + "@" + rng.pick(EMAIL_DOMAINS);
        return new Demographics(first, last, gender, age, dob, email, phone,
                id.streetAddress(), id.city(), id.county(), id.state(), id.postalCode(), frame.occupation(),
                frame.education(), frame.maritalStatus(), frame.householdSize(), frame.incomeBracket());
    }

    /** Lower-case ASCII letters only: the local part of a synthetic email address. */
    static String ascii(String name) {
        // NFD leaves pure ASCII unchanged: skip it for the usual name (the normalizer's tables take
        // tens of milliseconds to load on a cold JVM)
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        String folded = decomposed.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? "user" : sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
