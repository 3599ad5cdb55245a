package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each persona's share of the customers against its configured share. */
final class PersonaDistributionCheck implements QualityCheck {

    @Override
    public String name() {
        return "persona_distribution";
    }

    @Override
    public String title() {
        return "Persona distribution";
    }

    @Override
    public String description() {
        return "Each persona's share of all customers matches its configured share within the tolerance "
                + "(quality.persona_share_tolerance, plus one record of rounding); no customer has an "
                + "unconfigured persona.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<String, Double> targets = new LinkedHashMap<>();
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            targets.put(e.getKey(), e.getValue().share());
        }
        Shares.Tally tally = new Shares.Tally(targets.keySet());
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                tally.add(c.personaType());
            }

            @Override
            public CheckResult finish() {
                Map<String, Long> counts = tally.counts();
                List<Measurement> measurements = new ArrayList<>(Shares.against("share", counts, targets,
                        tally.total(), config.quality().personaShareTolerance()));
                List<String> unknown = Shares.unknown(counts, targets, "persona_type");
                long unknownRecords = counts.entrySet().stream().filter(e -> !targets.containsKey(e.getKey()))
                        .mapToLong(Map.Entry::getValue).sum();
                measurements.add(Measurement.of("unknown_persona_records", unknownRecords, null, null, 0.0,
                        "records"));
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = off == 0
                        ? "All " + targets.size() + " persona shares are within tolerance of their targets."
                        : off + " persona measurement(s) outside tolerance; largest deviation "
                                + Decimals.format(largestDeviation(measurements)) + " points.";
                return CheckResult.judged(PersonaDistributionCheck.this, summary, measurements, unknown);
            }
        };
    }

    static double largestDeviation(List<Measurement> measurements) {
        return measurements.stream().filter(m -> m.expected() != null)
                .mapToDouble(m -> Math.abs(m.value() - m.expected())).max().orElse(0);
    }
}
