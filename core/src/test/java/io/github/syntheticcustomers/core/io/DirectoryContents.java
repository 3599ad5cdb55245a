package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a dataset directory holds, as the publish tests compare it. */
final class DirectoryContents {

    private DirectoryContents() {
    }

    /** The files a reader sees: every name that does not start with a dot, with its bytes (a directory: none). */
    static Map<String, byte[]> visible(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    files.put(name, Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
                }
            }
        }
        return new Bytes(files);
    }

    /** The names starting with a dot (lock, journal, temporary files), sorted. */
    static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    /** Copies the files of {@code from} (one level) into {@code to}, which is created. */
    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /** A name → bytes map whose equality compares the bytes, so assertEquals works on datasets. */
    static final class Bytes extends TreeMap<String, byte[]> {
        private static final long serialVersionUID = 1L;

        Bytes(Map<String, byte[]> files) {
            super(files);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map<?, ?> m && m.size() == size() && entrySet().stream()
                    .allMatch(e -> m.get(e.getKey()) instanceof byte[] other && Arrays.equals(e.getValue(), other));
        }

        @Override
        public int hashCode() {
            return keySet().hashCode();
        }

        @Override
        public String toString() {
            return keySet().toString();
        }
    }
}
