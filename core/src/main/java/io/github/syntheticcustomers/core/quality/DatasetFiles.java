package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The files a dataset directory holds for the checks: its manifest (when present) and each part's {@code .json}
 * file, else its {@code .jsonl} file (null when the part has neither). Read into memory
 * ({@link LoadedDataset#read}) or streamed ({@link RecordGroups#open}), a dataset is found the same way.
 *
 * @param manifest the manifest, null when absent
 * @param customers the customer file, or null
 * @param scenarios the scenario file, or null
 * @param steps the engagement-step file, or null
 * @param events the event file, or null
 */
record DatasetFiles(Manifest manifest, Path customers, Path scenarios, Path steps, Path events) {

    /**
     * The files in {@code directory}. A dataset without a customer file is one only when its manifest says the
     * customers were left out ({@code parts}) and another part is there.
     *
     * @throws UncheckedIOException when no part can be read, naming the directory and the files looked for, or the
     *     directory holds a shard
     * @throws io.github.syntheticcustomers.core.io.InvalidManifestException when {@code manifest.json} is invalid
     */
    static DatasetFiles of(Path directory) {
        Manifest manifest = Files.exists(directory.resolve(DatasetWriter.MANIFEST), LinkOption.NOFOLLOW_LINKS)
                ? DatasetReader.readManifest(directory) : null;
        if (manifest != null && manifest.shard() != null) {
            // the checks judge whole datasets (exact distributions hold for the count, not for a part of it)
            throw new UncheckedIOException(new IOException("no dataset in " + directory + ": it holds records "
                    + manifest.shard().from() + ":" + manifest.shard().to() + ", a shard of a dataset of "
                    + manifest.count() + " customers; merge the shards (synthetic-customers merge --output DIR SHARD..."
                    + ") and check the merged directory"));
        }
        DatasetFiles files = new DatasetFiles(manifest, LoadedDataset.find(directory, LoadedDataset.CUSTOMERS),
                LoadedDataset.find(directory, LoadedDataset.SCENARIOS),
                LoadedDataset.find(directory, LoadedDataset.ENGAGEMENT_STEPS),
                LoadedDataset.find(directory, LoadedDataset.EVENTS));
        if (files.customers == null && !(customersLeftOut(manifest) && (files.scenarios != null || files.steps != null
                || files.events != null))) {
            throw new UncheckedIOException(new IOException(LoadedDataset.noDataset(directory, manifest)));
        }
        return files;
    }

    /** Whether {@code manifest} lists no customer file: the run left the customer part out. */
    static boolean customersLeftOut(Manifest manifest) {
        return manifest != null && manifest.files().stream().noneMatch(f -> f.part().equals(LoadedDataset.CUSTOMERS));
    }
}
