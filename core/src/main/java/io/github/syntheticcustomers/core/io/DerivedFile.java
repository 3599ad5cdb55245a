package io.github.syntheticcustomers.core.io;

/**
 * The files {@code check} and {@code report} write next to a dataset. Each describes one dataset: the manifest
 * lists the ones written for it ({@link Manifest#derived()}) with their SHA-256, so generating another dataset
 * removes them, and a run replaces one only while it still has the recorded digest.
 */
public enum DerivedFile {
    /** The quality checks' results, written by {@code check} and {@code report}. */
    QUALITY("quality.json"),
    /** The measures the report shows, written by {@code report}. */
    ANALYSIS("analysis.json"),
    /** The report page, written by {@code report}. */
    REPORT("report.html");

    private final String fileName;

    DerivedFile(String fileName) {
        this.fileName = fileName;
    }

    /** The file name in the dataset directory. */
    public String fileName() {
        return fileName;
    }

    /** The derived file named {@code fileName}, or null. */
    public static DerivedFile ofFile(String fileName) {
        for (DerivedFile f : values()) {
            if (f.fileName.equals(fileName)) {
                return f;
            }
        }
        return null;
    }
}
