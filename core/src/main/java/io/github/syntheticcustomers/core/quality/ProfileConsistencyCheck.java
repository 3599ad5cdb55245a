package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every customer profile agrees with itself and is safe: age equals the years from date of birth to the
 * reference date, age is within the persona's range, email only at a reserved domain, phone only in the
 * fictional 555-0100…0199 range, risk score within 0–100.
 */
final class ProfileConsistencyCheck implements QualityCheck {

    /** Fictional numbers only: optional {@code +1-AAA-} prefix, then 555-0100…555-0199. */
    static final Pattern SAFE_PHONE = Pattern.compile("(\\+1-\\d{3}-)?555-01\\d{2}");
    private static final List<String> RESERVED_DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> RESERVED_TLDS = List.of(".test", ".example", ".invalid");

    @Override
    public String name() {
        return "profile_consistency";
    }

    @Override
    public String title() {
        return "Profile consistency";
    }

    @Override
    public String description() {
        return "Every profile agrees with itself and is safe: age equals the full years from date of birth to "
                + "the reference date, age lies in the persona's range, email only at example.com/.org/.net or a "
                + ".test domain, phone only in 555-0100…0199, risk score 0–100. At most "
                + "quality.max_profile_violations violations.";
    }

    /** True when {@code email} is at a domain reserved for documentation and tests (RFC 2606). */
    static boolean safeEmail(String email) {
        if (email == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at != email.indexOf('@')) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return RESERVED_DOMAINS.contains(domain) || RESERVED_TLDS.stream().anyMatch(domain::endsWith);
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<String, Long> violations = new LinkedHashMap<>();
        for (String kind : List.of("age_vs_date_of_birth", "age_outside_persona_range", "unsafe_email",
                "unsafe_phone", "risk_score_out_of_range")) {
            violations.put(kind, 0L);
        }
        List<String> examples = new ArrayList<>();
        long[] customers = new long[1];
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                customers[0]++;
                Demographics d = c.demographics();
                if (d.dateOfBirth() == null
                        || Period.between(d.dateOfBirth(), config.referenceDate()).getYears() != d.age()) {
                    add(violations, examples, "age_vs_date_of_birth", c.id() + ": age " + d.age() + " but born "
                            + d.dateOfBirth() + " (reference date " + config.referenceDate() + ")");
                }
                PersonaConfig persona = config.personas().get(c.personaType());
                if (persona != null && (d.age() < persona.age().min() || d.age() > persona.age().max())) {
                    add(violations, examples, "age_outside_persona_range", c.id() + ": age " + d.age() + " outside "
                            + c.personaType() + " range " + persona.age().min() + "–" + persona.age().max());
                }
                if (!safeEmail(d.email())) {
                    add(violations, examples, "unsafe_email", c.id() + ": email " + d.email()
                            + " is not at a reserved domain");
                }
                if (d.phone() == null || !SAFE_PHONE.matcher(d.phone()).matches()) {
                    add(violations, examples, "unsafe_phone", c.id() + ": phone " + d.phone()
                            + " is not in the fictional 555-0100…0199 range");
                }
                if (c.riskScore() < 0 || c.riskScore() > 100) {
                    add(violations, examples, "risk_score_out_of_range", c.id() + ": risk score " + c.riskScore());
                }
            }

            @Override
            public CheckResult finish() {
                double max = config.quality().maxProfileViolations();
                List<Measurement> measurements = new ArrayList<>();
                long total = 0;
                for (Map.Entry<String, Long> e : violations.entrySet()) {
                    measurements.add(Measurement.of(e.getKey(), e.getValue(), null, null, max, "profiles"));
                    total += e.getValue();
                }
                measurements.add(Measurement.of("total_violations", total, null, null, max, "violations"));
                String summary = total == 0 ? "All " + customers[0] + " profiles are consistent and safe."
                        : total + " violation(s) in " + customers[0] + " profiles.";
                return CheckResult.judged(ProfileConsistencyCheck.this, summary, measurements, examples);
            }
        };
    }

    private static void add(Map<String, Long> violations, List<String> examples, String kind, String example) {
        violations.merge(kind, 1L, Long::sum);
        if (examples.size() < CheckResult.MAX_EXAMPLES) {
            examples.add(example);
        }
    }
}
