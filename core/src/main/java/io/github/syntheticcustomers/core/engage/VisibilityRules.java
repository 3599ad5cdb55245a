package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Which tiers a front end shows and which it holds back.
 *
 * @param isVisible whether the step is shown expanded ({@code false}: collapsed, e.g. a skipped step)
 * @param visibleTiers tiers shown, shallowest first; always starts with essential
 * @param deferredTiers tiers held back, loaded only on request
 * @param revealOn what reveals the deferred tiers: {@code on-request}, {@code after-support} (held back
 *        because the user hesitated) or {@code none} (nothing deferred)
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record VisibilityRules(
        @JsonProperty("isVisible") boolean isVisible,
        List<Tier> visibleTiers,
        List<Tier> deferredTiers,
        String revealOn) {

    public VisibilityRules {
        visibleTiers = List.copyOf(visibleTiers);
        deferredTiers = List.copyOf(deferredTiers);
    }
}
