package io.github.syntheticcustomers.core.engage;

/**
 * The fixed text of one journey step, before any adaptation: its three content tiers and the raw
 * material of value articulation.
 *
 * @param id step id as journeys name it, e.g. {@code risk_assessment}
 * @param phase journey phase id: awareness, engagement, action or continuity
 * @param title short display title
 * @param benefit why the step matters to the user, as a clause ("you see …")
 * @param evidence the clinical rationale, for the clinical approach
 * @param minutes typical minutes the step takes
 * @param essential core content, always shown
 * @param extended additional context (extended tier)
 * @param comprehensive deep-dive detail (comprehensive tier)
 * @param context one sentence placing the step in the journey (value contextual component)
 */
public record StepDefinition(
        String id,
        String phase,
        String title,
        String benefit,
        String evidence,
        int minutes,
        String essential,
        String extended,
        String comprehensive,
        String context) {

    /** The text of one tier alone. */
    public String tierText(Tier tier) {
        return switch (tier) {
            case ESSENTIAL -> essential;
            case EXTENDED -> extended;
            case COMPREHENSIVE -> comprehensive;
        };
    }
}
