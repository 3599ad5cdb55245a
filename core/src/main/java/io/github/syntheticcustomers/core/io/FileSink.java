package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Opens the stream a new file's bytes go to. The default creates the file exclusively (it must not exist,
 * not even as a symbolic link) and forces it to disk on close; tests substitute sinks that fail part-way
 * to prove that a failed write leaves the previous dataset intact.
 */
@FunctionalInterface
public interface FileSink {

    /** Exclusive creation without following links, synced to disk on close. */
    FileSink FILES = DirectoryOps::createExclusive;

    OutputStream open(Path file) throws IOException;
}
