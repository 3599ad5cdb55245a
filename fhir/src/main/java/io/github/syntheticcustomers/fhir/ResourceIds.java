package io.github.syntheticcustomers.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Resource ids, the same for the same seed, record and resource: a name-based UUID (RFC 4122 version 3) of
 * {@code synthetic-customers/<seed>/<record index>/<resource type>/<ordinal>}. Two datasets with different seeds
 * can be loaded into one server without clashing, and a reference is known without looking anything up.
 */
final class ResourceIds {

    private ResourceIds() {
    }

    /** The id of the {@code ordinal}-th resource of {@code type} made from record {@code index} (0-based). */
    static String of(long seed, long index, String type, int ordinal) {
        return UUID.nameUUIDFromBytes(("synthetic-customers/" + seed + "/" + index + "/" + type + "/" + ordinal)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
