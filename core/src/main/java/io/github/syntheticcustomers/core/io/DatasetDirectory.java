package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.internal.JsonMappers;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A dataset directory opened for one run, and every rule that keeps it a safe place.
 *
 * <ul>
 *   <li><b>Place.</b> It may not be an empty path, a file-system root, the user's home, the working
 *       directory or a {@linkplain DirectoryOptions#protectedDirectories() protected directory} (such as the
 *       project's base directory), nor contain one of them.</li>
 *   <li><b>Ownership by content.</b> An existing directory must be empty or hold a dataset of ours (its lock file
 *       or manifest); one holding other files is refused unless the run {@linkplain DirectoryOptions#adoptNonEmpty()
 *       adopts} it. Whoever made a file, a run replaces or deletes it only when the current manifest lists it (data,
 *       schema or derived file) and it still has the recorded SHA-256, or it already holds exactly the new bytes. Any
 *       other file at a name the run writes stops it before anything changes, naming the file; a listed file that
 *       changed since is left where a run would have deleted it, and logged.</li>
 *   <li><b>One run at a time.</b> Opening takes the directory's lock ({@value #LOCK_FILE}: an operating-system
 *       lock across processes, a semaphore across threads), waiting up to the timeout; {@link #close()} releases
 *       it.</li>
 *   <li><b>Crash consistency.</b> A publish writes complete temporary files, then commits a journal
 *       ({@link PublishJournal}) naming what replaces what with every file's SHA-256, then renames (each previous file
 *       kept under a temporary name until the end), the manifest last, then drops the journal. A failure after the
 *       commit (an I/O error, a full disk) puts the previous files back before it is reported; opening finishes or
 *       undoes what a killed run left, before anything else. So a directory holds the previous dataset or the new
 *       one. The journal is untrusted: it is carried out only when every file it names is proven ours.</li>
 *   <li><b>Temporary files</b> get unpredictable names of one exact pattern
 *       ({@code .synthetic-customers-} and 32 hex digits and {@code .tmp}), are created exclusively without following
 *       links, and every opening sweeps the ones a killed run left, also when the run then finds the dataset up to
 *       date. No other name is ever swept.</li>
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
    public static final List<String> INTERNAL_FILE_PATTERNS = List.of(".synthetic-customers*");

    private static final String TEMP_PREFIX = ".synthetic-customers-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.synthetic-customers-[0-9a-f]{32}\\.tmp");
    private static final int FOREIGN_NAMES_SHOWN = 5;

    private final Path path;
    private final DirectoryOps ops;
    private final DirectoryLock lock;
    private final Consumer<String> log;
    private Manifest manifest;
    private String manifestProblem;

    private DatasetDirectory(Path path, DirectoryOps ops, DirectoryLock lock, Consumer<String> log) {
        this.path = path;
        this.ops = ops;
        this.lock = lock;
        this.log = log;
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
            throw new DatasetDirectoryException("cannot create the dataset directory " + place + ": " + describe(e), e);
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
                Path manifestFile = place.resolve(MANIFEST);
                if (!exists(manifestFile)) {
                    throw DatasetDirectoryException.wrongDirectory("No synthetic customer dataset in " + place + ": "
                            + MANIFEST + " is missing");
                }
                // a damaged dataset (copied without its hidden lock file, say): a failed run naming the damage
                String problem = MANIFEST + " is not a plain file";
                if (isPlainFile(manifestFile)) {
                    try {
                        ManifestParser.read(manifestFile);
                    } catch (InvalidManifestException e) {
                        problem = e.getMessage();
                    }
                }
                throw new DatasetDirectoryException("No valid synthetic customer dataset in " + place + ": " + problem);
            }
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot read " + place + ": " + describe(e), e);
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
        DatasetDirectory directory = new DatasetDirectory(place, ops, lock, options.log());
        try {
            directory.recover();
            directory.sweep();
            directory.readManifest();
            return directory;
        } catch (IOException e) {
            lock.close();
            throw new DatasetDirectoryException("cannot prepare the dataset directory " + place + ": " + describe(e), e);
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
     * Writes files that describe this dataset ({@code quality.json}, {@code analysis.json}, {@code report.html}) and
     * lists them in the manifest with their SHA-256, all together or none: complete temporary files, then a publish
     * like the dataset's. A file already at one of those names is replaced only when the manifest lists it with the
     * digest it still has (or it holds exactly the new bytes); any other stops the run, naming it, and nothing changes.
     *
     * @return the written files' paths, in {@code files}' order
     * @throws DatasetDirectoryException when a file in the way is not ours, or the files cannot be written
     */
    public List<Path> writeDerived(Map<DerivedFile, byte[]> files) {
        if (manifest == null) {
            throw new IllegalStateException("no dataset to describe in " + path + ": " + manifestProblem);
        }
        List<Temp> temps = new ArrayList<>();
        try {
            List<NewFile> written = new ArrayList<>();
            Map<String, Manifest.FileDigest> listed = new LinkedHashMap<>();
            for (DerivedFile f : DerivedFile.values()) {
                for (Manifest.FileDigest d : manifest.derived()) {
                    if (d.file().equals(f.fileName())) {
                        listed.put(d.file(), d);
                    }
                }
                byte[] bytes = files.get(f);
                if (bytes != null) {
                    NewFile file = writeTemp(f.fileName(), bytes, temps);
                    written.add(file);
                    listed.put(f.fileName(), new Manifest.FileDigest(f.fileName(), bytes.length, file.sha256()));
                }
            }
            Manifest next = manifest.withDerived(List.copyOf(listed.values()));
            NewFile manifestFile = writeTemp(MANIFEST, DatasetWriter.manifestBytes(next), temps);
            temps.clear(); // publish deletes them when it fails, unless a journal it leaves still needs them
            publish(written, manifestFile, false);
            return files.keySet().stream().sorted().map(f -> path.resolve(f.fileName())).toList();
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot write " + files.keySet().stream().sorted()
                    .map(DerivedFile::fileName).toList() + " in " + path + ": " + e.getMessage(), e);
        } finally {
            temps.forEach(this::deleteQuietly);
        }
    }

    /** {@code bytes} written to a new temporary file that is to become {@code name}. */
    NewFile writeTemp(String name, byte[] bytes, List<Temp> temps) throws IOException {
        Temp temp = newTemp();
        temps.add(temp);
        try (OutputStream out = temp.out) {
            out.write(bytes);
        }
        return new NewFile(name, temp.name, sha256(bytes));
    }

    /**
     * A completed temporary file of this directory and the name it is published as.
     *
     * @param name the file name it becomes
     * @param temp its temporary name
     * @param sha256 its content's SHA-256
     */
    record NewFile(String name, String temp, String sha256) {
    }

    /** A new temporary file of the directory, open for writing. */
    Temp newTemp() throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = tempName();
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

    /** A new unpredictable temporary name of the product's exact pattern. */
    private static String tempName() {
        return TEMP_PREFIX + HexFormat.of().formatHex(TempNames.next()) + TEMP_SUFFIX;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(DatasetWriter.sha256Digest().digest(bytes));
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
     * Makes completed temporary files part of the dataset, all or none. First proves that every name it changes is
     * ours: absent, or a plain file the current manifest lists with the SHA-256 it still has, or holding exactly the
     * new bytes; any other file in the way stops the publish naming it, and nothing changes. Then commits a journal
     * and carries it out: the old manifest out, each changed name's previous file kept under a temporary name and the
     * new one moved in, the new manifest in, the kept files and the journal deleted. A failure after the commit puts
     * the previous files back ({@link PublishJournal.Direction#BACK}) before it is reported, so the previous dataset
     * stays usable; a kill is finished by the next opening.
     *
     * @param files the new files (data, schema or derived), in order
     * @param manifestFile the temporary file holding the new manifest
     * @param replacesDataset whether the files are a new dataset, which removes the files of the previous one it
     *     lacks (those still as the manifest records them; changed ones are left and logged), or only add to it
     */
    void publish(List<NewFile> files, NewFile manifestFile, boolean replacesDataset) throws IOException {
        try {
            List<PublishJournal.Change> changes = new ArrayList<>();
            List<String> inTheWay = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (NewFile f : files) {
                names.add(f.name());
                PublishJournal.Change c = change(f.name(), f.temp(), f.sha256(), inTheWay);
                if (c != null) {
                    changes.add(c);
                }
            }
            if (replacesDataset && manifest != null) {
                for (String old : listedNames(manifest)) {
                    if (!names.contains(old)) {
                        PublishJournal.Change c = removal(old);
                        if (c != null) {
                            changes.add(c);
                        }
                    }
                }
            }
            if (!inTheWay.isEmpty()) {
                throw new DatasetDirectoryException("refused to write the dataset in " + path + ": "
                        + String.join("; ", inTheWay) + ". synthetic-customers replaces only files its manifest lists"
                        + " with the SHA-256 they still have; nothing was changed. Move those away (or choose another"
                        + " output directory) and run again");
            }
            Path current = path.resolve(MANIFEST);
            if (exists(current) && !isPlainFile(current)) {
                throw new DatasetDirectoryException("refused to write the dataset in " + path + ": " + MANIFEST
                        + " is " + kindOf(current) + ", not a file synthetic-customers wrote; nothing was changed."
                        + " Move it away and run again");
            }
            PublishJournal.Change manifestChange = exists(current)
                    ? new PublishJournal.Change(MANIFEST, manifestFile.temp(), manifestFile.sha256(), tempName(),
                            DatasetStatus.sha256(current))
                    : new PublishJournal.Change(MANIFEST, manifestFile.temp(), manifestFile.sha256(), null, null);
            PublishJournal journal = new PublishJournal(PublishJournal.Direction.FORWARD, changes, manifestChange);
            writeJournal(journal);
            try {
                carryOut(journal, false);
            } catch (IOException | RuntimeException e) {
                throw undo(journal, e);
            }
            try {
                finish(journal);
            } catch (IOException e) {
                // published: the new manifest is in; the next opening deletes what is left of the old files
                log.accept("Published the dataset in " + path + ", but could not yet delete the previous files ("
                        + describe(e) + "); the next run deletes them");
            }
        } catch (IOException | RuntimeException e) {
            // not committed, or undone: this run's temporary files go (a committed journal names the ones it needs)
            if (!exists(path.resolve(JOURNAL_FILE))) {
                for (NewFile f : files) {
                    deleteQuietly(path.resolve(f.temp()));
                }
                deleteQuietly(path.resolve(manifestFile.temp()));
            }
            throw e;
        } finally {
            readManifest();
        }
    }

    /** How {@code target} changes to the temporary file {@code next}; null (and a line in inTheWay) when not ours. */
    private PublishJournal.Change change(String target, String next, String nextSha, List<String> inTheWay)
            throws IOException {
        Path file = path.resolve(target);
        if (!exists(file)) {
            return new PublishJournal.Change(target, next, nextSha, null, null);
        }
        if (!isPlainFile(file)) {
            inTheWay.add(target + " is " + kindOf(file));
            return null;
        }
        String sha = DatasetStatus.sha256(file);
        if (sha.equals(nextSha) || isListed(target, Files.size(file), sha) || isEarlierSchema(target, file)) {
            return new PublishJournal.Change(target, next, nextSha, tempName(), sha);
        }
        inTheWay.add(target + (listedNames(manifest).contains(target) ? " changed since synthetic-customers wrote it"
                : " was not written by synthetic-customers"));
        return null;
    }

    /** The removal of {@code target}, a file of the previous dataset; null (and a log line) when it changed since. */
    private PublishJournal.Change removal(String target) throws IOException {
        Path file = path.resolve(target);
        if (!exists(file)) {
            return null;
        }
        if (isPlainFile(file)) {
            String sha = DatasetStatus.sha256(file);
            if (isListed(target, Files.size(file), sha)) {
                return new PublishJournal.Change(target, null, null, tempName(), sha);
            }
        }
        log.accept("Left " + target + " in " + path + ": it changed since synthetic-customers wrote it, so it is"
                + " yours now (the new dataset does not list it)");
        return null;
    }

    /** Whether the current manifest lists {@code name} (data, schema or derived file) with this size and digest. */
    private boolean isListed(String name, long size, String sha) {
        return manifest != null && listed(manifest).stream()
                .anyMatch(d -> d.file().equals(name) && d.bytes() == size && d.sha256().equals(sha));
    }

    /**
     * A JSON Schema file an earlier version wrote without listing it: the manifest lists no schema at all and the file
     * is one of this product's schemas (its {@code $id}).
     */
    private boolean isEarlierSchema(String name, Path file) {
        DatasetSchema schema = DatasetSchema.ofFile(name);
        if (schema == null || manifest == null || !manifest.schemas().isEmpty()) {
            return false;
        }
        try {
            var node = JsonMappers.data().readTree(ManifestParser.readBounded(file));
            return node != null && node.isObject() && node.path("$id").asText("").equals(schema.id());
        } catch (IOException e) {
            return false;
        }
    }

    /** Every file a manifest lists: data files, schemas and derived files, with their sizes and digests. */
    static List<Manifest.FileDigest> listed(Manifest m) {
        List<Manifest.FileDigest> all = new ArrayList<>();
        m.files().forEach(f -> all.add(new Manifest.FileDigest(f.file(), f.bytes(), f.sha256())));
        all.addAll(m.schemas());
        all.addAll(m.derived());
        return all;
    }

    private static Set<String> listedNames(Manifest m) {
        Set<String> names = new LinkedHashSet<>();
        if (m != null) {
            listed(m).forEach(d -> names.add(d.file()));
        }
        return names;
    }

    private static String kindOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? "a directory" : a.isSymbolicLink() ? "a symbolic link" : "not a regular file";
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    private void writeJournal(PublishJournal journal) throws IOException {
        Temp temp = null;
        try {
            temp = newTemp();
            try (OutputStream out = temp.out) {
                out.write(journal.toBytes());
            }
            ops.move(temp.path, path.resolve(JOURNAL_FILE));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        syncDirectory();
    }

    /**
     * After a failure during a committed publish: turns the journal back and restores the previous files. Returns the
     * exception to throw, which names the failure and says whether the previous dataset is back.
     */
    private DatasetDirectoryException undo(PublishJournal journal, Exception failure) {
        try {
            PublishJournal back = journal.turned(PublishJournal.Direction.BACK);
            writeJournal(back);
            back(back, false);
            return new DatasetDirectoryException("cannot publish the dataset in " + path + ": " + describe(failure)
                    + "; the previous dataset was kept", failure);
        } catch (IOException | RuntimeException second) {
            failure.addSuppressed(second);
            return new DatasetDirectoryException("cannot publish the dataset in " + path + ": " + describe(failure)
                    + "; restoring the previous files failed too (" + describe(second) + "), the next run that opens"
                    + " the directory finishes that", failure);
        }
    }

    /**
     * An I/O failure in the product's words: the file (relative to the directory where it is one of its names) and the
     * operating system's reason, e.g. {@code customers.jsonl: Is a directory}, never the exception's class name.
     */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String file = f.getFile() == null ? "" : Path.of(f.getFile()).getFileName().toString();
            String other = f.getOtherFile() == null ? "" : " -> " + Path.of(f.getOtherFile()).getFileName();
            String reason = f.getReason() != null ? f.getReason()
                    : f instanceof NoSuchFileException ? "no such file or directory"
                    : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof FileAlreadyExistsException ? "already exists"
                    : f instanceof java.nio.file.NotDirectoryException ? "not a directory" : "failed";
            return (file + other + ": " + reason).strip();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Carries a journal on: old manifest out, each change out and in, new manifest in, kept files deleted. */
    private void forward(PublishJournal journal, boolean verify) throws IOException {
        if (verify && hasDigest(path.resolve(MANIFEST), journal.manifest().nextSha256())) {
            finish(journal); // the new manifest is in: only the clean-up was left
            return;
        }
        carryOut(journal, verify);
        finish(journal);
    }

    /** Every change of a journal made, the new manifest last; the previous files are still kept. */
    private void carryOut(PublishJournal journal, boolean verify) throws IOException {
        out(journal.manifest(), verify);
        for (PublishJournal.Change c : journal.entries()) {
            out(c, verify);
            in(c, verify);
        }
        in(journal.manifest(), verify);
        syncDirectory();
    }

    /**
     * Undoes a journal: new manifest out (back to its temporary name, where it proves the journal until the end), each
     * change undone in reverse, previous manifest back.
     */
    private void back(PublishJournal journal, boolean verify) throws IOException {
        PublishJournal.Change m = journal.manifest();
        Path current = path.resolve(MANIFEST);
        if (!exists(path.resolve(m.next())) && exists(current)
                && (m.backup() == null || exists(path.resolve(m.backup())))) {
            if (verify) {
                require(hasDigest(current, m.nextSha256()), MANIFEST);
            }
            ops.move(current, path.resolve(m.next()));
        }
        List<PublishJournal.Change> reversed = new ArrayList<>(journal.entries());
        java.util.Collections.reverse(reversed);
        for (PublishJournal.Change c : reversed) {
            undoIn(c, verify);
            undoOut(c, verify);
        }
        undoOut(journal.manifest(), verify);
        syncDirectory();
        finish(journal);
    }

    /** The previous file of {@code c.target} moved to its backup name (once). */
    private void out(PublishJournal.Change c, boolean verify) throws IOException {
        Path target = path.resolve(c.target());
        if (c.backup() == null || exists(path.resolve(c.backup())) || !exists(target)) {
            return;
        }
        if (verify) {
            require(hasDigest(target, c.previousSha256()), c.target());
        }
        ops.move(target, path.resolve(c.backup()));
    }

    /** The new file moved to {@code c.target} (once). */
    private void in(PublishJournal.Change c, boolean verify) throws IOException {
        if (c.next() == null) {
            return;
        }
        Path next = path.resolve(c.next());
        Path target = path.resolve(c.target());
        if (!exists(next)) {
            if (verify) {
                require(hasDigest(target, c.nextSha256()), c.target());
            }
            return;
        }
        if (verify) {
            require(hasDigest(next, c.nextSha256()), c.next());
        }
        // set aside or absent when the publish was proven: anything there now appeared since, and is not ours
        require(!exists(target), c.target());
        ops.move(next, target);
    }

    /** The new file at {@code c.target} deleted, when it was moved in. */
    private void undoIn(PublishJournal.Change c, boolean verify) throws IOException {
        Path target = path.resolve(c.target());
        if (c.next() == null || exists(path.resolve(c.next())) || !exists(target)) {
            return;
        }
        if (c.backup() != null && !exists(path.resolve(c.backup()))) {
            return; // never moved out, so the new file never moved in: this is still the previous one
        }
        if (verify) {
            require(hasDigest(target, c.nextSha256()), c.target());
            if (c.backup() == null) {
                // Nothing proves that this run moved it in rather than that someone else has the same bytes there:
                // a recovery never deletes it (the next run replaces it only if it is ours by content).
                log.accept("Left " + c.target() + " in " + path + " while undoing an interrupted publish: it holds"
                        + " that publish's bytes, and nothing proves the publish put it there");
                return;
            }
        }
        ops.delete(target);
    }

    /** The previous file moved back from its backup name. */
    private void undoOut(PublishJournal.Change c, boolean verify) throws IOException {
        if (c.backup() == null || !exists(path.resolve(c.backup()))) {
            return;
        }
        Path backup = path.resolve(c.backup());
        if (verify) {
            require(hasDigest(backup, c.previousSha256()), c.backup());
            require(!exists(path.resolve(c.target())), c.target());
        }
        ops.move(backup, path.resolve(c.target()));
    }

    /** The kept previous files, any new file not moved in, then the journal, deleted. */
    private void finish(PublishJournal journal) throws IOException {
        List<PublishJournal.Change> all = new ArrayList<>(journal.entries());
        all.add(journal.manifest());
        for (PublishJournal.Change c : all) {
            if (c.backup() != null) {
                ops.delete(path.resolve(c.backup()));
            }
            if (c.next() != null) {
                ops.delete(path.resolve(c.next()));
            }
        }
        ops.delete(path.resolve(JOURNAL_FILE));
        syncDirectory();
    }

    /** A file a journal names is not what it recorded: someone else changed the directory; nothing more is done. */
    private static void require(boolean proven, String name) throws Unproven {
        if (!proven) {
            throw new Unproven(name);
        }
    }

    /** A journal step found a file other than the one it recorded. */
    private static final class Unproven extends IOException {
        private static final long serialVersionUID = 1L;

        Unproven(String name) {
            super(name + " is not the file the publish journal recorded");
        }
    }

    private static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Finishes or undoes the publish a killed or failed run left. The journal is untrusted: it is carried out only when
     * it is well formed and every file it would replace or delete is proven ours (the previous manifest it names lists
     * it with that SHA-256, or it holds the new bytes); otherwise it is reported, dropped, and its files left alone.
     */
    private void recover() throws IOException {
        Path file = path.resolve(JOURNAL_FILE);
        if (!exists(file)) {
            return;
        }
        PublishJournal journal = isPlainFile(file) ? PublishJournal.parse(ManifestParser.readBounded(file)) : null;
        String unproven = journal == null ? "it is not a journal this version wrote" : unproven(journal);
        if (unproven != null) {
            putBack(journal);
            log.accept("Ignored the publish journal in " + path + " and left every file it names as it is: "
                    + unproven);
            ops.delete(file);
            return;
        }
        try {
            if (journal.direction() == PublishJournal.Direction.FORWARD) {
                forward(journal, true);
            } else {
                back(journal, true);
            }
        } catch (Unproven e) {
            putBack(journal);
            log.accept("Stopped finishing the interrupted publish in " + path + ": " + e.getMessage()
                    + "; the files set aside are back where they were, the others left as they are");
            ops.delete(file);
        }
    }

    /**
     * Before a journal that cannot be carried out is dropped: every file it set aside goes back to its name where
     * that name is free (moves only), so the sweep of temporary names that follows never deletes one of them.
     */
    private void putBack(PublishJournal journal) throws IOException {
        if (journal == null) {
            return;
        }
        List<PublishJournal.Change> all = new ArrayList<>(journal.entries());
        all.add(journal.manifest());
        for (PublishJournal.Change c : all) {
            if (c.backup() != null && isPlainFile(path.resolve(c.backup())) && !exists(path.resolve(c.target()))) {
                ops.move(path.resolve(c.backup()), path.resolve(c.target()));
            }
        }
    }

    /**
     * Why {@code journal} may not be carried out, or null when everything it names is proven ours: the previous manifest
     * it names (at {@code manifest.json} or, once set aside, at its backup name while {@code manifest.json} is absent or
     * already the new one) lists every file it would set aside with that SHA-256, and the new manifest it names (at its
     * temporary name or already at {@code manifest.json}) lists every file it would move in with that SHA-256, so
     * nothing the journal merely claims decides what is replaced or deleted.
     */
    private String unproven(PublishJournal journal) throws IOException {
        PublishJournal.Change m = journal.manifest();
        Path current = path.resolve(MANIFEST);
        String currentSha = isPlainFile(current) ? DatasetStatus.sha256(current) : null;
        Manifest next = manifestWithDigest(List.of(current, path.resolve(m.next())), m.nextSha256());
        if (next == null) {
            return "the new manifest it names is not in the directory";
        }
        if (currentSha != null && !currentSha.equals(m.nextSha256()) && !currentSha.equals(m.previousSha256())) {
            return MANIFEST + " is neither the previous nor the new manifest it names";
        }
        Manifest previous = null;
        if (m.backup() != null) {
            List<Path> places = new ArrayList<>(List.of(current));
            if (currentSha == null || currentSha.equals(m.nextSha256())) {
                places.add(path.resolve(m.backup()));
            }
            previous = manifestWithDigest(places, m.previousSha256());
            if (previous == null && !(journal.direction() == PublishJournal.Direction.FORWARD
                    && m.nextSha256().equals(currentSha))) {
                return "the previous manifest it names is not in the directory";
            }
        }
        for (PublishJournal.Change c : journal.entries()) {
            if (c.next() != null && listed(next).stream()
                    .noneMatch(d -> d.file().equals(c.target()) && d.sha256().equals(c.nextSha256()))) {
                return "it would move in " + c.target() + ", which the new manifest does not list with that SHA-256";
            }
            boolean published = journal.direction() == PublishJournal.Direction.FORWARD && previous == null
                    && m.nextSha256().equals(currentSha);
            if (c.previousSha256() == null || published) {
                continue; // nothing set aside, or published already: only the clean-up is left
            }
            String sha = c.previousSha256();
            boolean listed = previous != null && (listed(previous).stream()
                    .anyMatch(d -> d.file().equals(c.target()) && d.sha256().equals(sha))
                    || (previous.schemas().isEmpty() && DatasetSchema.ofFile(c.target()) != null));
            boolean sameBytes = sha.equals(c.nextSha256()) && (hasDigest(path.resolve(c.next()), sha)
                    || hasDigest(path.resolve(c.backup()), sha));
            if (!listed && !sameBytes) {
                return "it would replace or delete " + c.target() + ", which the previous manifest does not list"
                        + " with that SHA-256";
            }
        }
        return null;
    }

    /** The valid manifest at the first of {@code places} that has {@code sha}, or null. */
    private static Manifest manifestWithDigest(List<Path> places, String sha) throws IOException {
        for (Path candidate : places) {
            if (hasDigest(candidate, sha)) {
                try {
                    return ManifestParser.read(candidate);
                } catch (InvalidManifestException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean hasDigest(Path file, String sha) throws IOException {
        return isPlainFile(file) && DatasetStatus.sha256(file).equals(sha);
    }

    /** Deletes the temporary files of earlier runs: under the lock, no live run of ours owns any. */
    private void sweep() throws IOException {
        for (String name : names(path)) {
            if (isTempName(name)) {
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
            if (!isTempName(name)) {
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
                || DatasetSchema.ofFile(n) != null || SchemaFiles.isName(n) || DerivedFile.ofFile(n) != null).toList();
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
