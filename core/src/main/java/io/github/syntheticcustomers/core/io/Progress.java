package io.github.syntheticcustomers.core.io;

/**
 * Receives a generation run's progress: called by the writing thread after each chunk of records is
 * appended, in index order, so an implementation needs no synchronisation of its own. It must return
 * quickly (it runs between chunks) and must not throw.
 *
 * @see ProgressLog for throttled log lines (Maven's log, a CLI)
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (done, count, bytes) -> {
    };

    /**
     * @param done record indices written so far (customers), 0 to {@code count}
     * @param count record indices of the whole run
     * @param bytes bytes written so far over every file
     */
    void update(long done, long count, long bytes);
}
