package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Risk levels: the marginal against the configured shares, levels ordered by risk score (every customer
 * of a higher level scores above every customer of a lower one), and per-persona profiles that follow
 * the personas' {@code risk_propensity}.
 */
final class RiskLevelCheck implements QualityCheck {

    @Override
    public String name() {
        return "risk_levels";
    }

    @Override
    public String title() {
        return "Risk levels";
    }

    @Override
    public String description() {
        return "Each risk level's share matches its configured share (quality.risk_level_tolerance, plus one "
                + "record of rounding); risk levels are ordered by risk score without overlap; personas with a "
                + "higher risk_propensity have more customers above the lowest level (rank correlation at least "
                + "quality.min_risk_profile_correlation).";
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<CustomerProfile> customers = dataset.customers();
        if (customers.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no customers.");
        }
        Map<String, Double> targets = config.riskLevels();
        Map<String, Long> counts = Shares.count(customers, targets.keySet(), CustomerProfile::riskLevel);
        List<Measurement> measurements = new ArrayList<>(Shares.against("share", counts, targets,
                customers.size(), config.quality().riskLevelTolerance()));
        List<String> examples = new ArrayList<>(Shares.unknown(counts, targets, "risk_level"));
        long unknown = counts.entrySet().stream().filter(e -> !targets.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        measurements.add(Measurement.of("unknown_risk_level_records", unknown, null, null, 0.0, "records"));

        List<String> levels = config.riskLevelIds();
        int overlaps = 0;
        for (int k = 0; k + 1 < levels.size(); k++) {
            String lower = levels.get(k);
            String higher = levels.get(k + 1);
            int maxLower = customers.stream().filter(c -> lower.equals(c.riskLevel()))
                    .mapToInt(CustomerProfile::riskScore).max().orElse(Integer.MIN_VALUE);
            int minHigher = customers.stream().filter(c -> higher.equals(c.riskLevel()))
                    .mapToInt(CustomerProfile::riskScore).min().orElse(Integer.MAX_VALUE);
            if (maxLower >= minHigher) {
                overlaps++;
                examples.add("a '" + lower + "' customer scores " + maxLower + " but a '" + higher
                        + "' customer scores " + minHigher);
            }
        }
        measurements.add(Measurement.of("overlapping_risk_levels", overlaps, null, null, 0.0, "level pairs"));

        String lowest = levels.get(0);
        List<Double> propensity = new ArrayList<>();
        List<Double> elevated = new ArrayList<>();
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            List<CustomerProfile> of = customers.stream().filter(c -> p.getKey().equals(c.personaType())).toList();
            if (of.isEmpty()) {
                continue;
            }
            long above = of.stream().filter(c -> !lowest.equals(c.riskLevel())).count();
            propensity.add(p.getValue().traits().riskPropensity());
            elevated.add(Shares.percent(above, of.size()));
        }
        double rho = Stats.spearman(propensity.stream().mapToDouble(Double::doubleValue).toArray(),
                elevated.stream().mapToDouble(Double::doubleValue).toArray());
        String profileNote;
        if (Double.isNaN(rho)) {
            profileNote = " The per-persona risk profile is not measurable (fewer than two personas, equal "
                    + "risk_propensity, or equal shares).";
        } else {
            measurements.add(Measurement.of("risk_profile_correlation", rho, null,
                    config.quality().minRiskProfileCorrelation(), null, "rho"));
            profileNote = " Rank correlation of risk_propensity and share above '" + lowest + "': "
                    + Decimals.format(Decimals.round2(rho)) + ".";
        }
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = (off == 0 ? "Risk levels match their targets and are ordered by score."
                : off + " risk measurement(s) outside their thresholds.") + profileNote;
        return CheckResult.judged(this, summary, measurements, examples);
    }
}
