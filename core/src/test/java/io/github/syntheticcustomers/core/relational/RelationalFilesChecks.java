package io.github.syntheticcustomers.core.relational;

import java.nio.file.Path;

/** {@link RelationalFilesTest}'s checks, for tests of other packages (shards). */
public final class RelationalFilesChecks {

    private RelationalFilesChecks() {
    }

    /**
     * The relational files of the dataset directory {@code dir} hold its JSON Lines records, and every count, key,
     * foreign key and check holds over them alone.
     */
    public static void assertLoadable(Path dir) {
        RelationalFiles files = new RelationalFiles(dir);
        RelationalFilesTest.assertTablesHoldTheRecords(files);
        RelationalFilesTest.assertConstraintsHold(files);
    }
}
