package io.github.syntheticcustomers.core.io;

/**
 * A {@code manifest.json} that is not a valid synthetic-customers manifest: malformed JSON, a missing or
 * extra field, a wrong type, a negative count, an empty file list, or a listed name that is not a plain
 * dataset file name in the manifest's own directory. The message names the file, the field and what is
 * wrong. A directory whose manifest is invalid holds no valid dataset: {@code generate} regenerates it,
 * {@code check} and {@code report} refuse it.
 */
public final class InvalidManifestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidManifestException(String message) {
        super(message);
    }

    public InvalidManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
