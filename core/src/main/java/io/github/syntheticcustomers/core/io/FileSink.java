package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the stream a file's bytes go to. The default writes the file; tests substitute sinks that
 * fail part-way to prove that a failed write leaves the previous dataset intact.
 */
@FunctionalInterface
public interface FileSink {

    FileSink FILES = Files::newOutputStream;

    OutputStream open(Path file) throws IOException;
}
