package io.github.syntheticcustomers.core.config;

import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.identifier;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.number;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.oneOf;
import static io.github.syntheticcustomers.core.config.JourneyConfigValidator.required;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code epidemiology} and {@code measurements} sections; the first problem is thrown as a located
 * {@link ConfigException}. Age bands ascend from 18 or below; every rate cites a source and gives one probability
 * per band, either {@code all} or both {@code female} and {@code male}; a {@code diagnosed} share belongs to a
 * condition that a measurement reveals (an undiagnosed case must show somewhere). Measurements name known risk
 * factors, with ranges whose minimum is not above their maximum.
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
                "{ height, weight, bmi, values }", at);
        Set<String> codes = new HashSet<>();
        MeasurementsConfig.Height h = required(m.height(), "measurements.height", "{ code, unit, female, male }", at);
        code("measurements.height", h.code(), h.unit(), codes, at);
        normal("measurements.height.female", h.female(), at);
        normal("measurements.height.male", h.male(), at);
        MeasurementsConfig.Code w = required(m.weight(), "measurements.weight", "{ code, unit }", at);
        code("measurements.weight", w.code(), w.unit(), codes, at);
        MeasurementsConfig.Code b = required(m.bmi(), "measurements.bmi", "{ code, unit }", at);
        code("measurements.bmi", b.code(), b.unit(), codes, at);
        List<String> factorIds = new ArrayList<>();
        for (RiskConfig.Factor f : config.risk().factors()) {
            factorIds.add(f.id());
        }
        Set<String> revealed = new HashSet<>();
        List<MeasurementsConfig.Value> values = required(m.values(), "measurements.values",
                "a list of { code, label, unit, decimals, normal, when }", at);
        for (int i = 0; i < values.size(); i++) {
            String base = "measurements.values." + i;
            MeasurementsConfig.Value v = required(values.get(i), base, "{ code, label, unit, decimals, normal }", at);
            code(base, v.code(), v.unit(), codes, at);
            text(base + ".label", v.label(), at);
            number(base + ".decimals", required(v.decimals(), base + ".decimals", "0–2", at), 0, 2, "0–2", at);
            range(base + ".normal", required(v.normal(), base + ".normal", "{ min, max }", at), at);
            List<MeasurementsConfig.When> when = v.when() == null ? List.of() : v.when();
            for (int k = 0; k < when.size(); k++) {
                String wb = base + ".when." + k;
                MeasurementsConfig.When rule = required(when.get(k), wb, "{ factor, range, treated }", at);
                String factor = required(rule.factor(), wb + ".factor", "a risk.factors id", at);
                oneOf(wb + ".factor", factor, factorIds, "risk factor", at);
                range(wb + ".range", required(rule.range(), wb + ".range", "{ min, max }", at), at);
                if (rule.treated() != null) {
                    range(wb + ".treated", rule.treated(), at);
                }
                revealed.add(factor);
            }
        }
        for (int i = 0; i < config.risk().factors().size(); i++) {
            RiskConfig.Factor f = config.risk().factors().get(i);
            EpidemiologyConfig.Rate rate = f.reference() == null ? null
                    : config.epidemiology().rates().get(f.reference());
            boolean measured = f.kind().equals("condition") && revealed.contains(f.id());
            if (rate != null && rate.diagnosed() != null && !measured) {
                throw at.error("risk.factors." + i + ".reference", "rate '" + f.reference() + "' has a diagnosed share "
                        + "but factor '" + f.id() + "' is not a condition a measurement reveals", f.reference(),
                        "a condition named by a measurements.values[].when, or a rate without diagnosed");
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

    private static void range(String base, MeasurementsConfig.Range r, ConfigParser.Locator at) {
        double lo = required(r.min(), base + ".min", "a number", at);
        double hi = required(r.max(), base + ".max", "a number", at);
        if (lo > hi) {
            throw at.error(base, "min is greater than max", lo + " > " + hi, "min <= max");
        }
    }
}
