package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One writer at a time per dataset directory: an operating-system lock on {@code .synthetic-customers.lock}
 * serialises processes, and a semaphore per directory serialises threads of this JVM (the operating system
 * grants a lock to a process, not to a thread, and a second channel on the same file would even release
 * it). The operating system drops the lock when the process dies, {@code kill -9} included.
 */
final class DirectoryLock implements AutoCloseable {

    private static final ConcurrentMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code directory} (an existing directory, given by its real path), waiting up to {@code timeout}.
     *
     * @throws DatasetDirectoryException when the lock is not granted in time or the lock file is not a
     *     plain file
     */
    static DirectoryLock acquire(Path directory, Duration timeout, Consumer<String> log) {
        Path file = directory.resolve(DatasetDirectory.LOCK_FILE);
        long deadline = System.nanoTime() + timeout.toNanos();
        Semaphore local = IN_THIS_JVM.computeIfAbsent(directory, d -> new Semaphore(1));
        boolean logged = false;
        try {
            if (!local.tryAcquire()) {
                log.accept(waiting(directory, timeout));
                logged = true;
                if (!local.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw busy(directory, timeout, "another thread of this JVM");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetDirectoryException("interrupted while waiting for the lock of " + directory, e);
        }
        FileChannel channel = null;
        try {
            requirePlainFile(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held through another class loader's copy of this class in this JVM
                }
                if (lock != null) {
                    return new DirectoryLock(local, channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw busy(directory, timeout, "another process");
                }
                if (!logged) {
                    log.accept(waiting(directory, timeout));
                    logged = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            local.release();
            throw new DatasetDirectoryException("cannot lock " + file + ": " + DatasetDirectory.describe(e), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            local.release();
            Thread.currentThread().interrupt();
            throw new DatasetDirectoryException("interrupted while waiting for the lock of " + directory, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            local.release();
            throw e;
        }
    }

    private static void requirePlainFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new DatasetDirectoryException("cannot lock " + file.getParent() + ": its lock file "
                        + file.getFileName() + " is not a plain file (a link, directory or device); delete it");
            }
        }
    }

    private static String waiting(Path directory, Duration timeout) {
        return "Waiting for " + directory + ": another build is writing or reading it (lock "
                + DatasetDirectory.LOCK_FILE + "); giving up after " + seconds(timeout) + " s";
    }

    private static DatasetDirectoryException busy(Path directory, Duration timeout, String holder) {
        return new DatasetDirectoryException(String.format(Locale.ROOT,
                "%s is locked by %s (lock %s) and was not released within %s s; let that build finish, or raise the"
                        + " lock timeout (plugin parameter lockTimeout, property synthetic.lockTimeout, in seconds)",
                directory, holder, DatasetDirectory.LOCK_FILE, seconds(timeout)));
    }

    private static String seconds(Duration timeout) {
        return Long.toString(timeout.toSeconds());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock is released with the channel either way
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            local.release();
        }
    }
}
