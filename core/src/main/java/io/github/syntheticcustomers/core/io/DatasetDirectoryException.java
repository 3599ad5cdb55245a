package io.github.syntheticcustomers.core.io;

/**
 * A dataset directory that cannot be used now: it is locked by another run past the timeout, holds no
 * valid dataset where one is needed, or cannot be read or written. The message names the directory, what
 * is wrong and what to do.
 *
 * <p>Most are a failed run (an I/O error, a lock timeout, a damaged or tampered dataset or shard). Those made with
 * {@link #wrongDirectory} say instead that the directories named cannot be what the job needs (no dataset where one
 * is needed, a file where a directory is needed, a directory that is no shard, shards that are not the whole of one
 * dataset): adapters report those as bad usage.
 */
public final class DatasetDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean wrongDirectory;

    public DatasetDirectoryException(String message) {
        this(message, null, false);
    }

    public DatasetDirectoryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private DatasetDirectoryException(String message, Throwable cause, boolean wrongDirectory) {
        super(message, cause);
        this.wrongDirectory = wrongDirectory;
    }

    /** The directories named cannot be what the job needs: bad usage, not a failed run. */
    public static DatasetDirectoryException wrongDirectory(String message) {
        return new DatasetDirectoryException(message, null, true);
    }

    /** Whether the directories named cannot be what the job needs ({@link #wrongDirectory}), not a failed run. */
    public boolean isWrongDirectory() {
        return wrongDirectory;
    }
}
