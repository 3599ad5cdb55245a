package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.Occupation;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.internal.Vocabulary;
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
    private static final int[] AREA_CODES = {201, 206, 212, 303, 305, 312, 404, 415, 503, 512, 602, 612, 617, 702,
        713, 720, 804, 808, 904, 919};
    private static final List<String> GENERIC_OCCUPATIONS = List.of("Office Administrator", "Sales Associate",
            "Technician", "Customer Service Representative", "Teacher", "Consultant");
    private static final String[][] SDOH_VALUES = {
        {"stable", "cost_burdened", "unstable"},
        {"secure", "marginal", "insecure"},
        {"reliable", "limited", "none"},
        {"low", "moderate", "high"},
        {"strong", "moderate", "limited"},
        {"good", "fair", "poor"},
    };
    private static final String[] RELATIVES = {"mother", "father", "grandparent", "sibling"};
    private static final List<String> GENDERS = List.of(EpidemiologyConfig.GENDER_FEMALE,
            EpidemiologyConfig.GENDER_MALE, "non_binary");
    private static final double[] GENDER_WEIGHTS = {0.50, 0.47, 0.03};

    private final GeneratorConfig config;
    private final long seed;
    private final Allocation allocation;
    private final LocalDate reference;
    private final int riskLevels;
    private final RiskModel risk;
    /** The product's platform features ({@code platform_features}), in order. */
    private final List<String> features;
    /** Each region's population, the weight of its draw. */
    private final double[] regionWeights;
    /** The narrative from the finished record. */
    private final NarrativeWriter narratives;
    /** Each region's time zone, by the name customers carry as their state. */
    private final Map<String, ZoneId> zones;
    private final HealthModel healthModel;
    private final PlatformModel platformModel;
    private final Snapshots snapshots;

    ProfileGenerator(GeneratorConfig config, long seed, Allocation allocation) {
        this.config = config;
        this.seed = seed;
        this.allocation = allocation;
        this.reference = config.referenceDate();
        this.riskLevels = config.riskLevels().size();
        this.risk = new RiskModel(config.risk(), config.epidemiology(), config.riskLevelIds());
        this.features = config.platformFeatures();
        this.regionWeights = config.regions().stream().mapToDouble(Region::population).toArray();
        this.narratives = new NarrativeWriter(config, CustomerPredicates.of(config));
        this.zones = Region.zonesByName(config.regions());
        this.healthModel = new HealthModel(config, seed);
        this.platformModel = new PlatformModel(config, seed);
        this.snapshots = new Snapshots(config);
    }

    CustomerProfile generate(long index) {
        return person(index).profile();
    }

    /**
     * Customer {@code index} with the courses of their timeline: the person model's stages in order (slot, traits,
     * risk factors, lifestyle, life events, demographics, health course, platform course), then the snapshot the
     * profile states, computed from the courses.
     */
    Person person(long index) {
        Allocation.Slot slot = allocation.slot(index);
        PersonaConfig persona = config.personas().get(slot.persona());
        Traits traits = individualTraits(persona.traits(), Rng.of(seed, index, "traits"));
        int age = age(persona, slot.decadeStart(), Rng.of(seed, index, "age"));
        LocalDate dob = dateOfBirth(age, Rng.of(seed, index, "date-of-birth"));

        String gender = GENDERS.get(Rng.of(seed, index, "gender").weightedIndex(GENDER_WEIGHTS));
        SocialDeterminants sdoh = sdoh(traits, Rng.of(seed, index, "sdoh"));
        int barriers = barrierCount(sdoh);
        int fixed = risk.agePoints(age) + risk.barrierPoints(barriers);
        List<RiskFactor> factors = risk.draw(Rng.of(seed, index, "risk"), traits, age, gender, slot.riskIndex(),
                riskLevels, fixed, allocation.levelQuantiles(slot));
        int riskScore = RiskModel.score(fixed, factors);
        Rng healthRng = Rng.of(seed, index, "health");
        List<Diagnosed> diagnosed = diagnosed(factors, traits, age, dob, healthRng);
        List<FamilyHistory> family = familyHistory(factors, healthRng);
        Lifestyle lifestyle = lifestyle(factors, traits, healthRng);
        List<LifeEvent> events = lifeEvents(age, dob, traits, Rng.of(seed, index, "life-events"));
        Demographics demographics = demographics(index, persona, traits, gender, age, dob, events,
                Rng.of(seed, index, "demographics"));
        ZoneId zone = zones.getOrDefault(demographics.state(), ZoneOffset.UTC);

        boolean conditionPresent = factors.stream().anyMatch(f -> f.kind() == RiskFactor.Kind.CONDITION);
        boolean undiagnosed = factors.stream().filter(f -> f.kind() == RiskFactor.Kind.CONDITION).count()
                > diagnosed.size();
        List<Visit> visits = healthModel.visits(index, traits, birthday(dob, 18), conditionPresent, undiagnosed, zone);
        List<Diagnosis> diagnoses = dated(diagnosed, visits, dob, zone, healthRng);
        List<Observation> measured = measurements(factors, diagnoses, visits, gender, lifestyle.bmi(),
                Rng.of(seed, index, "measurements"));
        List<Condition> conditions = diagnoses.stream()
                .map(d -> new Condition(d.label(), d.date().getYear(), d.managed())).toList();
        HealthProfile health = new HealthProfile(conditions, family, lifestyle, snapshots.screening(visits), measured);
        PlatformCourse platform = platformModel.course(index, traits, zone);
        Engagement engagement = snapshots.engagement(platform, zone);
        // the narrative tells the customer's own facts: drawn from a draft of the finished profile
        CustomerProfile draft = new CustomerProfile(customerId(index), slot.persona(), slot.riskLevel(), riskScore,
                traits, demographics, health, events, engagement, null, sdoh);
        Narrative narrative = narratives.write(persona, draft, Rng.of(seed, index, "narrative"));
        CustomerProfile profile = new CustomerProfile(draft.id(), draft.personaType(), draft.riskLevel(), riskScore,
                traits, demographics, health, events, engagement, narrative, sdoh);
        return new Person(profile, zone, visits, diagnoses, platform);
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
        return Decimals.unit2(rng.gaussian(base, 0.08));
    }

    private static int age(PersonaConfig persona, int decadeStart, Rng rng) {
        int lo = Math.max(persona.age().min(), decadeStart);
        int hi = Math.min(persona.age().max(), decadeStart + 9);
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A birth date that makes the customer exactly {@code age} on the reference date. */
    private LocalDate dateOfBirth(int age, Rng rng) {
        LocalDate latest = reference.minusYears(age);
        LocalDate earliestExclusive = reference.minusYears(age + 1L);
        long span = ChronoUnit.DAYS.between(earliestExclusive, latest);
        return latest.minusDays(rng.nextInt((int) span));
    }

    private static SocialDeterminants sdoh(Traits t, Rng rng) {
        double b = t.socialBarriers();
        String[] v = new String[SDOH_VALUES.length];
        for (int i = 0; i < SDOH_VALUES.length; i++) {
            v[i] = SDOH_VALUES[i][rng.weightedIndex(new double[] {1.0 - 0.8 * b, 0.75 * b, 0.3 * b})];
        }
        String insurance = List.of("employer", "marketplace", "medicaid", "uninsured")
                .get(rng.weightedIndex(new double[] {1.0 - 0.7 * b, 0.25, 0.1 + 0.4 * b, 0.02 + 0.35 * b}));
        return new SocialDeterminants(v[0], v[1], v[2], v[3], v[4], v[5], insurance);
    }

    /** Fields that stand in the way of care: anything but the value without a barrier, or no insurance. */
    static int barrierCount(SocialDeterminants s) {
        int n = 0;
        for (String field : SocialDeterminants.NO_BARRIER.keySet()) {
            n += SocialDeterminants.isBarrier(s, field) ? 1 : 0;
        }
        return n;
    }

    /** A condition the customer knows of, before it is dated on the timeline. */
    private record Diagnosed(RiskFactor factor, int year, boolean managed) {
    }

    /**
     * The present conditions that are diagnosed (each with the share of its age band that knows, moved by the
     * traits), each with a year drawn in adult life (at most 12 years back) and whether it is managed; the rest
     * show in their measurements only.
     */
    private List<Diagnosed> diagnosed(List<RiskFactor> factors, Traits t, int age, LocalDate dob, Rng rng) {
        List<Diagnosed> out = new ArrayList<>();
        int lastYear = reference.minusDays(1).getYear();
        int band = config.epidemiology().band(age);
        for (RiskFactor f : factors) {
            if (f.kind() == RiskFactor.Kind.CONDITION) {
                double share = f.reference() == null ? 1.0
                        : config.epidemiology().rates().get(f.reference()).diagnosedShare(band);
                if (share < 1.0 && config.risk().diagnosis() != null) {
                    share *= config.risk().diagnosis().of(t);
                }
                if (!rng.chance(share)) {
                    continue; // present but undiagnosed: it shows in its measurement only
                }
                int adultYears = Math.max(0, Math.min(age - 18, 12));
                int year = Math.max(lastYear - rng.nextInt(adultYears + 1), dob.getYear() + 18);
                out.add(new Diagnosed(f, year, rng.chance(0.25 + 0.65 * t.actionTendency())));
            }
        }
        return out;
    }

    /**
     * Each diagnosis dated on the timeline: at the first kept visit in or after its drawn year (the visit whose panel
     * found it; the last kept visit when none is that late), or, when the drawn year lies before the first kept
     * visit, on a day of that year in adult life before it.
     */
    private List<Diagnosis> dated(List<Diagnosed> diagnosed, List<Visit> visits, LocalDate dob, ZoneId zone,
            Rng rng) {
        List<Visit> kept = visits.stream().filter(Visit::attended).toList();
        List<Diagnosis> out = new ArrayList<>(diagnosed.size());
        for (Diagnosed d : diagnosed) {
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
                LocalDate adult = birthday(dob, 18);
                from = from.isBefore(adult) ? adult : from;
                LocalDate to = LocalDate.of(d.year(), 12, 31);
                LocalDate before = kept.isEmpty() ? reference.minusDays(2) : kept.get(0).date().minusDays(1);
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

    private static List<FamilyHistory> familyHistory(List<RiskFactor> factors, Rng rng) {
        List<FamilyHistory> family = new ArrayList<>();
        for (RiskFactor f : factors) {
            if (f.kind() == RiskFactor.Kind.FAMILY_HISTORY) {
                family.add(new FamilyHistory(f.label(), rng.pick(RELATIVES)));
            }
        }
        return family;
    }

    /** The lifestyle: the value each present factor sets, a field no factor sets drawn from the traits. */
    private static Lifestyle lifestyle(List<RiskFactor> factors, Traits t, Rng rng) {
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
        // without a weight factor: a healthy BMI, 18.5-24.9
        double bmi = (set = lifestyle(factors, "bmi")) != null ? inRange(set, rng)
                : 18.5 + rng.nextInt(65) / 10.0;
        return new Lifestyle(smoking, alcohol, activity, diet, Decimals.round(sleep, 1), stress,
                Decimals.round(bmi, 1));
    }

    /**
     * One measurement panel per kept visit, oldest first: height by sex and weight from the BMI (the same at every
     * visit of an adult), and every configured value from the range its factors imply at that visit
     * ({@link MeasurementsConfig}): a condition shows from the panel of its diagnosis on (an undiagnosed one in the
     * latest panel only: it began since the visit before), in the treated range on panels after a managed
     * condition's diagnosis; before, the value is in its normal range. A value keeps its place in its range from panel to panel, drifting a little (its
     * quantile moves by a normal of sd 0.1 around the latest panel's); the latest panel's value is triangular over
     * the range (most values near the middle, none piled up at the ends).
     */
    private List<Observation> measurements(List<RiskFactor> factors, List<Diagnosis> diagnoses, List<Visit> visits,
            String gender, double bmi, Rng rng) {
        List<Visit> kept = visits.stream().filter(Visit::attended).toList();
        if (kept.isEmpty()) {
            return List.of();
        }
        MeasurementsConfig m = config.measurements();
        MeasurementsConfig.Normal h = switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> m.height().female();
            case EpidemiologyConfig.GENDER_MALE -> m.height().male();
            default -> new MeasurementsConfig.Normal((m.height().female().mean() + m.height().male().mean()) / 2,
                    (m.height().female().sd() + m.height().male().sd()) / 2);
        };
        double heightCm = Decimals.round(rng.gaussian(h.mean(), h.sd(), h.mean() - 3 * h.sd(), h.mean() + 3 * h.sd()), 1);
        double metres = heightCm / 100;
        double weightKg = Decimals.round(bmi * metres * metres, 1);
        double[] quantile = new double[m.values().size()];
        for (int i = 0; i < quantile.length; i++) {
            quantile[i] = (rng.nextDouble() + rng.nextDouble()) / 2;
        }
        List<Observation> out = new ArrayList<>(kept.size() * (3 + m.values().size()));
        for (int k = 0; k < kept.size(); k++) {
            LocalDate date = kept.get(k).date();
            boolean latest = k == kept.size() - 1;
            List<String> treated = new ArrayList<>();
            for (Diagnosis d : diagnoses) {
                if (d.managed() && d.date().isBefore(date)) {
                    treated.add(d.factor());
                }
            }
            // a condition shows from the visit that diagnosed it on; one that is not diagnosed only at the latest
            // visit (it began since the one before): earlier panels measure in the normal range
            List<RiskFactor> present = new ArrayList<>();
            for (RiskFactor f : factors) {
                if (f.kind() != RiskFactor.Kind.CONDITION || showsAt(f, diagnoses, date, latest)) {
                    present.add(f);
                }
            }
            out.add(new Observation(m.height().code(), heightCm, m.height().unit(), date));
            out.add(new Observation(m.weight().code(), weightKg, m.weight().unit(), date));
            out.add(new Observation(m.bmi().code(), bmi, m.bmi().unit(), date));
            for (int i = 0; i < quantile.length; i++) {
                MeasurementsConfig.Value v = m.values().get(i);
                MeasurementsConfig.Range range = valueRange(v, present, treated);
                double u = latest ? quantile[i] : Math.max(0, Math.min(1, quantile[i] + rng.gaussian(0, 0.1)));
                double value = Decimals.round(range.min() + u * (range.max() - range.min()), v.decimals());
                out.add(new Observation(v.code(), value, v.unit(), date));
            }
        }
        return out;
    }

    /** Whether condition {@code f} shows in the panel of {@code date}: diagnosed by then, or undiagnosed and latest. */
    private static boolean showsAt(RiskFactor f, List<Diagnosis> diagnoses, LocalDate date, boolean latest) {
        for (Diagnosis d : diagnoses) {
            if (d.factor().equals(f.id())) {
                return !d.date().isAfter(date);
            }
        }
        return latest;
    }

    /** The range of the first rule whose factor is present ({@code treated} when treated), else the normal range. */
    static MeasurementsConfig.Range valueRange(MeasurementsConfig.Value v, List<RiskFactor> factors,
            List<String> treated) {
        for (MeasurementsConfig.When w : v.when()) {
            for (RiskFactor f : factors) {
                if (f.id().equals(w.factor())) {
                    return w.treated() != null && treated.contains(f.id()) ? w.treated() : w.range();
                }
            }
        }
        return v.normal();
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

    private static final String[] EVENT_TYPES = {"graduated", "new_job", "moved_city", "marriage", "first_child",
        "promotion", "job_loss", "divorce", "bereavement", "health_scare", "caregiving_started", "bought_home",
        "turned_30", "started_business"};

    /** Index of {@code turned_30} in {@link #EVENT_TYPES}, an event bound to the age of 30. */
    private static final int TURNED_30 = 12;
    private static final int MARRIAGE = 3;
    private static final int DIVORCE = 7;

    /**
     * A dated timeline weighted toward the transitions around the 30-year threshold: most events happen
     * between 26 and 35, and a customer aged 27–35 has one more event on average. Coherent by construction:
     * every event lies between the 18th birthday and the day before the reference date (drawn inside that
     * window, never clamped to it), {@code turned_30} only for customers who have turned 30, a divorce only
     * after a marriage and dated after it, each event with the age at its date.
     */
    private List<LifeEvent> lifeEvents(int age, LocalDate dob, Traits t, Rng rng) {
        int n = 1 + rng.nextInt(3) + (age >= 27 && age <= 35 ? 1 : 0);
        List<LifeEvent> events = new ArrayList<>();
        List<String> used = new ArrayList<>();
        LocalDate married = null;
        for (int k = 0; k < n; k++) {
            LocalDate day = eventDay(dob, rng);
            int eventAge = Period.between(dob, day).getYears();
            double[] w = eventWeights(eventAge, t);
            for (int i = 0; i < EVENT_TYPES.length; i++) {
                String type = EVENT_TYPES[i];
                if (used.contains(type) && !type.equals("new_job") && !type.equals("moved_city")) {
                    w[i] = 0;
                }
            }
            if (married == null || ChronoUnit.DAYS.between(married, reference) < 2) {
                w[DIVORCE] = 0; // a divorce needs an earlier marriage and a day after it
            }
            if (!birthday(dob, 30).isBefore(reference)) {
                w[TURNED_30] = 0; // not yet 30 on the day before the reference date
            }
            int chosen = rng.weightedIndex(w);
            String type = EVENT_TYPES[chosen];
            LocalDate date;
            if (chosen == TURNED_30) {
                date = birthday(dob, 30);
            } else if (chosen == DIVORCE) {
                date = married.plusDays(1 + rng.nextInt((int) ChronoUnit.DAYS.between(married, reference) - 1));
            } else {
                date = day;
            }
            if (chosen == MARRIAGE) {
                married = date;
            }
            used.add(type);
            events.add(new LifeEvent(date, type, describe(type), impact(type), Period.between(dob, date).getYears()));
        }
        events.sort(Comparator.comparing(LifeEvent::date).thenComparing(LifeEvent::type));
        return events;
    }

    /** The day the customer turns {@code years}: for a 29 February birth in a common year, 1 March. */
    static LocalDate birthday(LocalDate dob, int years) {
        LocalDate day = dob.plusYears(years);
        return Period.between(dob, day).getYears() < years ? day.plusDays(1) : day;
    }

    /**
     * The day of one life event in adult life, from the 18th birthday to the day before the reference date: with
     * probability 0.7 normal around age 30½ (sd 3.5 years), else uniform over adult life. A normal draw outside
     * adult life is replaced by a uniform one (never clamped: a clamp would pile events onto its bound, the
     * weeks before the reference date).
     */
    private LocalDate eventDay(LocalDate dob, Rng rng) {
        LocalDate adult = birthday(dob, 18);
        long days = ChronoUnit.DAYS.between(adult, reference);
        if (days <= 0) {
            // the 18th birthday is the reference date itself: the day before (ages are at least 18 here)
            return reference.minusDays(1);
        }
        if (rng.chance(0.7)) {
            long mean = ChronoUnit.DAYS.between(adult, birthday(dob, 30).plusDays(182));
            long offset = Math.round(rng.gaussian(mean, 3.5 * 365.25));
            if (offset >= 0 && offset < days) {
                return adult.plusDays(offset);
            }
        }
        return adult.plusDays(rng.nextInt((int) Math.min(Integer.MAX_VALUE, days)));
    }

    private static double[] eventWeights(int eventAge, Traits t) {
        double young = eventAge <= 26 ? 1.0 : 0.1;
        double threshold = eventAge >= 27 && eventAge <= 35 ? 1.0 : 0.4;
        double older = eventAge >= 35 ? 1.0 : 0.2;
        double b = t.socialBarriers();
        return new double[] {
            2.0 * young, // graduated
            1.5, // new_job
            1.0, // moved_city
            1.5 * threshold, // marriage
            1.4 * threshold, // first_child
            0.8 * threshold + 0.3 * t.organization(), // promotion
            0.3 + 0.9 * b, // job_loss
            0.6 * older, // divorce
            0.3 + 0.6 * older, // bereavement
            0.3 + 0.5 * t.healthAnxiety(), // health_scare
            0.2 + 0.8 * older, // caregiving_started
            0.9 * threshold * (1.0 - b), // bought_home
            eventAge == 30 || (eventAge >= 29 && eventAge <= 31) ? 1.2 : 0.0, // turned_30
            0.3 * (1.0 - b), // started_business
        };
    }

    private static String describe(String type) {
        return switch (type) {
            case "graduated" -> "Finished their education and started adult life on their own";
            case "new_job" -> "Started a new job with a new schedule and benefits";
            case "moved_city" -> "Moved to a new city and had to find new care providers";
            case "marriage" -> "Got married";
            case "first_child" -> "Became a parent for the first time";
            case "promotion" -> "Was promoted, with more responsibility and longer hours";
            case "job_loss" -> "Lost a job and the health insurance that came with it";
            case "divorce" -> "Went through a divorce";
            case "bereavement" -> "Lost a close family member";
            case "health_scare" -> "Had a health scare that turned out to be minor";
            case "caregiving_started" -> "Started caring for an ageing parent";
            case "bought_home" -> "Bought a first home";
            case "turned_30" -> "Turned 30 and began thinking about long-term health";
            case "started_business" -> "Started a small business";
            default -> type;
        };
    }

    private static String impact(String type) {
        return switch (type) {
            case "job_loss", "divorce", "bereavement", "health_scare" -> "negative";
            case "moved_city", "caregiving_started", "started_business", "promotion", "turned_30" -> "mixed";
            default -> "positive";
        };
    }

    private Demographics demographics(long index, PersonaConfig persona, Traits t, String gender, int age,
            LocalDate dob, List<LifeEvent> events, Rng rng) {
        List<String> firstNames = switch (gender) {
            case EpidemiologyConfig.GENDER_FEMALE -> Vocabulary.FEMALE_FIRST_NAMES;
            case EpidemiologyConfig.GENDER_MALE -> Vocabulary.MALE_FIRST_NAMES;
            default -> rng.chance(0.5) ? Vocabulary.FEMALE_FIRST_NAMES : Vocabulary.MALE_FIRST_NAMES;
        };
        String first = rng.pick(firstNames);
        String last = rng.pick(Vocabulary.LAST_NAMES);
        String email = ascii(first) + "." + ascii(last) + "." + padded(index + 1, 6) + "@" + rng.pick(EMAIL_DOMAINS);
        String phone = "+1-" + AREA_CODES[rng.nextInt(AREA_CODES.length)] + "-555-01" + padded(rng.nextInt(100), 2);
        String city = switch (rng.nextInt(3)) {
            case 0 -> rng.pick(Vocabulary.CITY_PREFIXES) + " " + rng.pick(Vocabulary.FEMALE_FIRST_NAMES)
                    + rng.pick(Vocabulary.CITY_SUFFIXES);
            case 1 -> rng.pick(Vocabulary.MALE_FIRST_NAMES) + rng.pick(Vocabulary.CITY_SUFFIXES);
            default -> rng.pick(Vocabulary.LAST_NAMES) + rng.pick(Vocabulary.CITY_SUFFIXES);
        };
        String state = config.regions().get(rng.weightedIndex(regionWeights)).name();
        List<String> occupations = persona.occupations() == null ? GENERIC_OCCUPATIONS : persona.occupations();
        // an occupation held at this age; then the education and income it allows, weighted by the traits
        List<String> open = occupations.stream().filter(o -> fitsAge(o, age)).toList();
        String occupation = rng.pick(open.isEmpty() ? occupations : open);
        Occupation requirements = config.occupations() == null ? null : config.occupations().get(occupation);
        double b = t.socialBarriers();
        double expert = Math.max(0, t.healthAwareness() - 0.85) * 8;
        String education = Occupation.EDUCATION.get(rng.weightedIndex(allowedOnly(new double[] {0.05 + 0.6 * b,
            0.15 + 0.35 * b, 0.5 - 0.3 * b + 0.2 * expert, 0.25 - 0.15 * b + 0.4 * expert, 0.02 + 0.3 * expert},
                Occupation.EDUCATION, requirements == null ? null : requirements.education())));
        boolean married = false;
        boolean divorced = false;
        boolean child = false;
        for (LifeEvent e : events) {
            switch (e.type()) {
                case "marriage" -> married = true;
                case "divorce" -> {
                    married = false;
                    divorced = true;
                }
                case "first_child" -> child = true;
                default -> { }
            }
        }
        String marital = married ? "married" : divorced ? "divorced"
                : rng.chance(Math.min(0.6, 0.15 + (age - 25) * 0.02)) ? "partnered" : "single";
        int household = 1 + (married || marital.equals("partnered") ? 1 : 0) + (child ? 1 + rng.nextInt(3) : 0);
        String income = Occupation.INCOME.get(rng.weightedIndex(allowedOnly(new double[] {0.05 + 0.6 * b,
            0.2 + 0.4 * b, 0.4, 0.3 - 0.2 * b + 0.1 * expert, 0.1 - 0.08 * b + 0.1 * expert},
                Occupation.INCOME, requirements == null ? null : requirements.income())));
        return new Demographics(first, last, gender, age, dob, email, phone, city, state, occupation, education,
                marital, household, income);
    }

    private boolean fitsAge(String occupation, int age) {
        Occupation o = config.occupations() == null ? null : config.occupations().get(occupation);
        return o == null || age >= o.minAge();
    }

    /**
     * {@code weights} with the values {@code allowed} does not hold set to 0 (all of them when it is null);
     * when nothing allowed has a weight, the allowed values equally.
     */
    private static double[] allowedOnly(double[] weights, List<String> values, List<String> allowed) {
        if (allowed == null) {
            return weights;
        }
        double[] w = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = allowed.contains(values.get(i)) ? Math.max(0, weights[i]) : 0;
            sum += w[i];
        }
        if (!(sum > 0)) {
            for (int i = 0; i < w.length; i++) {
                w[i] = allowed.contains(values.get(i)) ? 1 : 0;
            }
        }
        return w;
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
