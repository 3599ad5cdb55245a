package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.internal.SuppressForbidden;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generating process for the hardening tests (killed writers, faked clocks); users have the {@code cli}
 * module. Command-line generation: {@code --seed 42 --count 500 --formats json,jsonl --output DIR
 * --config FILE --reference-date 2026-01-01 --threads N}. Every option also reads the plugin's
 * user property ({@code -Dsynthetic.seed=…}) so {@code ./mvnw -pl core exec:java} takes the same
 * settings as the plugin.
 */
@SuppressForbidden(reason = "the command line prints its summary and errors")
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            Map<String, String> options = options(args);
            GeneratorConfig config = ConfigLoader.load(options.get("config") == null ? null : Path.of(options.get("config")));
            String date = options.get("reference-date");
            if (date != null) {
                try {
                    config = config.withReferenceDate(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw ConfigException.of("reference-date", "not an ISO date", date, "yyyy-MM-dd, e.g. 2026-01-01");
                }
            }
            GenerationRequest request = new GenerationRequest(config, number(options, "seed", GenerationRequest.DEFAULT_SEED),
                    number(options, "count", GenerationRequest.DEFAULT_COUNT),
                    Format.parseList("formats", options.getOrDefault("formats", "json")),
                    Path.of(options.getOrDefault("output", GenerationRequest.DEFAULT_OUTPUT_DIRECTORY)),
                    threads(options));
            long started = System.nanoTime();
            Manifest manifest = SyntheticDatasets.generate(request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            StringBuilder files = new StringBuilder();
            manifest.files().forEach(f -> files.append(' ').append(f.file()).append('=').append(f.records()));
            out.println("Generated" + files + " (seed " + manifest.seed() + ") in " + request.outputDirectory()
                    + " in " + millis + " ms");
            out.println("Scenario mix: " + new io.github.syntheticcustomers.core.generate.DatasetGenerator(config,
                    request.seed(), request.count()).scenarioMix());
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (DatasetDirectoryException e) {
            err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        String[][] properties = {{"seed", "synthetic.seed"}, {"count", "synthetic.count"},
            {"config", "synthetic.configFile"}, {"output", "synthetic.outputDirectory"},
            {"formats", "synthetic.formats"}, {"reference-date", "synthetic.referenceDate"},
            {"threads", "synthetic.threads"}};
        for (String[] p : properties) {
            String value = System.getProperty(p[1]);
            if (value != null && !value.isBlank()) {
                options.put(p[0], value);
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw ConfigException.of(args[i], "unknown or incomplete option", args[i],
                        "--seed N, --count N, --formats LIST, --output DIR, --config FILE, --reference-date DATE, --threads N");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /**
     * {@code --threads}, one per processor (at most {@link Limits#MAX_THREADS}) by default or for 0, as in the
     * plugin; checked before narrowing.
     */
    private static int threads(Map<String, String> options) {
        return Limits.resolveThreads("threads", number(options, "threads", Limits.availableThreads()));
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ConfigException.of(name, "not a whole number", value, "a whole number");
        }
    }
}
