package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<String, Double> targets = config.riskLevels();
        List<String> levels = config.riskLevelIds();
        String lowest = levels.get(0);
        Shares.Tally tally = new Shares.Tally(targets.keySet());
        Map<String, int[]> scoreRange = new LinkedHashMap<>(); // per level: lowest and highest score
        Map<String, long[]> byPersona = new LinkedHashMap<>(); // per persona: customers, those above the lowest
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                tally.add(c.riskLevel());
                int[] range = scoreRange.computeIfAbsent(String.valueOf(c.riskLevel()),
                        k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
                range[0] = Math.min(range[0], c.riskScore());
                range[1] = Math.max(range[1], c.riskScore());
                long[] p = byPersona.computeIfAbsent(String.valueOf(c.personaType()), k -> new long[2]);
                p[0]++;
                p[1] += lowest.equals(c.riskLevel()) ? 0 : 1;
            }

            @Override
            public CheckResult finish() {
                Map<String, Long> counts = tally.counts();
                List<Measurement> measurements = new ArrayList<>(Shares.against("share", counts, targets,
                        tally.total(), config.quality().riskLevelTolerance()));
                List<String> examples = new ArrayList<>(Shares.unknown(counts, targets, "risk_level"));
                long unknown = counts.entrySet().stream().filter(e -> !targets.containsKey(e.getKey()))
                        .mapToLong(Map.Entry::getValue).sum();
                measurements.add(Measurement.of("unknown_risk_level_records", unknown, null, null, 0.0, "records"));
                int overlaps = 0;
                for (int k = 0; k + 1 < levels.size(); k++) {
                    String lower = levels.get(k);
                    String higher = levels.get(k + 1);
                    int maxLower = scoreRange.getOrDefault(lower, new int[] {0, Integer.MIN_VALUE})[1];
                    int minHigher = scoreRange.getOrDefault(higher, new int[] {Integer.MAX_VALUE, 0})[0];
                    if (maxLower >= minHigher) {
                        overlaps++;
                        examples.add("a '" + lower + "' customer scores " + maxLower + " but a '" + higher
                                + "' customer scores " + minHigher);
                    }
                }
                measurements.add(Measurement.of("overlapping_risk_levels", overlaps, null, null, 0.0, "level pairs"));
                List<Double> propensity = new ArrayList<>();
                List<Double> elevated = new ArrayList<>();
                for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
                    long[] of = byPersona.get(p.getKey());
                    // a persona's share over a handful of customers is noise: ranked only from MIN_SAMPLE on
                    if (of == null || of[0] < MIN_SAMPLE) {
                        continue;
                    }
                    propensity.add(p.getValue().traits().riskPropensity());
                    elevated.add(Shares.percent(of[1], of[0]));
                }
                double rho = Stats.spearman(propensity.stream().mapToDouble(Double::doubleValue).toArray(),
                        elevated.stream().mapToDouble(Double::doubleValue).toArray());
                String profileNote;
                if (Double.isNaN(rho)) {
                    profileNote = " The per-persona risk profile is not measurable (fewer than two personas with "
                            + MIN_SAMPLE + " customers or more, equal risk_propensity, or equal shares).";
                } else {
                    measurements.add(Measurement.of("risk_profile_correlation", rho, null,
                            config.quality().minRiskProfileCorrelation(), null, "rho"));
                    profileNote = " Rank correlation of risk_propensity and share above '" + lowest + "': "
                            + Decimals.format(Decimals.round2(rho)) + ".";
                }
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = (off == 0 ? "Risk levels match their targets and are ordered by score."
                        : off + " risk measurement(s) outside their thresholds.") + profileNote;
                return CheckResult.judged(RiskLevelCheck.this, summary, measurements, examples);
            }
        };
    }
}
