package io.github.syntheticcustomers.core.io;

/**
 * A dataset directory that cannot be used now: it is locked by another run past the timeout, holds no
 * valid dataset where one is needed, or cannot be read or written. The message names the directory, what
 * is wrong and what to do.
 */
public final class DatasetDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetDirectoryException(String message) {
        super(message);
    }

    public DatasetDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
