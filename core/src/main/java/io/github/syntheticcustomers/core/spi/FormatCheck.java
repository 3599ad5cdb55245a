package io.github.syntheticcustomers.core.spi;

import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The quality check of a {@link Format}'s files that another module writes, found with {@link ServiceLoader} like
 * {@link FormatParts}: {@code check} runs it after the record checks when the manifest lists files of that format,
 * reading each of them once. An implementation is stateless and thread-safe, and has a public no-argument
 * constructor; it is listed in {@code META-INF/services/io.github.syntheticcustomers.core.spi.FormatCheck}.
 */
public interface FormatCheck {

    /** The format whose files this checks. */
    Format format();

    /**
     * Checks the files of {@link #format()} that {@code manifest} lists in {@code directory}, in constant memory.
     * Its result's name is {@link #name(Format)}.
     */
    CheckResult check(Path directory, Manifest manifest);

    /**
     * The name of the check of {@code format}'s files in {@code quality.json}, e.g. {@code fhir_resources} or
     * {@code fhir_bundle_resources}.
     */
    static String name(Format format) {
        return format.id().replace('-', '_') + "_resources";
    }

    /**
     * The check of {@code format}'s files in {@code directory}: its provider's result, or a skipped result naming the
     * module to add when no provider is on the class path.
     */
    static CheckResult run(Format format, Path directory, Manifest manifest) {
        for (FormatCheck c : ServiceLoader.load(FormatCheck.class, FormatCheck.class.getClassLoader())) {
            if (c.format() == format) {
                return c.check(directory, manifest);
            }
        }
        return new CheckResult(name(format), format.id().toUpperCase(java.util.Locale.ROOT) + " resources",
                "The " + format.id() + " files parse and reference what they should.", CheckStatus.SKIPPED,
                "the " + format.id() + " files are checked by " + FormatParts.module(format)
                        + ", which is not on the class path",
                List.of(), List.of());
    }
}
