package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.internal.SuppressForbidden;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A dataset directory opened for one run, and every rule that keeps it a safe place.
 *
 * <ul>
 *   <li><b>Place.</b> It may not be an empty path, a file-system root, the user's home, the working
 *       directory or a {@linkplain DirectoryOptions#protectedDirectories() protected directory} (such as the
 *       project's base directory), nor contain one of them.</li>
 *   <li><b>Ownership.</b> An existing directory must be empty or hold a dataset of ours (its lock file or
 *       manifest); one holding other files is refused unless the run {@linkplain DirectoryOptions#adoptNonEmpty()
 *       adopts} it, and even then no file already there is replaced. A run deletes only files its previous,
 *       valid manifest lists, and only plain names inside the directory.</li>
 *   <li><b>One run at a time.</b> Opening takes the directory's lock ({@value #LOCK_FILE}: an operating-system
 *       lock across processes, a semaphore across threads), waiting up to the timeout; {@link #close()} releases
 *       it.</li>
 *   <li><b>Crash consistency.</b> A publish writes complete temporary files, then commits a journal naming what
 *       replaces what, then renames, the manifest last, then drops the journal. Opening finishes a publish a
 *       killed run left, before anything else, so a directory holds the previous dataset or the new one.</li>
 *   <li><b>Temporary files</b> get unpredictable names, are created exclusively without following links, and
 *       every opening sweeps the ones a killed run left, also when the run then finds the dataset up to date.</li>
 *   <li><b>Untrusted manifest.</b> {@code manifest.json} is parsed strictly ({@link InvalidManifestException});
 *       files are verified without following links.</li>
 * </ul>
 */
public final class DatasetDirectory implements AutoCloseable {

    /** Name written into manifests: a manifest with another generator is not ours. */
    public static final String GENERATOR = "synthetic-customers";
    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    /** The lock file; its presence also marks the directory as a dataset directory of ours. */
    public static final String LOCK_FILE = ".synthetic-customers.lock";
    /** The journal of an unfinished publish. */
    static final String JOURNAL_FILE = ".synthetic-customers.publish";
    /**
     * Ant-style patterns of the files in a dataset directory that are not data (lock, journal, temporary
     * files), for resource exclusions.
     */
    public static final List<String> INTERNAL_FILE_PATTERNS = List.of(".synthetic-customers*", ".*.tmp");

    private static final String TEMP_PREFIX = ".synthetic-customers-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.synthetic-customers-[0-9a-f]{32}\\.tmp");
    /** Temporary names of earlier versions: a dot, a file name of the directory, {@code .tmp}. */
    private static final Pattern LEGACY_TEMP_NAME = Pattern.compile(
            "\\.(?:[a-z][a-z0-9-]{0,63}\\.(?:json|jsonl|csv)|report\\.html)\\.tmp");
    private static final int FOREIGN_NAMES_SHOWN = 5;

    private final Path path;
    private final DirectoryOps ops;
    private final DirectoryLock lock;
    private Manifest manifest;
    private String manifestProblem;

    private DatasetDirectory(Path path, DirectoryOps ops, DirectoryLock lock) {
        this.path = path;
        this.ops = ops;
        this.lock = lock;
    }

    /**
     * Opens {@code directory} for writing a dataset, creating it when missing: checks its place and
     * ownership, locks it, finishes or rolls back a publish a killed run left, and sweeps temporary files.
     *
     * @throws ConfigException when the directory may not hold a dataset (property {@code outputDirectory})
     * @throws DatasetDirectoryException when it is locked past the timeout or cannot be read or written
     */
    public static DatasetDirectory forWriting(Path directory, DirectoryOptions options) {
        return forWriting(directory, options, DirectoryOps.FILES);
    }

    static DatasetDirectory forWriting(Path directory, DirectoryOptions options, DirectoryOps ops) {
        Path place = place(directory, options);
        try {
            Set<String> foreign = foreignNames(place);
            if (!foreign.isEmpty()) {
                adopt(place, foreign, options);
            }
            Files.createDirectories(place);
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot create the dataset directory " + place + ": " + e, e);
        }
        return open(place, options, ops);
    }

    /**
     * Opens the dataset in {@code directory} for reading (the {@code check} and {@code report} goals write
     * their files next to it): locks it, finishes an interrupted publish, sweeps temporary files, and requires
     * a valid manifest.
     *
     * @throws DatasetDirectoryException when there is no valid dataset, naming the directory and why
     */
    public static DatasetDirectory forReading(Path directory, DirectoryOptions options) {
        Path place = place(directory, options);
        if (!Files.isDirectory(place)) { // place() resolved links already
            throw DatasetDirectoryException.wrongDirectory("No synthetic customer dataset in " + place + ": " + MANIFEST
                    + " is missing (there is no such directory)");
        }
        try {
            if (!isOurs(place)) {
                throw DatasetDirectoryException.wrongDirectory("No synthetic customer dataset in " + place + ": "
                        + MANIFEST + " is missing");
            }
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot read " + place + ": " + e, e);
        }
        DatasetDirectory opened = open(place, options, DirectoryOps.FILES);
        if (opened.manifest == null) {
            String problem = opened.manifestProblem;
            opened.close();
            throw new DatasetDirectoryException("No valid synthetic customer dataset in " + place + ": " + problem);
        }
        return opened;
    }

    private static DatasetDirectory open(Path place, DirectoryOptions options, DirectoryOps ops) {
        DirectoryLock lock = DirectoryLock.acquire(place, options.lockTimeout(), options.log());
        DatasetDirectory directory = new DatasetDirectory(place, ops, lock);
        try {
            directory.recover();
            directory.sweep();
            directory.readManifest();
            return directory;
        } catch (IOException e) {
            lock.close();
            throw new DatasetDirectoryException("cannot prepare the dataset directory " + place + ": " + e, e);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /** The directory (absolute, links resolved). */
    public Path path() {
        return path;
    }

    /** The directory's valid manifest, or null when it has none ({@link #manifestProblem()} says why). */
    public Manifest manifest() {
        return manifest;
    }

    /** Why {@link #manifest()} is null, or null when there is a valid manifest. */
    public String manifestProblem() {
        return manifestProblem;
    }

    /**
     * Whether the directory holds exactly the dataset whose input fingerprint is {@code fingerprint}: a
     * valid manifest with that fingerprint, and every file it lists a plain file with the recorded size and
     * SHA-256.
     */
    public DatasetStatus status(String fingerprint) {
        if (manifest == null) {
            return new DatasetStatus(false, manifestProblem);
        }
        return DatasetStatus.verify(path, manifest, fingerprint);
    }

    /**
     * Writes one file of the directory that is not part of the dataset ({@code quality.json},
     * {@code analysis.json}, {@code report.html}) whole or not at all: an exclusive temporary file, then a
     * rename over the old one.
     */
    public Path writeFile(String name, byte[] bytes) {
        if (!isPlainName(name) || name.equals(MANIFEST) || ManifestParser.isDataFileName(name)
                || DatasetSchema.ofFile(name) != null) {
            throw new IllegalArgumentException("not a report file name: " + name);
        }
        Path target = path.resolve(name);
        Temp temp = null;
        try {
            temp = newTemp();
            try (OutputStream out = temp.out) {
                out.write(bytes);
            }
            ops.move(temp.path, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new DatasetDirectoryException("cannot write " + target + ": " + e, e);
        }
    }

    /** A new temporary file of the directory, open for writing. */
    Temp newTemp() throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = TEMP_PREFIX + HexFormat.of().formatHex(TempNames.next()) + TEMP_SUFFIX;
            Path file = path.resolve(name);
            try {
                return new Temp(name, file, ops.create(file));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    /** A temporary file: its name, path and stream. */
    record Temp(String name, Path path, OutputStream out) {
    }

    private void deleteQuietly(Path file) {
        try {
            ops.delete(file);
        } catch (IOException ignored) {
            // swept by the next run
        }
    }

    /** Deletes a temporary file that will not be published; failures are left to the next sweep. */
    void deleteQuietly(Temp temp) {
        if (temp == null) {
            return;
        }
        try {
            temp.out.close();
        } catch (IOException ignored) {
            // the file is deleted below or swept by the next run
        }
        deleteQuietly(temp.path);
    }

    /**
     * Makes the completed temporary files the dataset: journal, old manifest out, data files in, files of
     * the previous dataset the new one lacks out, new manifest in, journal out.
     *
     * @param files the new data files: temporary name → data file name, in manifest order
     * @param manifestTemp the temporary file holding the new manifest
     */
    void publish(List<PublishJournal.Move> files, String manifestTemp) throws IOException {
        Set<String> next = new LinkedHashSet<>();
        files.forEach(m -> next.add(m.to()));
        List<String> deletes = new ArrayList<>();
        if (manifest != null) {
            for (Manifest.FileEntry entry : manifest.files()) {
                if (!next.contains(entry.file())) {
                    deletes.add(entry.file());
                }
            }
        }
        PublishJournal journal = new PublishJournal(files, deletes, manifestTemp);
        Temp journalTemp = null;
        try {
            journalTemp = newTemp();
            try (OutputStream out = journalTemp.out) {
                out.write(journal.toBytes());
            }
            ops.move(journalTemp.path, path.resolve(JOURNAL_FILE));
        } catch (IOException | RuntimeException e) {
            // not committed: the previous dataset is untouched, and so this run's files go
            deleteQuietly(journalTemp);
            for (PublishJournal.Move m : files) {
                deleteQuietly(path.resolve(m.from()));
            }
            deleteQuietly(path.resolve(manifestTemp));
            throw e;
        }
        syncDirectory();
        apply(journal);
        readManifest();
    }

    /** Carries out a committed journal; idempotent, so a run killed during it is finished by the next. */
    private void apply(PublishJournal journal) throws IOException {
        Path manifestTemp = path.resolve(journal.manifestTemp());
        if (isPlainFile(manifestTemp)) {
            ops.delete(path.resolve(MANIFEST));
            for (PublishJournal.Move move : journal.moves()) {
                Path from = path.resolve(move.from());
                if (isPlainFile(from)) {
                    ops.move(from, path.resolve(move.to()));
                }
            }
            for (String name : journal.deletes()) {
                ops.delete(path.resolve(name));
            }
            ops.move(manifestTemp, path.resolve(MANIFEST));
            syncDirectory();
        }
        ops.delete(path.resolve(JOURNAL_FILE));
    }

    /** Finishes the publish a killed run left; a journal this version did not write is dropped. */
    private void recover() throws IOException {
        Path file = path.resolve(JOURNAL_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PublishJournal journal = isPlainFile(file) ? PublishJournal.parse(ManifestParser.readBounded(file)) : null;
        if (journal == null) {
            ops.delete(file);
            return;
        }
        apply(journal);
    }

    /** Deletes the temporary files of earlier runs: under the lock, no live run of ours owns any. */
    private void sweep() throws IOException {
        for (String name : names(path)) {
            if (isTempName(name) || LEGACY_TEMP_NAME.matcher(name).matches()) {
                ops.delete(path.resolve(name));
            }
        }
    }

    private void readManifest() throws IOException {
        manifest = null;
        manifestProblem = null;
        Path file = path.resolve(MANIFEST);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            manifestProblem = "no " + MANIFEST + " in " + path;
            return;
        }
        if (!isPlainFile(file)) {
            manifestProblem = MANIFEST + " in " + path + " is not a plain file";
            return;
        }
        try {
            manifest = ManifestParser.read(file);
        } catch (InvalidManifestException e) {
            manifestProblem = e.getMessage();
        }
    }

    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every file system syncs directories; the renames are atomic either way
        }
    }

    @Override
    public void close() {
        lock.close();
    }

    // ---- place and ownership --------------------------------------------------------------------------

    /** The directory's absolute real path, refused when it is a place no dataset may go. */
    static Path place(Path directory, DirectoryOptions options) {
        if (directory == null || directory.toString().isBlank()) {
            throw refused("is empty (an empty path means the working directory)", directory == null ? null : "''");
        }
        Path real = realPath(directory);
        if (real.getParent() == null) {
            throw refused("is a file-system root", real);
        }
        List<Named> forbidden = new ArrayList<>();
        forbidden.add(new Named("the user's home directory", System.getProperty("user.home")));
        forbidden.add(new Named("the working directory", System.getProperty("user.dir")));
        for (Path p : options.protectedDirectories()) {
            forbidden.add(new Named("a protected directory", p.toString()));
        }
        for (Named n : forbidden) {
            if (n.path == null || n.path.isBlank()) {
                continue;
            }
            Path other = realPath(Path.of(n.path));
            if (real.equals(other)) {
                throw refused("is " + n.what + " (" + other + ")", real);
            }
            if (other.startsWith(real)) {
                throw refused("contains " + n.what + " (" + other + ")", real);
            }
        }
        return real;
    }

    private record Named(String what, String path) {
    }

    private static ConfigException refused(String problem, Object value) {
        return ConfigException.of("outputDirectory", "refused: the output directory " + problem, value,
                "a directory of its own for the dataset, e.g. target/synthetic-customers");
    }

    /** Absolute, normalised, with links resolved as far as the path exists. */
    static Path realPath(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path existing = absolute;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            real = existing;
        }
        for (Path name : rest) {
            real = real.resolve(name);
        }
        return real;
    }

    /** The names in {@code place} that are neither ours nor tell that the directory is ours; empty when ours. */
    private static Set<String> foreignNames(Path place) throws IOException {
        if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS) && !Files.exists(place)) {
            return Set.of();
        }
        if (!Files.isDirectory(place)) {
            throw DatasetDirectoryException.wrongDirectory("The output directory " + place + " is not a directory");
        }
        if (isOurs(place)) {
            return Set.of();
        }
        Set<String> foreign = new TreeSet<>();
        List<String> names = names(place);
        if (names.contains(LOCK_FILE) || names.contains(JOURNAL_FILE)) {
            return Set.of(); // another run of ours created it since isOurs looked
        }
        for (String name : names) {
            if (!isTempName(name) && !LEGACY_TEMP_NAME.matcher(name).matches()) {
                foreign.add(name);
            }
        }
        return foreign;
    }

    /** A dataset directory of ours: our lock file or journal, or (written by earlier versions) our manifest. */
    private static boolean isOurs(Path place) throws IOException {
        if (isPlainFile(place.resolve(LOCK_FILE)) || isPlainFile(place.resolve(JOURNAL_FILE))) {
            return true;
        }
        Path manifest = place.resolve(MANIFEST);
        if (!isPlainFile(manifest)) {
            return false;
        }
        try {
            ManifestParser.read(manifest);
            return true;
        } catch (InvalidManifestException e) {
            return false;
        }
    }

    private static void adopt(Path place, Set<String> foreign, DirectoryOptions options) {
        List<String> shown = foreign.stream().limit(FOREIGN_NAMES_SHOWN).toList();
        String names = String.join(", ", shown) + (foreign.size() > shown.size()
                ? " and " + (foreign.size() - shown.size()) + " more" : "");
        if (!options.adoptNonEmpty()) {
            throw ConfigException.of("outputDirectory", "refused: the output directory " + place
                    + " holds files synthetic-customers did not write (" + names + "); none was touched", place,
                    "a new or empty directory, or one holding a dataset of ours; to use this one anyway, adopt it"
                            + " (plugin parameter adoptOutputDirectory, property synthetic.adoptOutputDirectory)");
        }
        List<String> clashes = foreign.stream().filter(n -> n.equals(MANIFEST) || ManifestParser.isDataFileName(n)
                || DatasetSchema.ofFile(n) != null || n.equals("quality.json") || n.equals("analysis.json")
                || n.equals("report.html")).toList();
        if (!clashes.isEmpty()) {
            throw ConfigException.of("outputDirectory", "refused: the output directory " + place + " holds "
                    + String.join(", ", clashes) + ", which synthetic-customers did not write and a dataset would"
                    + " replace; none was touched", place, "move those files away, or choose another directory");
        }
    }

    private static List<String> names(Path place) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(place)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    static boolean isTempName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0;
    }

    /** A regular file, not a link to one. */
    static boolean isPlainFile(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /** Unpredictable temporary names; never part of any output, so not derived from the seed. */
    @SuppressForbidden(reason = "temporary file names must be unpredictable to other processes; they are never"
            + " written into a dataset")
    private static final class TempNames {
        private static final SecureRandom RANDOM = new SecureRandom();

        static synchronized byte[] next() {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return bytes;
        }
    }
}
