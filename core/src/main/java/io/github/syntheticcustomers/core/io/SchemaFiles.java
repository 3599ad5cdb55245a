package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.relational.RelationalSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files that describe a dataset's data files and are published with them, listed in the manifest's
 * {@code schemas}: the JSON Schemas ({@link DatasetSchema}) and, when the dataset holds the relational format's tables,
 * their description, DDL and load script ({@link RelationalSchema}), which follow from the tables written alone.
 */
final class SchemaFiles {

    /** One such file's name and bytes. */
    record SchemaFile(String fileName, byte[] bytes) {
    }

    private SchemaFiles() {
    }

    /** The files a dataset of {@code files} is published with, in the manifest's order. */
    static List<SchemaFile> describing(List<Manifest.FileEntry> files) {
        List<SchemaFile> out = new ArrayList<>();
        for (DatasetSchema s : DatasetSchema.describing(files)) {
            out.add(new SchemaFile(s.fileName(), s.bytes()));
        }
        List<String> tables = files.stream().filter(f -> f.format().equals(Format.RELATIONAL.id()))
                .map(Manifest.FileEntry::file).toList();
        if (!tables.isEmpty()) {
            RelationalSchema schema = RelationalSchema.ofFiles(tables);
            for (String name : RelationalSchema.descriptionFileNames()) {
                out.add(new SchemaFile(name, schema.file(name).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code name} is the name of such a file, e.g. {@code customers.schema.json} or {@code relational-tables.json}. */
    static boolean isName(String name) {
        DatasetSchema schema = DatasetSchema.ofFile(name);
        return (schema != null && schema.fileName().equals(name))
                || RelationalSchema.descriptionFileNames().contains(name);
    }
}
