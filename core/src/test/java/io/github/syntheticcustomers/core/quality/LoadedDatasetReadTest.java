package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.Format;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading a directory without a readable dataset says. */
class LoadedDatasetReadTest {

    @Test
    void aCsvOnlyDatasetIsNamedAsSuch(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 20, EnumSet.of(Format.CSV), dir, 1));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LoadedDataset.read(dir));
        assertEquals("no dataset in " + dir + " holds only customers.csv, a flat summary the checks cannot read; "
                + "they read customers.json or customers.jsonl (run the generate goal first, with formats json or "
                + "jsonl)", e.getCause().getMessage());
    }

    @Test
    void anEmptyDirectoryNamesTheFilesLookedFor(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LoadedDataset.read(dir));
        assertEquals("no dataset in " + dir + ": neither customers.json nor customers.jsonl exists (run the "
                + "generate goal first, with formats json or jsonl)", e.getCause().getMessage());
    }
}
