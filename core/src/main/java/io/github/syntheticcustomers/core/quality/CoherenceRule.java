package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.NarrativeConfig;
import io.github.syntheticcustomers.core.config.NarrativeEntry;
import io.github.syntheticcustomers.core.config.NarrativePools;
import io.github.syntheticcustomers.core.config.Occupation;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.ScreeningProgramme;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Narrative;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The coherence rules: facts about one customer that must agree with each other. Each rule is a small function
 * over one record (so it runs in constant memory over any dataset) that reports every violation it finds, with
 * the customer's id and the facts that disagree. The generator keeps them by construction; the
 * {@code coherence} quality check counts them over a dataset, so a hand-edited or stale file is caught too.
 */
public enum CoherenceRule {

    /** Nothing in a profile is dated on or after the reference date (the journey alone lies after it). */
    DATED_BEFORE_REFERENCE("every date in the profile lies before the reference date") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            LocalDate reference = config.referenceDate();
            int lastYear = reference.minusDays(1).getYear();
            before(c.id(), "date of birth", c.demographics().dateOfBirth(), reference, violation);
            for (LifeEvent e : c.lifeEvents()) {
                before(c.id(), "life event " + e.type(), e.date(), reference, violation);
            }
            ScreeningHistory s = c.healthProfile().screeningHistory();
            before(c.id(), "last screening", s.lastScreening(), reference, violation);
            Engagement g = c.engagement();
            before(c.id(), "account creation", g.accountCreated(), reference, violation);
            before(c.id(), "last activity", g.lastActive(), reference, violation);
            for (Observation o : c.healthProfile().measurements()) {
                before(c.id(), "measurement " + o.code(), o.date(), reference, violation);
            }
            for (Condition condition : c.healthProfile().conditions()) {
                if (condition.diagnosedYear() > lastYear) {
                    violation.accept(c.id() + ": " + condition.name() + " diagnosed in " + condition.diagnosedYear()
                            + ", after the reference date " + reference);
                }
            }
        }
    },

    /**
     * Conditions are diagnosed at an age their factor allows: in the year the customer turns 18 or later, or, for a
     * condition that may begin in childhood ({@code risk.factors[].childhood}), in the year of its {@code from_age}
     * birthday or later.
     */
    DIAGNOSED_AT_POSSIBLE_AGE("conditions are diagnosed in the year the customer turns 18 or later, or from the "
            + "childhood age their factor allows") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            int born = c.demographics().dateOfBirth().getYear();
            for (Condition condition : c.healthProfile().conditions()) {
                int from = 18;
                for (RiskConfig.Factor f : config.risk().factors()) {
                    if (f.kind().equals("condition") && f.label().equals(condition.name()) && f.childhood() != null) {
                        from = f.childhood().fromAge();
                    }
                }
                if (condition.diagnosedYear() < born + from) {
                    violation.accept(c.id() + ": " + condition.name() + " diagnosed in " + condition.diagnosedYear()
                            + ", before turning " + from + " (born " + c.demographics().dateOfBirth() + ")");
                }
            }
        }
    },

    /** Life events are listed in date order, each with the customer's age at its date. */
    LIFE_EVENT_AGES("life events are in date order and each states the age at its date") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            LocalDate dob = c.demographics().dateOfBirth();
            LocalDate previous = null;
            for (LifeEvent e : c.lifeEvents()) {
                int age = Period.between(dob, e.date()).getYears();
                if (age != e.ageAtEvent()) {
                    violation.accept(c.id() + ": " + e.type() + " on " + e.date() + " says age " + e.ageAtEvent()
                            + ", but the customer was " + age);
                }
                if (previous != null && e.date().isBefore(previous)) {
                    violation.accept(c.id() + ": " + e.type() + " on " + e.date() + " listed after " + previous);
                }
                previous = e.date();
            }
        }
    },

    /**
     * Life events keep their type's ages ({@code life_events}): a type bound to a birthday ({@code at_age}, such as
     * {@code turned_30}) at that age, a drawn type within its age window ({@code min_age}–{@code max_age}).
     */
    AGE_BOUND_EVENTS("a life event happens at its type's at_age and within its type's age window") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            for (LifeEvent e : c.lifeEvents()) {
                int bound = boundAge(e.type(), config);
                if (bound >= 0 && e.ageAtEvent() != bound) {
                    violation.accept(c.id() + ": " + e.type() + " at age " + e.ageAtEvent());
                }
                LifeEventsConfig.Type t = config.lifeEvents() == null ? null : config.lifeEvents().type(e.type());
                if (t != null && t.derived() == null
                        && (e.ageAtEvent() < t.youngest() || e.ageAtEvent() > t.oldest())) {
                    violation.accept(c.id() + ": " + e.type() + " at age " + e.ageAtEvent() + ", outside its ages "
                            + t.youngest() + "–" + t.oldest());
                }
            }
        }
    },

    /**
     * Marital events are in causal order and the marital status follows them: a divorce or separation only after a
     * marriage; the last marital event is a marriage for {@code married} and {@code widowed} (a widow's with a
     * bereavement after it), a divorce for {@code divorced}, a separation for {@code separated}, and there is none
     * for the never married ({@code single}, {@code partnered}).
     */
    MARITAL_HISTORY("divorces and separations follow marriages, and the marital status follows the last of them") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            String marriage = recorded(config, "marriage");
            if (marriage == null) {
                return; // the configuration records no marriage: no marital history to check
            }
            String divorce = recorded(config, "divorce");
            String separation = recorded(config, "separation");
            String widowhood = recorded(config, "widowhood");
            int marriages = 0;
            String last = null;
            LocalDate married = null;
            boolean bereavedSince = false;
            for (LifeEvent e : c.lifeEvents()) {
                if (e.type().equals(marriage)) {
                    marriages++;
                    last = marriage;
                    married = e.date();
                    bereavedSince = false;
                } else if (e.type().equals(divorce) || e.type().equals(separation)) {
                    if (marriages == 0) {
                        violation.accept(c.id() + ": " + e.type() + " on " + e.date() + " without an earlier marriage");
                    }
                    last = e.type();
                } else if (e.type().equals(widowhood) && married != null && e.date().isAfter(married)) {
                    bereavedSince = true;
                }
            }
            String status = c.demographics().maritalStatus();
            String expected = switch (status) {
                case "married", "widowed" -> marriage;
                case "divorced" -> divorce == null ? marriage : divorce;
                case "separated" -> separation == null ? marriage : separation;
                default -> null;
            };
            if (!java.util.Objects.equals(expected, last)) {
                violation.accept(c.id() + ": marital status " + status + " but the last marital event is "
                        + (last == null ? "none" : last));
            } else if (status.equals("widowed") && widowhood != null && !bereavedSince) {
                violation.accept(c.id() + ": widowed without a bereavement after the marriage");
            }
        }
    },

    /** A spouse or partner lives in the household: a married or partnered customer's household holds two or more. */
    HOUSEHOLD_HOLDS_SPOUSE_AND_CHILDREN("a married or partnered customer's household holds at least two persons, "
            + "and every household at least one") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            var d = c.demographics();
            boolean couple = d.maritalStatus().equals("married") || d.maritalStatus().equals("partnered");
            if (d.householdSize() < (couple ? 2 : 1)) {
                violation.accept(c.id() + ": " + d.maritalStatus() + " in a household of " + d.householdSize());
            }
        }
    },

    /**
     * Finishing school happens at an age the education fits: a graduation event (the type derived from
     * {@code graduation}, {@code graduated} in the seed) at the youngest age the
     * configuration gives the customer's education level ({@code social.graduation}) or later, at most one.
     */
    GRADUATION_AGE_FITS_EDUCATION("graduation happens once, no younger than the education level is finished at") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            var grad = config.social() == null ? null : config.social().graduation().get(c.demographics().education());
            int count = 0;
            for (LifeEvent e : c.lifeEvents()) {
                if (e.type().equals(recorded(config, "graduation"))) {
                    count++;
                    if (grad != null && e.ageAtEvent() < grad.min()) {
                        violation.accept(c.id() + ": " + c.demographics().education() + " finished at "
                                + e.ageAtEvent() + ", younger than " + grad.min());
                    }
                }
            }
            if (count > 1) {
                violation.accept(c.id() + ": graduated " + count + " times");
            }
        }
    },

    /**
     * Medicaid is means-tested: a customer on Medicaid earns (by the lower bound of the income bracket) less than
     * {@code social.insurance.medicaid_limit} times the poverty guideline of a household of the customer's size.
     */
    MEDICAID_INCOME_QUALIFIES("a customer on Medicaid has an income below its limit for the household's size") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            var social = config.social();
            if (social == null || !c.sdoh().insurance().equals(social.insurance().medicaidValue())) {
                return;
            }
            var d = c.demographics();
            int bracket = Occupation.INCOME.indexOf(d.incomeBracket());
            double lower = bracket <= 0 ? 0 : social.income().bracketUpper().get(bracket - 1);
            double guideline = social.poverty().firstPerson()
                    + (d.householdSize() - 1) * social.poverty().eachAdditional();
            double limit = social.insurance().medicaidLimit() * guideline;
            if (lower >= limit) {
                violation.accept(c.id() + ": on Medicaid earning " + d.incomeBracket() + " in a household of "
                        + d.householdSize() + " (limit " + Math.round(limit) + " dollars)");
            }
        }
    },

    /**
     * Screenings belong to the customer's adult life, the account to her life from {@code timeline.account.min_age}
     * and before its last use.
     */
    ADULT_RECORDS("screenings date from adulthood, the platform account from its minimum age; the account precedes "
            + "its last use") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            LocalDate adult = c.demographics().dateOfBirth().plusYears(18);
            LocalDate last = c.healthProfile().screeningHistory().lastScreening();
            if (last != null && last.isBefore(adult)) {
                violation.accept(c.id() + ": screened on " + last + ", before turning 18 on " + adult);
            }
            Engagement g = c.engagement();
            int minAge = config.timeline().account().minAge();
            if (g.accountCreated().isBefore(c.demographics().dateOfBirth().plusYears(minAge))) {
                violation.accept(c.id() + ": account created on " + g.accountCreated() + ", before turning " + minAge);
            }
            if (g.lastActive().isBefore(g.accountCreated())) {
                violation.accept(c.id() + ": last active on " + g.lastActive() + ", before the account was created on "
                        + g.accountCreated());
            }
        }
    },

    /** Age, education and income fit the occupation's entry in {@code occupations} (unlisted: unconstrained). */
    OCCUPATION_FITS("age, education and income fit the occupation") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            var d = c.demographics();
            Occupation o = config.occupations() == null ? null : config.occupations().get(d.occupation());
            if (o != null && !o.fits(d.age(), d.education(), d.incomeBracket())) {
                violation.accept(c.id() + ": " + d.occupation() + " aged " + d.age() + " with " + d.education()
                        + " earning " + d.incomeBracket() + " (the occupation asks for " + String.join("/",
                        o.education()) + ", at least " + o.minAge() + ", " + String.join("/", o.income()) + ")");
            }
        }
    },

    /**
     * The narrative tells the customer's own facts: every motivation, concern, goal and the quote is a phrase of
     * the persona's pools (or the generic ones) whose rule holds for the customer, and the family-history concern
     * names a family history the profile lists.
     */
    NARRATIVE_FITS("narrative phrases are true of the customer (their rules hold; a family history concern is listed)") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            PersonaConfig persona = config.personas().get(c.personaType());
            Narrative n = c.narrative();
            if (persona == null || n == null) {
                return; // an unknown persona is the persona check's finding
            }
            NarrativePools own = persona.narrative();
            NarrativePools generic = config.narrative().generic();
            CustomerPredicates predicates = CustomerPredicates.of(config);
            phrases(c, "motivation", n.motivations(), own == null ? null : own.motivations(), generic.motivations(),
                    predicates, null, violation);
            String familyConcern = c.healthProfile().familyHistory().isEmpty() ? null
                    : config.narrative().familyHistoryConcern().replace(NarrativeConfig.CONDITION,
                            c.healthProfile().familyHistory().get(0).condition().toLowerCase(Locale.ROOT));
            phrases(c, "concern", n.concerns(), own == null ? null : own.concerns(), generic.concerns(), predicates,
                    familyConcern, violation);
            phrases(c, "goal", n.goals(), own == null ? null : own.goals(), generic.goals(), predicates, null,
                    violation);
            quote(c, n.quote(), own == null ? null : own.quotes(), generic.quotes(), config.narrative().quoteEndings(),
                    predicates, violation);
            disposition(c, n.summary(), config, predicates, violation);
        }

        /** The quote is a phrase, or a phrase and a quote ending, each true of the customer. */
        private void quote(CustomerProfile c, String quote, List<NarrativeEntry> own, List<NarrativeEntry> generic,
                List<NarrativeEntry> endings, CustomerPredicates predicates, Consumer<String> violation) {
            if (endings != null) {
                for (NarrativeEntry ending : endings) {
                    String tail = " " + ending.text();
                    if (quote.endsWith(tail)) {
                        String base = quote.substring(0, quote.length() - tail.length());
                        NarrativeEntry entry = entry(base, own);
                        entry = entry == null ? entry(base, generic) : entry;
                        if (entry != null) {
                            if (ending.when() != null && !predicates.holds(ending.when(), c)) {
                                violation.accept(c.id() + ": quote ending '" + ending.text() + "' is not true of the "
                                        + "customer (its rule does not hold)");
                            }
                            phrases(c, "quote", List.of(base), own, generic, predicates, null, violation);
                            return;
                        }
                    }
                }
            }
            phrases(c, "quote", List.of(quote), own, generic, predicates, null, violation);
        }

        /**
         * The summary's disposition is the first of {@code narrative.dispositions} true of the customer, every note it
         * carries is true of them, and "Recently:" introduces a life event within the recent window only.
         */
        private void disposition(CustomerProfile c, String summary, GeneratorConfig config,
                CustomerPredicates predicates, Consumer<String> violation) {
            NarrativeConfig n = config.narrative();
            if (summary == null || n.dispositions() == null) {
                return;
            }
            NarrativeEntry first = null;
            for (NarrativeEntry e : n.dispositions()) {
                if (e.when() == null || predicates.holds(e.when(), c)) {
                    first = e;
                    break;
                }
            }
            for (NarrativeEntry e : n.dispositions()) {
                if (summary.contains(e.text()) && e != first) {
                    violation.accept(c.id() + ": disposition '" + e.text() + "' is not the first true of the customer"
                            + (first == null ? "" : " ('" + first.text() + "')"));
                }
            }
            if (first != null && !summary.contains(first.text())) {
                violation.accept(c.id() + ": the summary lacks the disposition '" + first.text() + "'");
            }
            if (n.dispositionNotes() != null) {
                for (NarrativeEntry e : n.dispositionNotes()) {
                    boolean holds = e.when() == null || predicates.holds(e.when(), c);
                    if (summary.contains(e.text()) != holds) {
                        violation.accept(c.id() + ": disposition note '" + e.text() + "' "
                                + (holds ? "missing though true of the customer" : "is not true of the customer"));
                    }
                }
            }
            // the summary's "Recently: <event>." (the generator's wording) only within the recent window
            List<LifeEvent> events = c.lifeEvents();
            LocalDate since = config.referenceDate().minusDays(config.scenarios().recentLifeEventDays());
            boolean recent = !events.isEmpty() && !events.get(events.size() - 1).date().isBefore(since);
            if (summary.contains("Recently: ") && !recent) {
                violation.accept(c.id() + ": the summary tells of a recent change, but no life event lies within "
                        + config.scenarios().recentLifeEventDays() + " days");
            }
        }

        private void phrases(CustomerProfile c, String what, List<String> texts, List<NarrativeEntry> own,
                List<NarrativeEntry> generic, CustomerPredicates predicates, String derived,
                Consumer<String> violation) {
            for (String text : texts) {
                if (text.equals(derived)) {
                    continue;
                }
                NarrativeEntry entry = entry(text, own);
                if (entry == null) {
                    entry = entry(text, generic);
                }
                if (entry == null) {
                    violation.accept(c.id() + ": " + what + " '" + text + "' is no phrase of the persona's or the "
                            + "generic narrative pools" + (what.equals("concern") ? " nor a listed family history" : ""));
                } else if (entry.when() != null && !predicates.holds(entry.when(), c)) {
                    violation.accept(c.id() + ": " + what + " '" + text + "' is not true of the customer (its rule "
                            + "does not hold)");
                }
            }
        }

        private NarrativeEntry entry(String text, List<NarrativeEntry> entries) {
            if (entries != null) {
                for (NarrativeEntry e : entries) {
                    if (e.text().equals(text)) {
                        return e;
                    }
                }
            }
            return null;
        }
    },

    /**
     * Measurements agree with each other, with the screening history and with the diagnoses: one panel per kept
     * screening visit (none without a screening history; the latest on the last screening's date), holding height,
     * weight and BMI and the values of the programmes the visit screened, all of a programme's values or none; the
     * last screening of each measuring programme is a panel with its values; in each
     * panel the BMI observation is the lifestyle BMI and weight / height²; on a panel of a later year than a
     * diagnosis the condition measures at or above its cut-off on a value that cuts it (a managed one lower by at most
     * its largest treatment effect); every value lies within its configured limits.
     */
    MEASUREMENTS_AGREE("measurements agree with the screening history, the BMI, each other and the diagnoses") {
        @Override
        void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation) {
            MeasurementsConfig m = config.measurements();
            var h = c.healthProfile();
            var screening = h.screeningHistory();
            List<java.time.LocalDate> dates = h.panelDates();
            if (dates.isEmpty() != !screening.hasHistory()) {
                violation.accept(c.id() + ": " + dates.size() + " measurement panel(s) with has_history "
                        + screening.hasHistory());
            } else if (!dates.isEmpty() && !dates.get(dates.size() - 1).equals(screening.lastScreening())) {
                violation.accept(c.id() + ": latest panel " + dates.get(dates.size() - 1) + " is not the last "
                        + "screening " + screening.lastScreening());
            }
            for (java.time.LocalDate date : dates) {
                panel(c, config, m, h.panel(date), date, violation);
            }
            // the programme entries agree with the panels: the last kept visit of a measuring programme is a panel
            // with every value the programme records
            for (ProgrammeScreening p : screening.programmes()) {
                ScreeningProgramme programme = config.timeline().screening().programmes().get(p.id());
                if (programme == null || p.lastScreening() == null) {
                    continue;
                }
                List<Observation> panel = h.panel(p.lastScreening());
                for (String code : programme.measures()) {
                    if (find(panel, code) == null) {
                        violation.accept(c.id() + ": programme " + p.id() + " last screened on " + p.lastScreening()
                                + ", whose panel lacks " + code);
                    }
                }
            }
        }

        private void panel(CustomerProfile c, GeneratorConfig config, MeasurementsConfig m, List<Observation> panel,
                java.time.LocalDate date, Consumer<String> violation) {
            Observation height = find(panel, m.height().code());
            Observation weight = find(panel, m.weight().code());
            Observation bmi = find(panel, m.bmi().code());
            if (height == null || weight == null || bmi == null) {
                violation.accept(c.id() + ": the panel of " + date + " lacks one of the measurements "
                        + m.height().code() + ", " + m.weight().code() + ", " + m.bmi().code());
            } else {
                double metres = height.value() / 100;
                double computed = weight.value() / (metres * metres);
                double lifestyle = c.healthProfile().lifestyle().bmi();
                if (Math.abs(bmi.value() - lifestyle) > 0.05 || Math.abs(computed - bmi.value()) > 0.06) {
                    violation.accept(c.id() + ": BMI " + bmi.value() + " (lifestyle " + lifestyle
                            + ") does not match " + weight.value() + " kg at " + height.value() + " cm");
                }
            }
            // a programme's values come together: a panel with one of them has all (none without its programme)
            for (ScreeningProgramme programme : config.timeline().screening().programmes().values()) {
                long found = programme.measures().stream().filter(code -> find(panel, code) != null).count();
                if (found > 0 && found < programme.measures().size()) {
                    violation.accept(c.id() + ": the panel of " + date + " has " + found + " of the values "
                            + programme.measures() + " its programme records together");
                }
            }
            for (MeasurementsConfig.Value v : m.values()) {
                Observation o = find(panel, v.code());
                if (o == null) {
                    continue; // not measured at that visit: it did not screen the value's programme
                }
                if (o.value() < v.limits().min() - SLACK || o.value() > v.limits().max() + SLACK) {
                    violation.accept(c.id() + ": " + v.code() + " " + Measurement.text(o.value()) + " " + o.unit()
                            + " lies outside its limits " + Measurement.text(v.limits().min()) + "-"
                            + Measurement.text(v.limits().max()));
                }
            }
            // a diagnosed condition shows on the panels of later years: at or above its cut-off on a value that cuts
            // it, less the largest treatment effect when it is managed
            for (RiskConfig.Factor f : config.risk().factors()) {
                Condition diagnosed = f.kind().equals("condition") ? diagnosedCondition(c, config, f.id()) : null;
                if (diagnosed == null || date.getYear() <= diagnosed.diagnosedYear()) {
                    continue;
                }
                boolean cut = false;
                boolean shows = false;
                StringBuilder seen = new StringBuilder();
                StringBuilder floors = new StringBuilder();
                for (MeasurementsConfig.Value v : m.values()) {
                    for (MeasurementsConfig.Cut k : v.cuts()) {
                        Observation o = find(panel, v.code());
                        if (!k.factor().equals(f.id()) || o == null) {
                            continue;
                        }
                        cut = true;
                        double floor = floor(v, k, diagnosed.managed());
                        shows |= o.value() >= floor - SLACK;
                        seen.append(seen.length() == 0 ? "" : " and ").append(v.code()).append(' ')
                                .append(Measurement.text(o.value())).append(' ').append(o.unit());
                        floors.append(floors.length() == 0 ? "" : " / ").append(Measurement.text(floor));
                    }
                }
                if (cut && !shows) {
                    violation.accept(c.id() + ": " + seen + " on " + date + " with " + (diagnosed.managed() ? "managed "
                            : "unmanaged ") + diagnosed.name() + " (diagnosed " + diagnosed.diagnosedYear()
                            + "), below " + floors);
                }
            }
        }

        /**
         * The lowest value a diagnosed condition measures at on cut {@code k}: the cut itself, or for a managed one
         * with a treatment the cut lowered by the largest effect (one rounding step of slack).
         */
        private double floor(MeasurementsConfig.Value v, MeasurementsConfig.Cut k, boolean managed) {
            MeasurementsConfig.Treatment t = v.treatment();
            if (!managed || t == null || !t.factor().equals(k.factor())) {
                return k.at();
            }
            double step = 1 / Math.pow(10, v.decimals());
            double lowered = Boolean.TRUE.equals(t.relative()) ? k.at() * (1 + t.min() / 100) : k.at() + t.min();
            return Math.max(v.limits().min(), lowered - step);
        }

        private Observation find(List<Observation> panel, String code) {
            for (Observation o : panel) {
                if (o.code().equals(code)) {
                    return o;
                }
            }
            return null;
        }
    };

    /** Values have at most two decimals: half a hundredth of slack on comparisons. */
    static final double SLACK = 0.005;

    /** The life-event type that records social-frame fact {@code fact} ({@code derived.from}), or null. */
    static String recorded(GeneratorConfig config, String fact) {
        LifeEventsConfig.Type t = config.lifeEvents() == null ? null : config.lifeEvents().derivedFrom(fact);
        return t == null ? null : t.id();
    }

    private final String description;

    CoherenceRule(String description) {
        this.description = description;
    }

    /** Reports every violation of this rule by {@code c} (a customer of a dataset of {@code config}). */
    abstract void check(CustomerProfile c, GeneratorConfig config, Consumer<String> violation);

    /** What the rule requires, in a sentence. */
    public String description() {
        return description;
    }

    /** The rule's id in quality reports, e.g. {@code dated_before_reference}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every violation of every rule by {@code c}, each prefixed with the rule id. */
    public static List<String> violations(CustomerProfile c, GeneratorConfig config) {
        List<String> out = new java.util.ArrayList<>();
        for (CoherenceRule rule : values()) {
            rule.check(c, config, v -> out.add(rule.id() + ": " + v));
        }
        return out;
    }

    /** The diagnosed condition of the risk factor {@code factorId}, or null. */
    private static Condition diagnosedCondition(CustomerProfile c, GeneratorConfig config, String factorId) {
        for (RiskConfig.Factor f : config.risk().factors()) {
            if (f.id().equals(factorId)) {
                for (Condition condition : c.healthProfile().conditions()) {
                    if (condition.name().equals(f.label())) {
                        return condition;
                    }
                }
            }
        }
        return null;
    }

    private static void before(String id, String what, LocalDate date, LocalDate reference,
            Consumer<String> violation) {
        if (date != null && !date.isBefore(reference)) {
            violation.accept(id + ": " + what + " on " + date + ", not before the reference date " + reference);
        }
    }

    /** The age life-event type {@code type} is bound to ({@code life_events.types[].at_age}), or -1. */
    static int boundAge(String type, GeneratorConfig config) {
        LifeEventsConfig.Type t = config.lifeEvents() == null ? null : config.lifeEvents().type(type);
        return t == null || t.atAge() == null ? -1 : t.atAge();
    }
}
