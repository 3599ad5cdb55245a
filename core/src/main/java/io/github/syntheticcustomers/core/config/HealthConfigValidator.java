package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.identifier;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code epidemiology} and {@code measurements} sections; the first problem is thrown as a located
 * {@link ConfigException}. Age bands ascend from 18 or below; every rate cites a source and gives one probability
 * per band, either {@code all} or both {@code female} and {@code male}; a {@code diagnosed} share belongs to a
 * condition that a measurement reveals (an undiagnosed case must show somewhere). Measurements name known risk
 * factors in their cut-offs (at most two per value, the ordered members of one group; a factor cut by two values is
 * a correlated pair), lie inside ascending limits, and give a population mean and spread per age band.
 */
final class HealthConfigValidator {

    private static final String RATES = "one probability 0.0–1.0 per age band";

    private HealthConfigValidator() {
    }

    static void validateEpidemiology(EpidemiologyConfig e, ConfigParser.Locator at) {
        required(e, "epidemiology", "{ age_bands, tolerance, min_band_records, rates }", at);
        List<Integer> bands = required(e.ageBands(), "epidemiology.age_bands", "first ages, ascending, from 18", at);
        if (bands.isEmpty() || bands.get(0) > 18) {
            throw at.error("epidemiology.age_bands", "does not cover adults from 18", bands.toString(),
                    "a first band starting at 18 or below");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i) <= bands.get(i - 1) || bands.get(i) > ConfigValidator.MAX_AGE) {
                throw at.error("epidemiology.age_bands." + i, "is not above the previous band's first age",
                        String.valueOf(bands.get(i)), "ages ascending, up to " + ConfigValidator.MAX_AGE);
            }
        }
        number("epidemiology.tolerance", required(e.tolerance(), "epidemiology.tolerance", "rate points 0.0–1.0", at),
                0, 1, "rate points 0.0–1.0", at);
        number("epidemiology.min_band_records", required(e.minBandRecords(), "epidemiology.min_band_records",
                "a count of at least 1", at), 1, Integer.MAX_VALUE, "a count of at least 1", at);
        Map<String, EpidemiologyConfig.Rate> rates = required(e.rates(), "epidemiology.rates",
                "rates by id: { label, source, definition, all | female + male }", at);
        for (Map.Entry<String, EpidemiologyConfig.Rate> entry : rates.entrySet()) {
            String base = "epidemiology.rates." + entry.getKey();
            identifier(base, entry.getKey(), "a rate id such as hypertension", at);
            EpidemiologyConfig.Rate r = required(entry.getValue(), base, "{ label, source, all | female + male }", at);
            text(base + ".label", r.label(), at);
            text(base + ".source", r.source(), at);
            if (r.all() != null && (r.female() != null || r.male() != null)) {
                throw at.error(base + ".all", "is given with rates by sex", r.all().toString(),
                        "either all, or female and male");
            }
            if (r.all() == null) {
                perBand(base + ".female", required(r.female(), base + ".female", "all, or female and male", at),
                        bands.size(), at);
                perBand(base + ".male", required(r.male(), base + ".male", "all, or female and male", at),
                        bands.size(), at);
            } else {
                perBand(base + ".all", r.all(), bands.size(), at);
            }
            if (r.diagnosed() != null) {
                perBand(base + ".diagnosed", r.diagnosed(), bands.size(), at);
            }
        }
    }

    private static void text(String prop, String value, ConfigParser.Locator at) {
        if (required(value, prop, "a non-blank text", at).isBlank()) {
            throw at.error(prop, "is blank", "''", "a non-blank text");
        }
    }

    private static void perBand(String prop, List<Double> values, int bands, ConfigParser.Locator at) {
        if (values.size() != bands) {
            throw at.error(prop, "has " + values.size() + " rates for " + bands + " age bands", values.toString(),
                    RATES);
        }
        for (int i = 0; i < values.size(); i++) {
            number(prop + "." + i, required(values.get(i), prop + "." + i, RATES, at), 0, 1, RATES, at);
        }
    }

    static void validateMeasurements(GeneratorConfig config, ConfigParser.Locator at) {
        MeasurementsConfig m = required(config.measurements(), "measurements",
                "{ height, weight, bmi, panel_drift, values }", at);
        Set<String> codes = new HashSet<>();
        MeasurementsConfig.Height h = required(m.height(), "measurements.height", "{ code, unit, female, male }", at);
        code("measurements.height", h.code(), h.unit(), codes, at);
        normal("measurements.height.female", h.female(), at);
        normal("measurements.height.male", h.male(), at);
        MeasurementsConfig.Code w = required(m.weight(), "measurements.weight", "{ code, unit }", at);
        code("measurements.weight", w.code(), w.unit(), codes, at);
        number("measurements.panel_drift", required(m.panelDrift(), "measurements.panel_drift",
                "a standard deviation 0.0–1.0", at), 0, 1, "a standard deviation 0.0–1.0", at);
        int bands = config.epidemiology().ageBands().size();
        Map<String, RiskConfig.Factor> factors = new LinkedHashMap<>();
        for (RiskConfig.Factor f : config.risk().factors()) {
            factors.put(f.id(), f);
        }
        List<String> factorIds = List.copyOf(factors.keySet());
        // the values that cut each factor, to check that a factor cut twice is a correlated pair
        Map<String, List<String>> cutBy = new LinkedHashMap<>();
        MeasurementsConfig.Value bmi = required(m.bmi(), "measurements.bmi",
                "{ code, label, unit, decimals, transform, population, cuts, limits, source }", at);
        value("measurements.bmi", bmi, bands, factors, factorIds, codes, cutBy, at);
        for (MeasurementsConfig.Cut c : bmi.cuts() == null ? List.<MeasurementsConfig.Cut>of() : bmi.cuts()) {
            RiskConfig.LifestyleValue lv = factors.get(c.factor()).lifestyle();
            if (lv == null || !lv.field().equals("bmi")) {
                throw at.error("measurements.bmi.cuts", "factor '" + c.factor() + "' does not set the lifestyle BMI",
                        c.factor(), "a lifestyle factor with lifestyle.field bmi");
            }
        }
        if (bmi.treatment() != null || bmi.correlation() != null) {
            throw at.error("measurements.bmi." + (bmi.treatment() != null ? "treatment" : "correlation"),
                    "is not for the BMI", null, "cuts and limits only");
        }
        List<MeasurementsConfig.Value> values = required(m.values(), "measurements.values",
                "a list of { code, label, unit, decimals, transform, population, cuts, limits, source }", at);
        for (int i = 0; i < values.size(); i++) {
            String base = "measurements.values." + i;
            MeasurementsConfig.Value v = required(values.get(i), base,
                    "{ code, label, unit, decimals, transform, population, cuts, limits, source }", at);
            value(base, v, bands, factors, factorIds, codes, cutBy, at);
        }
        for (int i = 0; i < values.size(); i++) {
            jointCuts("measurements.values." + i, values.get(i), values, factors, cutBy, at);
        }
        for (int i = 0; i < config.risk().factors().size(); i++) {
            RiskConfig.Factor f = config.risk().factors().get(i);
            EpidemiologyConfig.Rate rate = f.reference() == null ? null
                    : config.epidemiology().rates().get(f.reference());
            boolean measured = f.kind().equals("condition") && cutBy.containsKey(f.id());
            if (rate != null && rate.diagnosed() != null && !measured) {
                throw at.error("risk.factors." + i + ".reference", "rate '" + f.reference() + "' has a diagnosed share "
                        + "but factor '" + f.id() + "' is not a condition a measurement reveals", f.reference(),
                        "a condition named by a measurements.values[].cuts, or a rate without diagnosed");
            }
        }
    }

    /** One value: its code, label, decimals, scale, population, cuts (ascending, inside the soft limits), limits. */
    private static void value(String base, MeasurementsConfig.Value v, int bands, Map<String, RiskConfig.Factor> factors,
            List<String> factorIds, Set<String> codes, Map<String, List<String>> cutBy, ConfigParser.Locator at) {
        code(base, v.code(), v.unit(), codes, at);
        text(base + ".label", v.label(), at);
        text(base + ".source", v.source(), at);
        number(base + ".decimals", required(v.decimals(), base + ".decimals", "0–2", at), 0, 2, "0–2", at);
        double lambda = required(v.transform(), base + ".transform", "a Box-Cox λ -3–3 (0: log, 1: linear)", at);
        number(base + ".transform", lambda, -3, 3, "a Box-Cox λ -3–3 (0: log, 1: linear)", at);
        MeasurementsConfig.Limits l = required(v.limits(), base + ".limits", "{ min, low, high, max }", at);
        double min = required(l.min(), base + ".limits.min", "a number", at);
        double low = required(l.low(), base + ".limits.low", "a number above min", at);
        double high = required(l.high(), base + ".limits.high", "a number above low", at);
        double max = required(l.max(), base + ".limits.max", "a number above high", at);
        if (!(min < low && low < high && high < max)) {
            throw at.error(base + ".limits", "is not ascending", min + ", " + low + ", " + high + ", " + max,
                    "min < low < high < max");
        }
        if (lambda != 1 && !(min > 0)) {
            throw at.error(base + ".limits.min", "is not positive on a Box-Cox scale", String.valueOf(min),
                    "a minimum above 0 (or transform: 1)");
        }
        MeasurementsConfig.Population p = required(v.population(), base + ".population", "{ female, male }", at);
        population(base + ".population.female", required(p.female(), base + ".population.female",
                "one { mean, sd } per age band", at), bands, low, high, at);
        population(base + ".population.male", required(p.male(), base + ".population.male",
                "one { mean, sd } per age band", at), bands, low, high, at);
        List<MeasurementsConfig.Cut> cuts = v.cuts() == null ? List.of() : v.cuts();
        if (cuts.size() > 2) {
            throw at.error(base + ".cuts", "has " + cuts.size() + " cut-offs", String.valueOf(cuts.size()),
                    "at most two: one factor, or two ordered members of one factor group");
        }
        for (int k = 0; k < cuts.size(); k++) {
            String cb = base + ".cuts." + k;
            MeasurementsConfig.Cut c = required(cuts.get(k), cb, "{ factor, at }", at);
            String factor = required(c.factor(), cb + ".factor", "a risk.factors id", at);
            oneOf(cb + ".factor", factor, factorIds, "risk factor", at);
            double cut = required(c.at(), cb + ".at", "a number between limits.low and limits.high", at);
            if (!(cut > low && cut < high)) {
                throw at.error(cb + ".at", "lies outside the soft limits", String.valueOf(cut),
                        "a number between limits.low (" + low + ") and limits.high (" + high + ")");
            }
            if (k > 0 && !(cut > cuts.get(k - 1).at())) {
                throw at.error(cb + ".at", "is not above the previous cut", String.valueOf(cut), "cuts ascending");
            }
            cutBy.computeIfAbsent(factor, x -> new ArrayList<>()).add(v.code());
        }
        if (cuts.size() == 2) {
            RiskConfig.Factor lower = factors.get(cuts.get(0).factor());
            RiskConfig.Factor upper = factors.get(cuts.get(1).factor());
            if (lower.group() == null || !lower.group().equals(upper.group())
                    || factorIds.indexOf(upper.id()) > factorIds.indexOf(lower.id())) {
                throw at.error(base + ".cuts", "cuts two factors that are not ordered members of one group",
                        lower.id() + ", " + upper.id(), "two factors of one group, the higher cut's factor listed first "
                        + "in risk.factors (its liability band is the higher one)");
            }
        }
        MeasurementsConfig.Treatment t = v.treatment();
        if (t != null) {
            String tb = base + ".treatment";
            String factor = required(t.factor(), tb + ".factor", "a condition this value cuts", at);
            boolean cutHere = cuts.stream().anyMatch(c -> c.factor().equals(factor));
            if (!cutHere || !factors.get(factor).kind().equals("condition")) {
                throw at.error(tb + ".factor", "is not a condition this value cuts", factor,
                        "one of " + cuts.stream().map(MeasurementsConfig.Cut::factor).toList());
            }
            boolean relative = required(t.relative(), tb + ".relative", "true (percent) or false (the value's unit)",
                    at);
            double lo = required(t.min(), tb + ".min", "the largest lowering, a negative number", at);
            double hi = required(t.max(), tb + ".max", "the smallest lowering, at least min", at);
            number(tb + ".min", lo, relative ? -90 : -1000, 0, relative ? "-90–0 percent" : "a lowering -1000–0", at);
            number(tb + ".max", hi, lo, 0, "min–0", at);
            text(tb + ".source", t.source(), at);
        }
    }

    /** A factor cut by two values: each cuts it once and one names the other as its correlated partner. */
    private static void jointCuts(String base, MeasurementsConfig.Value v, List<MeasurementsConfig.Value> values,
            Map<String, RiskConfig.Factor> factors, Map<String, List<String>> cutBy, ConfigParser.Locator at) {
        MeasurementsConfig.Correlation c = v.correlation();
        for (MeasurementsConfig.Cut cut : v.cuts() == null ? List.<MeasurementsConfig.Cut>of() : v.cuts()) {
            List<String> by = cutBy.get(cut.factor());
            if (by.size() > 2) {
                throw at.error(base + ".cuts", "factor '" + cut.factor() + "' is cut by " + by.size() + " values",
                        by.toString(), "one value, or two correlated values");
            }
            if (by.size() == 2) {
                if (v.cuts().size() != 1) {
                    throw at.error(base + ".cuts", "cuts a factor another value cuts too, and another", cut.factor(),
                            "a single cut on each of two correlated values");
                }
                String other = by.get(0).equals(v.code()) ? by.get(1) : by.get(0);
                MeasurementsConfig.Value partner = values.stream().filter(x -> x.code().equals(other)).findFirst()
                        .orElseThrow();
                boolean linked = c != null && other.equals(c.with())
                        || partner.correlation() != null && v.code().equals(partner.correlation().with());
                if (!linked) {
                    throw at.error(base + ".correlation", "is missing: factor '" + cut.factor() + "' is cut by "
                            + v.code() + " and " + other, null, "correlation: { with: " + other + ", r }");
                }
            }
        }
        if (c != null) {
            String with = required(c.with(), base + ".correlation.with", "another value's code", at);
            List<String> codes = values.stream().map(MeasurementsConfig.Value::code).filter(x -> !x.equals(v.code()))
                    .toList();
            oneOf(base + ".correlation.with", with, codes, "value code", at);
            number(base + ".correlation.r", required(c.r(), base + ".correlation.r", "a correlation -0.95–0.95", at),
                    -0.95, 0.95, "a correlation -0.95–0.95", at);
            text(base + ".correlation.source", c.source(), at);
        }
    }

    private static void population(String base, List<MeasurementsConfig.Normal> normals, int bands, double low,
            double high, ConfigParser.Locator at) {
        if (normals.size() != bands) {
            throw at.error(base, "has " + normals.size() + " entries for " + bands + " age bands",
                    String.valueOf(normals.size()), "one { mean, sd } per epidemiology age band");
        }
        for (int i = 0; i < normals.size(); i++) {
            MeasurementsConfig.Normal n = required(normals.get(i), base + "." + i, "{ mean, sd }", at);
            double mean = required(n.mean(), base + "." + i + ".mean", "a mean between limits.low and limits.high",
                    at);
            number(base + "." + i + ".mean", mean, low, high, "a mean between limits.low (" + low
                    + ") and limits.high (" + high + ")", at);
            double sd = required(n.sd(), base + "." + i + ".sd", "a standard deviation above 0", at);
            if (!(sd > 0) || sd > high - low) {
                throw at.error(base + "." + i + ".sd", "out of range", String.valueOf(sd),
                        "a standard deviation above 0, at most limits.high - limits.low");
            }
        }
    }

    private static void code(String base, String code, String unit, Set<String> codes, ConfigParser.Locator at) {
        identifier(base + ".code", code, "an observation code such as systolic_bp", at);
        if (!codes.add(code)) {
            throw at.error(base + ".code", "observation code '" + code + "' is used twice", code, "each code once");
        }
        String u = required(unit, base + ".unit", "a UCUM unit such as mm[Hg]", at);
        if (u.isBlank()) {
            throw at.error(base + ".unit", "is blank", "''", "a UCUM unit such as mm[Hg]");
        }
    }

    private static void normal(String base, MeasurementsConfig.Normal n, ConfigParser.Locator at) {
        required(n, base, "{ mean, sd }", at);
        number(base + ".mean", required(n.mean(), base + ".mean", "a positive number", at), 0, 1000,
                "a number 0–1000", at);
        number(base + ".sd", required(n.sd(), base + ".sd", "a number 0–100", at), 0, 100, "a number 0–100", at);
    }

}
