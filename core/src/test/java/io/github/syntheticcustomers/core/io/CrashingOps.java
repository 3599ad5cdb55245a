package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Directory operations that model {@code kill -9} after a given number of them: operation {@code killAt}
 * (0-based) and every later one throw {@link Killed} instead of touching the disk, so nothing the dead
 * process would not have done (cleanup included) happens.
 */
final class CrashingOps implements DirectoryOps {

    /** Thrown where the process died; an Error so no product code mistakes it for a failure to handle. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(String at) {
            super("killed before " + at);
        }
    }

    private final long killAt;
    private final List<String> done = new ArrayList<>();
    private boolean dead;

    CrashingOps(long killAt) {
        this.killAt = killAt;
    }

    /** An instance that never dies, to count and list the operations of a run. */
    static CrashingOps counting() {
        return new CrashingOps(Long.MAX_VALUE);
    }

    /** The operations carried out, e.g. {@code move .synthetic-customers-….tmp -> customers.json}. */
    List<String> done() {
        return done;
    }

    private void step(String what) {
        if (dead || done.size() == killAt) {
            dead = true;
            throw new Killed(what);
        }
        done.add(what);
    }

    @Override
    public OutputStream create(Path file) throws IOException {
        step("create " + file.getFileName());
        return DirectoryOps.FILES.create(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step("move " + from.getFileName() + " -> " + to.getFileName());
        DirectoryOps.FILES.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        step("delete " + file.getFileName());
        DirectoryOps.FILES.delete(file);
    }
}
