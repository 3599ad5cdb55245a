import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Maven repository directory that {@code ./mvnw -B -Prelease deploy -DaltDeploymentRepository=id::file:DIR}
 * wrote, against what Maven Central requires of a release (https://central.sonatype.org/publish/requirements/):
 * <ul>
 * <li>every deployed module has its POM, and (unless its packaging is {@code pom}) its jar, {@code -sources.jar} and
 * {@code -javadoc.jar}; each jar opens as a zip, the sources jar holds a {@code .java} file, the Javadoc jar an
 * {@code index.html};</li>
 * <li>every file has a {@code .asc} signature that {@code gpg --verify} accepts (the key in {@code GNUPGHOME}), and
 * every file (metadata included; signatures need none) {@code .md5} and {@code .sha1} checksums that match;</li>
 * <li>every POM, with what it inherits from a parent deployed beside it, has name, description, url, licenses (name and
 * url), developers and scm (connection, developerConnection, url); its parent is deployed too;</li>
 * <li>no SNAPSHOT version but the project's own is referenced, and a release version references none.</li>
 * </ul>
 * A SNAPSHOT version deploys to the snapshot layout (timestamped file names, maven-metadata.xml per version): the
 * checks are the same, and a notice says what changes for a release. Run: {@code java .ci/StagingCheck.java DIR}; exit
 * status 0 when all holds, 1 listing every problem, 2 on a usage error. No dependency but the JDK and gpg.
 */
public final class StagingCheck {

    private static final Set<String> CHECKSUMS = Set.of("md5", "sha1", "sha256", "sha512");

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    /** Every deployed POM by groupId:artifactId:version. */
    private final Map<String, Pom> poms = new TreeMap<>();

    private StagingCheck(Path root) {
        this.root = root;
    }

    /** One deployed POM: its coordinates, parsed document and the file name prefix of its artifacts. */
    private record Pom(Path file, String groupId, String artifactId, String version, String packaging, Element project,
            String parentKey, String prefix) {
        String key() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java .ci/StagingCheck.java STAGING_DIRECTORY (a directory that exists)");
            System.exit(2);
        }
        StagingCheck check = new StagingCheck(Path.of(args[0]));
        check.run();
        check.notices.forEach(n -> System.out.println("notice: " + n));
        if (check.problems.isEmpty()) {
            System.out.println("staging " + check.root + ": " + check.poms.size() + " modules, every file signed and "
                    + "checksummed, every POM complete: " + String.join(", ", check.poms.keySet()));
            return;
        }
        System.out.println("staging " + check.root + " is not what Maven Central accepts; " + check.problems.size()
                + " problem(s):");
        check.problems.forEach(p -> System.out.println("  - " + p));
        System.exit(1);
    }

    private void run() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".pom")) {
                readPom(file);
            }
        }
        if (poms.isEmpty()) {
            problems.add("no POM under " + root + ": nothing was deployed");
            return;
        }
        Set<Path> owned = new TreeSet<>();
        for (Pom pom : poms.values()) {
            checkArtifacts(pom, files, owned);
            checkMetadata(pom);
            checkVersions(pom);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!owned.contains(file) && !name.startsWith("maven-metadata") && !isChecksum(name)) {
                problems.add(rel(file) + ": belongs to no deployed POM");
            }
            if (!isChecksum(name)) {
                checkChecksums(file);
            }
        }
        if (poms.values().stream().anyMatch(p -> p.version().endsWith("-SNAPSHOT"))) {
            notices.add("the version is a SNAPSHOT, so it deployed to the snapshot layout (file names with a timestamp"
                    + " and build number, maven-metadata.xml beside them). Maven Central takes release versions only:"
                    + " set one (./mvnw versions:set -DnewVersion=0.1.0) and the same deploy writes artifactId-0.1.0.jar"
                    + " and friends, with no snapshot metadata; then no SNAPSHOT may be referenced at all.");
        }
    }

    private void readPom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            problems.add(rel(file) + ": not a readable POM (" + e.getMessage() + ")");
            return;
        }
        Element project = document.getDocumentElement();
        Element parent = child(project, "parent");
        String groupId = text(project, "groupId", parent == null ? null : text(parent, "groupId", null));
        String artifactId = text(project, "artifactId", null);
        String version = text(project, "version", parent == null ? null : text(parent, "version", null));
        if (groupId == null || artifactId == null || version == null) {
            problems.add(rel(file) + ": no groupId, artifactId or version");
            return;
        }
        String parentKey = parent == null ? null : text(parent, "groupId", "") + ":" + text(parent, "artifactId", "")
                + ":" + text(parent, "version", "");
        String name = file.getFileName().toString();
        Pom pom = new Pom(file, groupId, artifactId, version, text(project, "packaging", "jar"), project, parentKey,
                name.substring(0, name.length() - ".pom".length()));
        Path expectedDir = root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        if (!file.getParent().equals(expectedDir)) {
            problems.add(rel(file) + ": not where " + pom.key() + " belongs (" + rel(expectedDir) + ")");
        }
        Pom other = poms.putIfAbsent(pom.key(), pom);
        if (other != null) {
            problems.add(rel(file) + ": a second deployment of " + pom.key() + " beside " + rel(other.file())
                    + " (stage into an empty directory)");
        }
    }

    /** The module's files: present, signed, and readable as what they claim to be. */
    private void checkArtifacts(Pom pom, List<Path> files, Set<Path> owned) {
        Path dir = pom.file().getParent();
        List<String> required = new ArrayList<>(List.of(pom.prefix() + ".pom"));
        if (!pom.packaging().equals("pom")) {
            required.addAll(List.of(pom.prefix() + ".jar", pom.prefix() + "-sources.jar",
                    pom.prefix() + "-javadoc.jar"));
        }
        for (String name : required) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                problems.add(pom.key() + ": missing " + rel(dir.resolve(name)));
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!file.getParent().equals(dir) || !name.startsWith(pom.prefix())) {
                continue;
            }
            owned.add(file);
            if (isChecksum(name) || name.endsWith(".asc")) {
                continue;
            }
            checkSignature(file);
            if (name.endsWith(".jar")) {
                checkJar(pom, file);
            }
        }
    }

    private void checkSignature(Path file) {
        Path signature = file.resolveSibling(file.getFileName() + ".asc");
        if (!Files.isRegularFile(signature)) {
            problems.add(rel(file) + ": no signature (" + signature.getFileName() + ")");
            return;
        }
        try {
            Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", signature.toString(), file.toString())
                    .redirectErrorStream(true).start();
            byte[] output = gpg.getInputStream().readAllBytes();
            if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
                gpg.destroyForcibly();
                problems.add(rel(signature) + ": gpg --verify did not finish");
            } else if (gpg.exitValue() != 0) {
                String why = new String(output, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                problems.add(rel(signature) + ": not a valid signature of " + file.getFileName() + " (gpg --verify: "
                        + why + ")");
            }
        } catch (IOException e) {
            problems.add(rel(signature) + ": cannot run gpg --verify (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(rel(signature) + ": interrupted");
        }
    }

    private void checkJar(Pom pom, Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> entries = zip.stream().map(ZipEntry::getName).toList();
            if (name.equals(pom.prefix() + "-sources.jar") && entries.stream().noneMatch(e -> e.endsWith(".java"))) {
                problems.add(rel(file) + ": a sources jar without a .java file");
            } else if (name.equals(pom.prefix() + "-javadoc.jar") && !entries.contains("index.html")) {
                problems.add(rel(file) + ": a Javadoc jar without index.html");
            } else if (name.equals(pom.prefix() + ".jar") && entries.stream().noneMatch(e -> e.endsWith(".class"))) {
                problems.add(rel(file) + ": the main jar holds no class");
            }
        } catch (IOException e) {
            problems.add(rel(file) + ": not a readable jar (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code .md5} and {@code .sha1} beside the file (not required beside a signature), and equal to its digests; other
     * checksums (.sha256, .sha512), when there, too.
     */
    private void checkChecksums(Path file) {
        for (String algorithm : CHECKSUMS) {
            Path sum = file.resolveSibling(file.getFileName() + "." + algorithm);
            // Central wants no checksums of signatures, and Maven 3.9's resolver writes none
            // (aether.checksums.omitChecksumsForExtensions=.asc); those present must match all the same
            boolean required = (algorithm.equals("md5") || algorithm.equals("sha1"))
                    && !file.getFileName().toString().endsWith(".asc");
            if (!Files.isRegularFile(sum)) {
                if (required) {
                    problems.add(rel(file) + ": no ." + algorithm + " checksum");
                }
                continue;
            }
            try {
                String recorded = Files.readString(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
                String actual = digest(file, algorithm);
                if (!recorded.equalsIgnoreCase(actual)) {
                    problems.add(rel(sum) + ": says " + recorded + ", the file's " + algorithm + " is " + actual);
                }
            } catch (IOException e) {
                problems.add(rel(sum) + ": unreadable (" + e.getMessage() + ")");
            }
        }
    }

    /** Central's required POM elements, each taken from the POM or, where Maven inherits it, its parent's. */
    private void checkMetadata(Pom pom) {
        if (pom.parentKey() != null && !poms.containsKey(pom.parentKey())) {
            problems.add(pom.key() + ": its parent " + pom.parentKey() + " is not deployed here");
        }
        List<String> missing = new ArrayList<>();
        // name is not inherited in Maven: each POM must carry its own
        if (text(pom.project(), "name", null) == null) {
            missing.add("name");
        }
        for (String path : List.of("description", "url", "licenses/license/name", "licenses/license/url",
                "developers/developer", "scm/connection", "scm/developerConnection", "scm/url")) {
            if (inherited(pom, path) == null) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(rel(pom.file()) + ": no " + String.join(", ", missing) + " (Maven Central requires them;"
                    + " set them in the root pom.xml, which every module inherits)");
        }
    }

    /** No SNAPSHOT but the project's own; none at all for a release version. */
    private void checkVersions(Pom pom) {
        Set<String> snapshots = new TreeSet<>();
        collectVersions(pom.project(), snapshots);
        boolean release = !pom.version().endsWith("-SNAPSHOT");
        snapshots.removeIf(v -> !release && v.equals(pom.version()));
        if (!snapshots.isEmpty()) {
            problems.add(rel(pom.file()) + ": references SNAPSHOT version(s) " + snapshots + (release
                    ? ", which a release on Maven Central cannot" : " other than the project's own " + pom.version()));
        }
    }

    private static void collectVersions(Element element, Set<String> snapshots) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals("version") && e.getTextContent().contains("SNAPSHOT")) {
                    snapshots.add(e.getTextContent().strip());
                }
                collectVersions(e, snapshots);
            }
        }
    }

    private String inherited(Pom pom, String path) {
        for (Pom p = pom; p != null; p = p.parentKey() == null ? null : poms.get(p.parentKey())) {
            Element e = p.project();
            for (String part : path.split("/")) {
                e = e == null ? null : child(e, part);
            }
            if (e != null && !e.getTextContent().isBlank()) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name, String fallback) {
        Element e = child(parent, name);
        return e == null || e.getTextContent().isBlank() ? fallback : e.getTextContent().strip();
    }

    private static boolean isChecksum(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && CHECKSUMS.contains(name.substring(dot + 1));
    }

    private static String digest(Path file, String algorithm) throws IOException {
        String jca = switch (algorithm) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            default -> "SHA-512";
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String rel(Path file) {
        return root.relativize(file).toString();
    }
}
