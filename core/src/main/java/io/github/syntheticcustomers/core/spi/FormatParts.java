package io.github.syntheticcustomers.core.spi;

import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The parts of a {@link Format} that another module writes, found with {@link ServiceLoader}: the
 * {@code synthetic-customers-fhir} module provides {@link Format#FHIR}, so that core, and with it the JUnit
 * extension, does not carry the FHIR library. The dataset writer writes these parts like its own, in index order,
 * into the same manifest.
 *
 * <p>An implementation is stateless and thread-safe, and has a public no-argument constructor; it is listed in
 * {@code META-INF/services/io.github.syntheticcustomers.core.spi.FormatParts}.
 */
public interface FormatParts {

    /** The format these parts are written in. */
    Format format();

    /**
     * The parts of {@code generator}'s dataset in {@link #format()}, for the {@code selected} dataset parts, in file
     * order. A part's records for index {@code i} are encoded lines ({@code String}s without a line break) that
     * depend only on the generator's seed, count and configuration and on {@code i}, so that the bytes are the same
     * whatever the thread count.
     */
    List<DatasetPart<String>> parts(DatasetGenerator generator, Set<Part> selected);

    /** Whether {@code format} is written by another module rather than by core itself ({@link Format#builtIn()}). */
    static boolean isProvided(Format format) {
        return !Format.builtIn().contains(format);
    }

    /** The Maven coordinates of the module that writes and checks {@code format}, for messages. */
    static String module(Format format) {
        return "io.github.syntheticcustomers:synthetic-customers-" + format.module().orElse("core");
    }

    /**
     * Checks that every format of {@code formats} that another module writes has its provider, before anything is
     * opened or written.
     *
     * @throws IllegalStateException as {@link #of(Format)}
     */
    static void requireProviders(Set<Format> formats) {
        for (Format format : formats) {
            if (isProvided(format)) {
                of(format);
            }
        }
    }

    /**
     * The provider of {@code format} on the class path.
     *
     * @throws IllegalStateException when there is none, naming the module to add, or more than one
     */
    static FormatParts of(Format format) {
        List<FormatParts> found = new ArrayList<>();
        for (FormatParts p : ServiceLoader.load(FormatParts.class, FormatParts.class.getClassLoader())) {
            if (p.format() == format) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("format " + format.id() + " is written by the module " + module(format)
                    + ", which is not on the class path; add it as a dependency (the Maven plugin and the command line"
                    + " include it)");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("format " + format.id() + " has " + found.size() + " providers on the"
                    + " class path (" + found.stream().map(p -> p.getClass().getName()).sorted().toList()
                    + "); keep one");
        }
        return found.get(0);
    }
}
