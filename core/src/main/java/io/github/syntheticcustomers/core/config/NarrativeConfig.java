package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code narrative} section: the generic phrase pools of personas without their own
 * ({@code personas.<id>.narrative}, list by list), the concern a listed family history adds, the summary's
 * disposition sentences, the quote endings and the occupation groups phrase rules can name.
 *
 * @param generic the pools a persona's missing lists fall back to
 * @param familyHistoryConcern the concern added for the customer's first family history; {@code {condition}}
 *     stands for the relative's condition in lower case
 * @param occupationGroups named groups of occupations ({@code shift_work: [Registered Nurse, ...]}), for rules of
 *     the form {@code { occupation_group: shift_work }}
 * @param dispositions the summary's sentence about how the customer deals with health: the first whose rule holds
 *     (the last must hold for anyone)
 * @param dispositionNotes sentences added after the disposition, each whose rule holds
 * @param quoteEndings a second sentence for the quote: one of those whose rule holds is drawn (none when none
 *     holds), so quotes vary with the record as the count grows
 */
public record NarrativeConfig(NarrativePools generic, String familyHistoryConcern,
        Map<String, List<String>> occupationGroups, List<NarrativeEntry> dispositions,
        List<NarrativeEntry> dispositionNotes, List<NarrativeEntry> quoteEndings) {

    /** The placeholder of {@link #familyHistoryConcern()}. */
    public static final String CONDITION = "{condition}";

    public NarrativeConfig {
        occupationGroups = Immutable.mapOfLists(occupationGroups);
        dispositions = Immutable.list(dispositions);
        dispositionNotes = Immutable.list(dispositionNotes);
        quoteEndings = Immutable.list(quoteEndings);
    }
}
