package io.github.syntheticcustomers.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;

/**
 * The {@code journey_status} of each scenario, for the FHIR checks to compare with the EpisodeOfCare statuses: read
 * from the dataset's scenario file when its manifest lists one ({@code scenarios.json}, else {@code scenarios.jsonl}),
 * a record at a time, alongside the FHIR file. Both are in record order, so an episode's scenario is found by reading
 * on (a merge join on the {@code scn-…} id): constant memory. Without a scenario file, or once it cannot be read
 * (the record checks report a damaged file), nothing is compared.
 */
final class ScenarioStatuses implements Closeable {

    /**
     * Scenario ids in record order: {@code scn-000009} before {@code scn-000010}, {@code scn-999999} before
     * {@code scn-1000000}.
     */
    private static final Comparator<String> RECORD_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final InputStream in;
    private final MappingIterator<TestScenario> scenarios;
    private TestScenario current;
    private boolean done;

    private ScenarioStatuses(InputStream in, MappingIterator<TestScenario> scenarios) {
        this.in = in;
        this.scenarios = scenarios;
    }

    /** The statuses of the scenario file {@code manifest} lists in {@code directory}; none without one. */
    static ScenarioStatuses open(Path directory, Manifest manifest) {
        Manifest.FileEntry file = null;
        for (Manifest.FileEntry f : manifest.files()) {
            if (f.part().equals("scenarios") && (f.format().equals(Format.JSON.id())
                    || f.format().equals(Format.JSONL.id()) && file == null)) {
                file = f;
            }
        }
        if (file == null) {
            return new ScenarioStatuses(null, null);
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(directory.resolve(file.file()), StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS);
            JsonParser parser = JsonMappers.data().getFactory().createParser(in);
            if (file.format().equals(Format.JSON.id())) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    in.close();
                    return new ScenarioStatuses(null, null);
                }
                parser.nextToken();
            }
            return new ScenarioStatuses(in, JsonMappers.data().readerFor(TestScenario.class).readValues(parser));
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in);
            return new ScenarioStatuses(null, null);
        }
    }

    /**
     * The {@code journey_status} of scenario {@code scenarioId}, read on from the last one asked for; null when the
     * file has no such scenario after it (or none at all), or the scenario has no status.
     */
    String journeyStatus(String scenarioId) {
        if (scenarios == null || done || scenarioId == null) {
            return null;
        }
        try {
            while (current == null || RECORD_ORDER.compare(current.scenarioId(), scenarioId) < 0) {
                if (!scenarios.hasNextValue()) {
                    done = true;
                    return null;
                }
                current = scenarios.nextValue();
            }
        } catch (IOException | RuntimeException e) {
            // a damaged scenario file: the record checks name it; nothing more is compared
            done = true;
            close();
            return null;
        }
        return current.scenarioId().equals(scenarioId) ? current.journeyStatus() : null;
    }

    /**
     * How {@code episode}'s status contradicts its scenario's {@code journey_status}, or null when it does not (or
     * there is no scenario or status to compare with).
     */
    String contradiction(EpisodeOfCare episode, FhirCodes codes) {
        String scenarioId = null;
        for (Identifier id : episode.getIdentifier()) {
            if (codes.scenarioIdSystem().equals(id.getSystem())) {
                scenarioId = id.getValue();
            }
        }
        String journeyStatus = journeyStatus(scenarioId);
        if (journeyStatus == null) {
            return null;
        }
        EpisodeOfCare.EpisodeOfCareStatus expected;
        try {
            expected = ScenarioResources.episodeStatus(journeyStatus);
        } catch (IllegalArgumentException e) {
            return null; // not a status at all: the scenario check reports it
        }
        if (expected == episode.getStatus()) {
            return null;
        }
        return "EpisodeOfCare/" + episode.getIdElement().getIdPart() + " of " + scenarioId + " is "
                + (episode.getStatus() == null ? "without a status" : episode.getStatus().toCode())
                + ", but the scenario's journey_status " + journeyStatus + " makes it " + expected.toCode();
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // read only: nothing was lost
            }
        }
    }
}
