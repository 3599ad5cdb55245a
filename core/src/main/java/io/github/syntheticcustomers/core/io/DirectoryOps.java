package io.github.syntheticcustomers.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every change a run makes to a dataset directory, one call each: create a new file, move a file over
 * another, delete a file. Routing them through one interface lets the crash-consistency test stop a run
 * between any two of them, exactly as {@code kill -9} would.
 */
interface DirectoryOps {

    /** The real file system: exclusive creation without following links, synced on close, atomic moves. */
    DirectoryOps FILES = new DirectoryOps() {
        @Override
        public OutputStream create(Path file) throws IOException {
            return createExclusive(file);
        }
    };

    /**
     * Opens a new file for writing. It must not exist yet, not even as a symbolic link, so nothing
     * another process placed there is written through; the bytes are forced to disk when the stream closes.
     */
    OutputStream create(Path file) throws IOException;

    /** Replaces {@code to} by {@code from} (atomically where the file system can); a link at {@code to} is replaced, not followed. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code file} when it exists; a link is deleted, never its target. */
    default void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** These operations with file contents created by {@code sink} (fault-injection tests of the bytes). */
    default DirectoryOps withSink(FileSink sink) {
        DirectoryOps self = this;
        return new DirectoryOps() {
            @Override
            public OutputStream create(Path file) throws IOException {
                return sink.open(file);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                self.move(from, to);
            }

            @Override
            public void delete(Path file) throws IOException {
                self.delete(file);
            }
        };
    }

    /** {@code O_CREAT | O_EXCL | O_NOFOLLOW}: fails when anything, a dangling link included, has the name. */
    static OutputStream createExclusive(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    flush();
                    channel.force(true);
                } finally {
                    channel.close();
                }
            }
        };
    }
}
