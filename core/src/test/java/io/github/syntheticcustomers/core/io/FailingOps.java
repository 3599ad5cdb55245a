package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Directory operations that fail like a real file system does (EIO, a full disk, EACCES): operation {@code failAt}
 * (0-based) throws a {@link FileSystemException} instead of touching the disk, and so does every later one when the
 * fault {@code persists}; the others are carried out. Unlike {@link CrashingOps} the run goes on after the failure, so
 * its error handling runs.
 */
final class FailingOps implements DirectoryOps {

    private final long failAt;
    private final boolean persists;
    private long count;
    private boolean failed;

    FailingOps(long failAt, boolean persists) {
        this.failAt = failAt;
        this.persists = persists;
    }

    /** Whether the fault was injected. */
    boolean failed() {
        return failed;
    }

    private void step(Path file) throws IOException {
        long n = count++;
        if (n == failAt || (persists && n > failAt)) {
            failed = true;
            throw new FileSystemException(file.toString(), null, "Input/output error (injected at operation " + n
                    + ")");
        }
    }

    @Override
    public OutputStream create(Path file) throws IOException {
        step(file);
        return DirectoryOps.FILES.create(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step(to);
        DirectoryOps.FILES.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        step(file);
        DirectoryOps.FILES.delete(file);
    }
}
