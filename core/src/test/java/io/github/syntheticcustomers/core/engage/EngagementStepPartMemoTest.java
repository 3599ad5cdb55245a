package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engagement-steps file and the relational {@code engagement_steps} table read one part: asked twice in a row for
 * an index on one thread, it hands out the steps it built the first time, and the steps equal a fresh part's.
 */
class EngagementStepPartMemoTest {

    private final DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 20);

    @Test
    void theSameIndexTwiceIsBuiltOnceAndEqualsAFreshPartsSteps() {
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        EngagementStepPart fresh = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        for (long i = 0; i < 20; i++) {
            List<EngagementStep> first = part.recordsFor(i);
            assertSame(first, part.recordsFor(i));
            assertEquals(fresh.recordsFor(i, generator.customer(i)), first);
        }
    }

    @Test
    void anotherIndexInBetweenGivesThatIndexsSteps() {
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        List<EngagementStep> three = part.recordsFor(3);
        List<EngagementStep> four = part.recordsFor(4);
        assertNotSame(three, four);
        List<EngagementStep> again = part.recordsFor(3);
        assertEquals(three, again);
        assertNotSame(three, again);
        four.forEach(s -> assertEquals(DatasetGenerator.customerId(4), s.customerId()));
    }
}
