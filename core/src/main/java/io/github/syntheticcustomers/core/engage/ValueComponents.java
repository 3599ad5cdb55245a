package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.syntheticcustomers.core.model.Nullable;

/**
 * Value articulation: why the step matters ({@code preview}), what became of it ({@code confirmation}), where the
 * step fits ({@code contextual}) and, when the customer's own record gives one, a line about their own facts
 * ({@code personal}: a due screening, a measurement to watch, a barrier, a recent life event; absent otherwise).
 * Null or blank means absent.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record ValueComponents(String preview, String confirmation, String contextual,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String personal) {

    /** Components without a personal line. */
    public ValueComponents(String preview, String confirmation, String contextual) {
        this(preview, confirmation, contextual, null);
    }
}
