package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementEngine;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import io.github.syntheticcustomers.core.io.ShardMerge;
import io.github.syntheticcustomers.core.io.ShardMismatchException;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.core.spi.FormatParts;
import io.github.syntheticcustomers.core.timeline.EventPart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@link ShardMerge} needs to regenerate a sharded dataset: the request one whole run of it would be, rebuilt
 * from a shard's manifest (configuration source, seed, count, reference date, formats, and the parts, found as the
 * selection whose fingerprint is the manifest's), with the writer's own parts, serialisation and manifest.
 */
public final class ShardInputs implements ShardMerge.Regeneration {

    private final GenerationRequest request;
    private final String configDigest;
    private final Function<List<Manifest.FileEntry>, Manifest> manifest;
    private final List<DatasetPart<?>> parts;

    private ShardInputs(GenerationRequest request, String configDigest) {
        this.request = request;
        this.configDigest = configDigest;
        this.manifest = SyntheticDatasets.manifest(request);
        this.parts = SyntheticDatasets.parts(SyntheticDatasets.generator(request), request.parts(),
                request.formats());
    }

    /**
     * The whole dataset that the shard {@code directory}, whose manifest is {@code m}, is a part of.
     *
     * @throws ShardMismatchException when the manifest's inputs do not give its own fingerprints or configuration
     *     digest (it was modified), or it does not record its configuration
     * @throws DatasetDirectoryException when another version of the generator wrote it
     * @throws IllegalStateException when one of its formats is written by a module that is not on the class path
     */
    public static ShardInputs of(Path directory, Manifest m) {
        Path file = directory.resolve("manifest.json");
        if (!m.generatorVersion().equals(SyntheticDatasets.version())) {
            throw new DatasetDirectoryException(file + " was written by " + m.generator() + " "
                    + m.generatorVersion() + ", which may write other bytes than this version ("
                    + SyntheticDatasets.version() + "): merge its shards with " + m.generatorVersion());
        }
        if (m.config() == null) {
            throw new ShardMismatchException(file + " does not record its configuration (\"config\"), so its records"
                    + " cannot be regenerated and checked: generate the shard again with this version");
        }
        GeneratorConfig config;
        try {
            config = m.config().load();
            if (!config.referenceDate().equals(m.referenceDate())) {
                config = config.withReferenceDate(m.referenceDate());
            }
        } catch (ConfigException e) {
            throw new ShardMismatchException(file + ": its configuration (\"config\") is not valid: "
                    + e.getMessage());
        }
        String digest = SyntheticDatasets.configDigest(config);
        if (!digest.equals(m.configDigest())) {
            throw new ShardMismatchException(file + ": its configuration (\"config\") has the digest " + digest
                    + ", but its config_digest says " + m.configDigest() + " (modified)");
        }
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String f : m.formats()) {
            formats.add(Format.parse("formats", f));
        }
        try {
            FormatParts.requireProviders(formats);
        } catch (IllegalStateException e) {
            throw new DatasetDirectoryException("cannot merge the shard " + directory + " here: it holds "
                    + m.formats() + ", and " + e.getMessage());
        }
        for (Set<Part> selection : selections()) {
            GenerationRequest request = new GenerationRequest(config, m.seed(), m.count(), formats, directory, 1,
                    m.config(), selection);
            if (SyntheticDatasets.fingerprint(request, digest).equals(m.shard().datasetFingerprint())) {
                return new ShardInputs(request, digest);
            }
        }
        throw new ShardMismatchException(file + ": its inputs (generator version, seed " + m.seed() + ", count "
                + m.count() + ", formats " + m.formats() + ", reference date " + m.referenceDate()
                + ", configuration) do not give its dataset_fingerprint " + m.shard().datasetFingerprint()
                + " for any selection of parts (modified)");
    }

    /** Every non-empty selection of parts, the default one first. */
    private static List<Set<Part>> selections() {
        List<Set<Part>> all = new ArrayList<>();
        all.add(Part.defaults());
        Part[] parts = Part.values();
        for (int mask = (1 << parts.length) - 1; mask > 0; mask--) {
            Set<Part> s = new HashSet<>();
            for (int i = 0; i < parts.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(parts[i]);
                }
            }
            if (!s.equals(Part.defaults())) {
                all.add(Set.copyOf(s));
            }
        }
        return all;
    }

    @Override
    public long seed() {
        return request.seed();
    }

    @Override
    public List<DatasetPart<?>> parts() {
        return parts;
    }

    @Override
    public Set<Format> formats() {
        return request.formats();
    }

    @Override
    public String shardFingerprint(RecordRange range) {
        return SyntheticDatasets.fingerprint(request.withShard(range), configDigest);
    }

    @Override
    public Manifest manifest(List<Manifest.FileEntry> files) {
        return manifest.apply(files);
    }

    @Override
    public ShardMerge.RecordIds ids(String part) {
        if (part.startsWith(Table.FILE_PREFIX)) {
            return tableIds(part);
        }
        if (part.equals(Part.CUSTOMERS.id())) {
            return new ShardMerge.RecordIds("id", "id", true) {
                @Override
                public String id(long index, int position) {
                    return DatasetGenerator.customerId(index);
                }
            };
        }
        if (part.equals(Part.SCENARIOS.id())) {
            return new ShardMerge.RecordIds("scenario_id", "scenario_id", true) {
                @Override
                public String id(long index, int position) {
                    return ScenarioGenerator.scenarioId(index);
                }
            };
        }
        if (part.equals(Part.ENGAGEMENT_STEPS.id())) {
            return new ShardMerge.RecordIds("id", "id", false) {
                @Override
                public String id(long index, int position) {
                    return EngagementEngine.stepId(DatasetGenerator.customerId(index), position);
                }

                @Override
                public boolean ofIndex(String id, long index) {
                    String first = id(index, 1);
                    return id.startsWith(first.substring(0, first.lastIndexOf('-') + 1));
                }
            };
        }
        if (part.equals(Part.EVENTS.id())) {
            return new ShardMerge.RecordIds("event_id", "event_id", false) {
                @Override
                public String id(long index, int position) {
                    return EventPart.eventId(index, position);
                }

                @Override
                public boolean ofIndex(String id, long index) {
                    return id.startsWith(EventPart.eventIdPrefix(index));
                }
            };
        }
        // the FHIR resources' ids are digests of the seed and index: their records are checked by regeneration
        return null;
    }

    /**
     * The ids of a relational table's rows, in its first column: a part's own table ({@code customers},
     * {@code scenarios}, {@code engagement_steps}, {@code events}, the first of its part's tables) has its part's ids;
     * a table of what a record nests has its record's id in every row of the record ({@code customer_id} or
     * {@code scenario_id}), none or many rows per record.
     */
    private ShardMerge.RecordIds tableIds(String part) {
        List<Table> tables = RelationalSchema.all().tables();
        Table table = tables.stream().filter(t -> t.partName().equals(part)).findFirst().orElse(null);
        if (table == null) {
            return null;
        }
        ShardMerge.RecordIds records = ids(table.part().id());
        Table own = tables.stream().filter(t -> t.part() == table.part()).findFirst().orElseThrow();
        if (table == own || records == null) {
            return records;
        }
        String column = table.columns().get(0).name();
        return new ShardMerge.RecordIds(column, column, false) {
            @Override
            public String id(long index, int position) {
                return records.id(index, 1);
            }
        };
    }
}
