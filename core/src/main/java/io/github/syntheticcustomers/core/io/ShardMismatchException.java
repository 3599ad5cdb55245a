package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A shard that is not what it says: its files do not hold exactly the records of its range, in order, as the
 * generator writes them, or its manifest does not agree with its files or with its own inputs (modified, truncated,
 * swapped or not written by synthetic-customers). {@link ShardMerge} refuses the merge with it and leaves nothing
 * behind; the message names the shard's file, the line and record, and what was expected and found.
 *
 * <p>A failed run, not bad usage: the command line exits 1. It is an {@link UncheckedIOException} (the data read is
 * wrong), whose cause carries the same message.
 */
public final class ShardMismatchException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public ShardMismatchException(String message) {
        super(message, new IOException(message));
    }
}
