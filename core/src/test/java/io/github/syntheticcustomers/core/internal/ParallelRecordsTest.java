package io.github.syntheticcustomers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelRecordsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 8})
    void recordsAreInIndexOrderWhateverTheThreadCount(int threads) {
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 500);
        List<CustomerProfile> sequential = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sequential.add(generator.customer(i));
        }
        assertEquals(sequential, ParallelRecords.build(500, generator::customer, threads));
    }

    @Test
    void usesSeveralThreadsOnlyWhenEachGetsEnoughRecords() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ParallelRecords.build(ParallelRecords.MIN_PER_THREAD * 4, i -> threads.add(Thread.currentThread().getName()), 4);
        assertEquals(4, threads.size(), threads.toString());

        threads.clear();
        ParallelRecords.build(ParallelRecords.MIN_PER_THREAD - 1, i -> threads.add(Thread.currentThread().getName()), 4);
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void emptyAndSingleRecord() {
        assertEquals(List.of(), ParallelRecords.build(0, i -> i, 4));
        assertEquals(List.of(7), ParallelRecords.build(1, i -> i + 7, 4));
    }

    @Test
    void flattensPerIndexListsInIndexOrder() {
        List<Integer> flat = ParallelRecords.buildFlat(300, i -> i % 3 == 0 ? List.of() : List.of(i, -i));
        List<Integer> want = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            if (i % 3 != 0) {
                want.add(i);
                want.add(-i);
            }
        }
        assertEquals(want, flat);
    }

    @Test
    void aFailureOnAnyThreadReachesTheCallerAfterAllThreadsStopped() {
        IllegalStateException boom = new IllegalStateException("record 450");
        Set<Integer> built = ConcurrentHashMap.newKeySet();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelRecords.build(512, i -> {
            if (i == 450) {
                throw boom;
            }
            built.add(i);
            return i;
        }, 4));
        assertSame(boom, thrown);
        assertTrue(built.contains(0) && built.contains(383), "the other ranges ran to their end");
    }

    @Test
    void resultIsUnmodifiable() {
        List<Integer> records = ParallelRecords.build(200, i -> i, 2);
        assertThrows(UnsupportedOperationException.class, () -> records.set(0, 1));
    }
}
