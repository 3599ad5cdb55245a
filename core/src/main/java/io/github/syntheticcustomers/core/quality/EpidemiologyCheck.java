package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Epidemiology: every referenced rate, in every age band with at least {@code epidemiology.min_band_records}
 * customers, lies within {@code epidemiology.tolerance} rate points plus three binomial standard errors of the
 * rate the customers' traits imply (reference × persona multipliers, {@link PrevalenceTable}). Smaller bands are
 * listed without bounds.
 */
final class EpidemiologyCheck implements QualityCheck {

    @Override
    public String name() {
        return "epidemiology";
    }

    @Override
    public String title() {
        return "Epidemiology";
    }

    @Override
    public String description() {
        return "Prevalence per age band follows the cited reference table skewed by the personas' configured "
                + "multipliers: each observed rate lies within epidemiology.tolerance points plus three standard "
                + "errors of reference x propensity x link, averaged over the band's customers.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        PrevalenceTable.Tally table = new PrevalenceTable.Tally(config);
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                if (Calibrated.includes(c)) {
                    table.add(c);
                }
            }

            @Override
            public CheckResult finish() {
                return judge(table.rows(), config);
            }
        };
    }

    private CheckResult judge(List<PrevalenceTable.Row> rows, GeneratorConfig config) {
        EpidemiologyConfig e = config.epidemiology();
        List<Measurement> measurements = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        int judged = 0;
        for (PrevalenceTable.Row row : rows) {
            String subject = row.rate() + "." + row.band();
            if (row.customers() < e.minBandRecords()) {
                measurements.add(Measurement.of(subject, 100 * row.observed(), 100 * row.expected(), null, null, "%"));
                continue;
            }
            judged++;
            double se = Math.sqrt(row.expected() * (1 - row.expected()) / row.customers());
            double allowed = e.tolerance() + 3 * se;
            Measurement m = Measurement.of(subject, 100 * row.observed(), 100 * row.expected(),
                    100 * Math.max(0, row.expected() - allowed), 100 * Math.min(1, row.expected() + allowed), "%");
            measurements.add(m);
            if (!m.passed() && examples.size() < CheckResult.MAX_EXAMPLES) {
                examples.add(row.label() + " at " + row.band() + ": " + Measurement.text(m.value()) + " % of "
                        + row.customers() + " customers, expected " + Measurement.text(m.expected())
                        + " % (population " + Measurement.text(Math.round(1000 * row.reference()) / 10.0) + " %)");
            }
        }
        if (judged == 0) {
            // no band holds enough customers for a rate to mean anything: nothing judged is no pass
            return CheckResult.tooFew(this, "no age band has epidemiology.min_band_records (" + e.minBandRecords()
                    + ") customers; the rates are listed, not judged.", measurements, examples);
        }
        long failed = measurements.stream().filter(m -> !m.passed()).count();
        String summary = failed == 0 ? "All " + judged + " judged rates follow the reference table."
                : failed + " of " + judged + " judged rates are off the reference table.";
        return CheckResult.judged(this, summary + Calibrated.note(config), measurements, examples);
    }
}
