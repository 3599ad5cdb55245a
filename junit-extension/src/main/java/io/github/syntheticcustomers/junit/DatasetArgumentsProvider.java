package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * The common part of the dataset sources: the matching records of the test's dataset, limited, each
 * wrapped in a {@link Named} whose name becomes the invocation's display name.
 *
 * @param <T> the record type
 */
abstract class DatasetArgumentsProvider<T> implements ArgumentsProvider {

    private String annotation;
    private RecordFilter filter;
    private int limit;
    private BiFunction<RecordFilter, SyntheticDataset, List<T>> select;
    private Function<T, String> name;
    private DatasetCache.Need need;

    void configure(String annotation, RecordFilter filter, int limit, DatasetCache.Need need,
            BiFunction<RecordFilter, SyntheticDataset, List<T>> select, Function<T, String> name) {
        this.need = need;
        this.annotation = annotation;
        this.filter = filter;
        this.limit = limit;
        this.select = select;
        this.name = name;
    }

    /**
     * The one-argument form is the one every JUnit from 5.10 on calls (5.13+ through its two-argument
     * default). The work happens lazily, when JUnit consumes the stream: 5.13+ would otherwise replace any
     * exception thrown here with a generic "does not override" message.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Stream.of(context).flatMap(this::arguments);
    }

    private Stream<Arguments> arguments(ExtensionContext context) {
        DatasetSettings settings = DatasetSettings.of(context);
        if (limit < 0) {
            throw new ExtensionConfigurationException(annotation + " limit must be 0 (all) or positive but was: "
                    + limit + settings.suffix());
        }
        SyntheticDataset dataset = DatasetStore.dataset(context, settings, need(context));
        List<T> matching;
        try {
            matching = select.apply(filter, dataset);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(annotation + ": " + e.getMessage() + settings.suffix());
        }
        if (matching.isEmpty()) {
            throw new ExtensionConfigurationException(annotation + ": no record with " + filter.describe()
                    + " among the " + dataset.count() + " records of the dataset" + settings.suffix());
        }
        Stream<T> records = matching.stream();
        if (limit > 0) {
            records = records.limit(limit);
        }
        Function<T, Object[]> companions = companions(context, dataset);
        return records.map(r -> {
            Object[] more = companions.apply(r);
            Object[] arguments = new Object[1 + more.length];
            arguments[0] = Named.of(name.apply(r), r);
            System.arraycopy(more, 0, arguments, 1, more.length);
            return Arguments.of(arguments);
        });
    }

    /** What the source needs of the dataset for this test: by default what {@link #configure} said. */
    DatasetCache.Need need(ExtensionContext context) {
        return need;
    }

    /**
     * The arguments that follow each record, for this test (e.g. the record's timeline when the test declares it);
     * by default none.
     */
    Function<T, Object[]> companions(ExtensionContext context, SyntheticDataset dataset) {
        return r -> NO_ARGUMENTS;
    }

    private static final Object[] NO_ARGUMENTS = new Object[0];
}
