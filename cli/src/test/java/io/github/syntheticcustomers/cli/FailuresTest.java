package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.InvalidManifestException;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What each failure a command can meet exits with, including those a test cannot provoke on any machine (a full
 * disk, a permission denied to root): a failed run is 1, whatever its cause; only bad usage or configuration is 2.
 */
class FailuresTest {

    private record Handled(int exit, String err) {
    }

    private static Handled handle(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SyntheticCustomersCommand());
        line.setErr(new PrintWriter(err, true));
        int exit = new Failures().handleExecutionException(e, line, null);
        return new Handled(exit, err.toString());
    }

    @Test
    void aDiskFullAPermissionDeniedOrADirectoryInTheWayIsAFailedRun() {
        IOException full = new FileSystemException("out/.synthetic-customers-1.tmp", null, "No space left on device");
        assertEquals(new Handled(1, "error: cannot write the dataset to out: out/.synthetic-customers-1.tmp: No space"
                + " left on device\n"), handle(new DatasetDirectoryException("cannot write the dataset to out: "
                        + full.getMessage(), full)));
        IOException denied = new AccessDeniedException("out/customers.json");
        assertEquals(1, handle(new DatasetDirectoryException("cannot prepare the dataset directory out: " + denied,
                denied)).exit());
        IOException isDirectory = new FileSystemException("out/a.tmp", "out/customers.jsonl", "Is a directory");
        assertEquals(1, handle(new DatasetDirectoryException("cannot write the dataset to out: " + isDirectory,
                isDirectory)).exit());
        assertEquals(1, handle(new UncheckedIOException("cannot read out/customers.json: Permission denied",
                new AccessDeniedException("out/customers.json"))).exit());
    }

    @Test
    void aLockTimeoutATamperedShardOrAnInvalidManifestIsAFailedRun() {
        assertEquals(1, handle(new DatasetDirectoryException("out is locked by another process (lock"
                + " .synthetic-customers.lock) and was not released within 0 s")).exit());
        assertEquals(1, handle(new DatasetDirectoryException("s1/customers.json differs from its shard's manifest"))
                .exit());
        assertEquals(1, handle(new InvalidManifestException("s2/manifest.json is not a valid synthetic-customers"
                + " manifest: generator is missing")).exit());
    }

    @Test
    void onlyBadUsageOrConfigurationIsTwo() {
        assertEquals(new Handled(2, "error: Invalid option --count: must be at least 1 (was: 0; allowed: a whole"
                + " number from 1 to 1000000000000000000)\n"), handle(new InvalidSettingException("count",
                        "must be at least 1", 0, "a whole number from 1 to 1000000000000000000")));
        assertEquals(2, handle(ConfigException.of("outputDirectory", "refused: the output directory / is a"
                + " file-system root", "/", "a directory of its own")).exit());
        assertEquals(2, handle(DatasetDirectoryException.wrongDirectory("No synthetic customer dataset in out:"
                + " manifest.json is missing")).exit());
        assertEquals(2, handle(new UncheckedIOException(new IOException("no dataset in out: it holds records 0:70, a"
                + " shard of a dataset of 150 customers"))).exit());
    }
}
