package io.github.syntheticcustomers.core.config;

/**
 * The {@code narrative} section: the generic phrase pools of personas without their own
 * ({@code personas.<id>.narrative}, list by list), and the concern a listed family history adds.
 *
 * @param generic the pools a persona's missing lists fall back to
 * @param familyHistoryConcern the concern added for the customer's first family history; {@code {condition}}
 *     stands for the relative's condition in lower case
 */
public record NarrativeConfig(NarrativePools generic, String familyHistoryConcern) {

    /** The placeholder of {@link #familyHistoryConcern()}. */
    public static final String CONDITION = "{condition}";
}
