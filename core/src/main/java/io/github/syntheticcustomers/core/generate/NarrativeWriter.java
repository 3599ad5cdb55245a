package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.NarrativeConfig;
import io.github.syntheticcustomers.core.config.NarrativeEntry;
import io.github.syntheticcustomers.core.config.NarrativePools;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Narrative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a customer's narrative from the finished record: every sentence that says something about the person is a
 * configured phrase whose rule ({@code when}) holds for the record (issue 29: texts true of the record). Two
 * motivations, concerns and goals and a quote among the persona's phrases (the generic ones filling up), the concern
 * a listed family history adds, the quote's second sentence among {@code narrative.quote_endings}, and a summary whose
 * disposition is the first of {@code narrative.dispositions} that holds (read from behaviour on record: screening
 * history, completion rate, undiagnosed findings, not from the traits alone). Immutable and thread-safe.
 */
final class NarrativeWriter {

    private final GeneratorConfig config;
    private final CustomerPredicates predicates;
    private final LocalDate reference;

    NarrativeWriter(GeneratorConfig config, CustomerPredicates predicates) {
        this.config = config;
        this.predicates = predicates;
        this.reference = config.referenceDate();
    }

    /** The narrative of {@code draft} (the finished profile without one), drawing from {@code rng}. */
    Narrative write(PersonaConfig persona, CustomerProfile draft, Rng rng) {
        NarrativePools own = persona.narrative();
        NarrativeConfig n = config.narrative();
        NarrativePools generic = n.generic();
        List<String> motivations = phrases(own == null ? null : own.motivations(), generic.motivations(), 2, draft,
                rng);
        List<String> concerns = new ArrayList<>(phrases(own == null ? null : own.concerns(), generic.concerns(), 2,
                draft, rng));
        HealthProfile health = draft.healthProfile();
        if (!health.familyHistory().isEmpty()) {
            concerns.add(n.familyHistoryConcern().replace(NarrativeConfig.CONDITION,
                    health.familyHistory().get(0).condition().toLowerCase(Locale.ROOT)));
        }
        List<String> goals = phrases(own == null ? null : own.goals(), generic.goals(), 2, draft, rng);
        String quote = phrases(own == null ? null : own.quotes(), generic.quotes(), 1, draft, rng).get(0);
        List<String> endings = fitting(n.quoteEndings(), draft);
        if (!endings.isEmpty()) {
            quote = quote + " " + rng.pick(endings);
        }
        Demographics d = draft.demographics();
        StringBuilder summary = new StringBuilder();
        summary.append(d.firstName()).append(", ").append(d.age()).append(", works as ")
                .append(article(d.occupation())).append(' ').append(d.occupation()).append(" in ")
                .append(d.city()).append(", ").append(d.state()).append(". ")
                .append(disposition(draft)).append(' ');
        List<LifeEvent> events = draft.lifeEvents();
        LifeEvent recent = events.isEmpty() ? null : events.get(events.size() - 1);
        // "recently" means what the scenario types mean by it: within scenarios.recent_life_event_days
        if (recent != null && !recent.date().isBefore(reference.minusDays(config.scenarios().recentLifeEventDays()))) {
            summary.append(RECENTLY).append(recent.description().toLowerCase(Locale.ROOT)).append(". ");
        }
        summary.append(persona.name()).append(" persona, ").append(draft.riskLevel().replace('_', ' '))
                .append(" risk.");
        return new Narrative(summary.toString(), motivations, concerns, goals, quote);
    }

    /** How the summary introduces the most recent life event (only one within the recent window). */
    static final String RECENTLY = "Recently: ";

    /**
     * The disposition sentence: the first of {@code narrative.dispositions} whose rule holds (the validator makes the
     * last hold for anyone), then every note of {@code narrative.disposition_notes} whose rule holds.
     */
    String disposition(CustomerProfile c) {
        NarrativeConfig n = config.narrative();
        StringBuilder sb = new StringBuilder();
        for (NarrativeEntry e : n.dispositions()) {
            if (e.when() == null || predicates.holds(e.when(), c)) {
                sb.append(predicates.attributeTexts().fill(e.text(), c));
                break;
            }
        }
        for (String note : fitting(n.dispositionNotes(), c)) {
            sb.append(sb.length() == 0 ? "" : " ").append(note);
        }
        return sb.toString();
    }

    /**
     * {@code k} distinct phrases, in draw order, among the persona's entries whose rule holds for the customer;
     * when fewer fit (or the persona has none), the fitting generic entries fill up.
     */
    private List<String> phrases(List<NarrativeEntry> own, List<NarrativeEntry> generic, int k,
            CustomerProfile draft, Rng rng) {
        List<String> fitting = fitting(own == null || own.isEmpty() ? generic : own, draft);
        List<String> chosen = new ArrayList<>(rng.sample(fitting, Math.min(k, fitting.size())));
        if (chosen.size() < k) {
            List<String> more = new ArrayList<>(fitting(generic, draft));
            more.removeAll(chosen);
            chosen.addAll(rng.sample(more, Math.min(k - chosen.size(), more.size())));
        }
        return chosen;
    }

    /** The texts of {@code entries} (null: none) whose rule holds for the customer, in order. */
    private List<String> fitting(List<NarrativeEntry> entries, CustomerProfile draft) {
        if (entries == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(entries.size());
        for (NarrativeEntry e : entries) {
            if (e.when() == null || predicates.holds(e.when(), draft)) {
                // {a.<id>}: the customer's own attribute, as texts say it
                out.add(predicates.attributeTexts().fill(e.text(), draft));
            }
        }
        return out;
    }

    /** "an" before a vowel letter, else "a". */
    static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
