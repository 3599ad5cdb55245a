package io.github.syntheticcustomers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Φ against published values, in the body and far in the tails, and exact truncated draws that stay in their band. */
class NormalCdfTest {

    @Test
    void matchesPublishedValuesWithRelativePrecisionInTheTails() {
        assertEquals(0.5, NormalCdf.of(0), 1e-15);
        assertEquals(0.15865525393145707, NormalCdf.of(-1), 1e-14);
        assertEquals(0.9937903346742238, NormalCdf.of(2.5), 1e-14);
        assertEquals(0.0013498980316301, NormalCdf.of(-3), 1e-15);
        assertEquals(1.0, NormalCdf.of(-6) / 9.865876450376982e-10, 1e-10);
        assertEquals(1.0, NormalCdf.of(-10) / 7.619853024160527e-24, 1e-10);
        assertEquals(0.977249868051821, NormalCdf.of(2), 1e-14);
    }

    @Test
    void invertsTheQuantileFunction() {
        for (double p = 1e-9; p < 1; p = p < 0.01 ? p * 10 : p + 0.01) {
            // Acklam's quantile is good to 1.2e-9 relative in z
            assertEquals(1.0, NormalCdf.of(NormalQuantile.of(p)) / p, 1e-7, "p = " + p);
        }
    }

    @Test
    void truncatedDrawsStayInTheirBandAndFollowTheQuantile() {
        double[][] bands = {{1.5, Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY, -2}, {6, 7}, {-0.3, 0.2}};
        for (double[] band : bands) {
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i <= 100; i++) {
                double x = NormalCdf.truncated(0.3, 1.2, band[0], band[1], i / 100.0);
                assertTrue(x >= band[0] && x <= band[1], x + " outside " + band[0] + ".." + band[1]);
                assertTrue(x >= previous, "monotone in the quantile");
                previous = x;
            }
        }
        // the median of N(0, 1) above 1.5: Φ⁻¹(1 − Φ(−1.5)/2)
        double median = NormalCdf.truncated(0, 1, 1.5, Double.POSITIVE_INFINITY, 0.5);
        assertEquals(NormalQuantile.of(1 - NormalCdf.of(-1.5) / 2), median, 1e-8);
    }
}
