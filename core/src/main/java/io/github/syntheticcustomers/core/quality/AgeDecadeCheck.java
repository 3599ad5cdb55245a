package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each age decade's share of the customers against its configured share. */
final class AgeDecadeCheck implements QualityCheck {

    @Override
    public String name() {
        return "age_decades";
    }

    @Override
    public String title() {
        return "Age decades";
    }

    @Override
    public String description() {
        return "Each age decade's share of all customers matches its configured share within the tolerance "
                + "(quality.age_decade_tolerance, plus one record of rounding); no customer is in an "
                + "unconfigured decade.";
    }

    /** The decade key of an age: {@code 34 -> "30"}. */
    static String decade(int age) {
        return Integer.toString(Math.floorDiv(age, 10) * 10);
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<String, Double> targets = config.ageDecades();
        Shares.Tally tally = new Shares.Tally(targets.keySet());
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                tally.add(decade(c.demographics().age()));
            }

            @Override
            public CheckResult finish() {
                Map<String, Long> counts = tally.counts();
                List<Measurement> measurements = new ArrayList<>(Shares.against("share", counts, targets,
                        tally.total(), config.quality().ageDecadeTolerance()));
                long outside = counts.entrySet().stream().filter(e -> !targets.containsKey(e.getKey()))
                        .mapToLong(Map.Entry::getValue).sum();
                measurements.add(Measurement.of("records_outside_configured_decades", outside, null, null, 0.0,
                        "records"));
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = off == 0
                        ? "All " + targets.size() + " age-decade shares are within tolerance of their targets."
                        : off + " age-decade measurement(s) outside tolerance; largest deviation "
                                + Decimals.format(PersonaDistributionCheck.largestDeviation(measurements)) + " points.";
                return CheckResult.judged(AgeDecadeCheck.this, summary, measurements,
                        Shares.unknown(counts, targets, "age decade"));
            }
        };
    }
}
