package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One phrase of a narrative pool: a plain string, or {@code { text, when }} for a phrase that is only true of
 * some customers ("Manage blood pressure" only with a known hypertension). {@code when} takes the rules of
 * scenario eligibility ({@link ScenarioConfig.Eligibility}), so "has a screening history" or "has a transport
 * barrier" means one thing everywhere.
 *
 * @param text the phrase
 * @param when the rule that must hold for the customer; null: any customer
 */
public record NarrativeEntry(String text, ScenarioConfig.Eligibility when) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NarrativeEntry(@JsonProperty("text") String text, @JsonProperty("when") ScenarioConfig.Eligibility when) {
        this.text = text;
        this.when = when;
    }

    /** A phrase true of any customer, written as a plain string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NarrativeEntry of(String text) {
        return new NarrativeEntry(text, null);
    }
}
