package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.settings.NumericSettings;
import picocli.CommandLine.ITypeConverter;

/**
 * The numeric options' converters: core's {@link NumericSettings} parses and bounds each, so that a value out of
 * range or no number at all is one {@code error: Invalid option ...} line with what is allowed, as the plugin says
 * it, never picocli's usage dump or an overflow. {@link SyntheticCustomersCommand} prints what they refuse.
 */
final class NumberOptions {

    private NumberOptions() {
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return NumericSettings.seed(value);
        }
    }

    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return NumericSettings.count(value);
        }
    }

    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return NumericSettings.threads(value);
        }
    }

    static final class LockTimeout implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return NumericSettings.lockTimeoutSeconds(value);
        }
    }

    static final class Index implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return NumericSettings.index(value);
        }
    }
}
