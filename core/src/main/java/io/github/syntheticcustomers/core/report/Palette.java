package io.github.syntheticcustomers.core.report;

import java.util.List;

/**
 * Colours of the report: the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies. Charts never rely on colour alone: every series is named in a legend and a table.
 */
final class Palette {

    /** Categorical colours, in order. */
    static final List<String> CATEGORICAL = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#999999");
    /** Ordered colours from low to high (risk levels). */
    static final List<String> ORDERED = List.of("#009E73", "#E69F00", "#D55E00", "#CC79A7", "#0072B2");

    private Palette() {
    }

    static String categorical(int i) {
        return CATEGORICAL.get(i % CATEGORICAL.size());
    }

    static String ordered(int i) {
        return ORDERED.get(i % ORDERED.size());
    }
}
