package io.github.syntheticcustomers.core.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a run treats its dataset directory.
 *
 * @param lockTimeout how long to wait for another process (or thread) working on the same directory
 *     before failing; zero fails at once
 * @param adoptNonEmpty whether an existing directory that holds files synthetic-customers did not write may
 *     become a dataset directory; those files are never deleted or replaced, and a run that would have to
 *     replace one of them is refused
 * @param protectedDirectories directories that may never be the output directory nor lie inside it (e.g.
 *     the project's base directory), in addition to the file-system roots, the user's home and the working
 *     directory, which are always protected
 * @param log receives one line when the run has to wait for the lock
 */
public record DirectoryOptions(Duration lockTimeout, boolean adoptNonEmpty, List<Path> protectedDirectories,
        Consumer<String> log) {

    /** The default lock timeout: ten minutes, longer than generating a million customers takes here. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public DirectoryOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative but was " + lockTimeout);
        }
        protectedDirectories = List.copyOf(protectedDirectories);
        Objects.requireNonNull(log, "log");
    }

    /** Ten minutes' lock timeout, no adoption, only the always-protected directories, no log. */
    public static DirectoryOptions defaults() {
        return new DirectoryOptions(DEFAULT_LOCK_TIMEOUT, false, List.of(), line -> { });
    }

    public DirectoryOptions withLockTimeout(Duration timeout) {
        return new DirectoryOptions(timeout, adoptNonEmpty, protectedDirectories, log);
    }

    public DirectoryOptions withAdoptNonEmpty(boolean adopt) {
        return new DirectoryOptions(lockTimeout, adopt, protectedDirectories, log);
    }

    public DirectoryOptions withProtectedDirectories(List<Path> directories) {
        return new DirectoryOptions(lockTimeout, adoptNonEmpty, directories, log);
    }

    public DirectoryOptions withLog(Consumer<String> lineLog) {
        return new DirectoryOptions(lockTimeout, adoptNonEmpty, protectedDirectories, lineLog);
    }
}
