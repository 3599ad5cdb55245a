package io.github.syntheticcustomers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void knownQuantilesOfTheStandardNormal() {
        assertEquals(0.0, NormalQuantile.of(0.5), 1e-12);
        assertEquals(1.959963985, NormalQuantile.of(0.975), 1e-8);
        assertEquals(-1.644853627, NormalQuantile.of(0.05), 1e-8);
        assertEquals(2.326347874, NormalQuantile.of(0.99), 1e-8);
        assertEquals(-3.090232306, NormalQuantile.of(0.001), 1e-8); // lower tail branch
        assertEquals(4.264890794, NormalQuantile.of(0.99999), 1e-7); // upper tail branch
    }

    @Test
    void symmetricMonotoneAndFiniteAtTheEnds() {
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 1000; i++) {
            double p = i / 1000.0;
            double z = NormalQuantile.of(p);
            assertTrue(Double.isFinite(z), "p=" + p);
            assertTrue(z > previous || i == 0, "increasing at p=" + p);
            previous = z;
            if (i > 0 && i < 1000) {
                assertEquals(-z, NormalQuantile.of(1 - p), 1e-8, "symmetric at p=" + p);
            }
        }
    }
}
