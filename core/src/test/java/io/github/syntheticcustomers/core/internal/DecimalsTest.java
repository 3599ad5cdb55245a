package io.github.syntheticcustomers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void formatWritesPlainDecimalsWithAtMostSixPlacesAndAtLeastOne() {
        assertEquals("1.0", Decimals.format(1));
        assertEquals("0.75", Decimals.format(0.75));
        assertEquals("12.5", Decimals.format(12.5));
        assertEquals("0.0", Decimals.format(0));
        assertEquals("0.0", Decimals.format(-0.0));
        assertEquals("0.0", Decimals.format(-0.0000001));
        assertEquals("-0.5", Decimals.format(-0.5));
        assertEquals("0.000001", Decimals.format(0.000001));
        assertEquals("0.00012", Decimals.format(0.00012));
        assertEquals("-3.000105", Decimals.format(-3.000105));
        assertEquals("123456789.0", Decimals.format(123456789));
        assertEquals("0.333333", Decimals.format(1.0 / 3));
        assertEquals("0.666667", Decimals.format(2.0 / 3));
    }

    @Test
    void fastPathGivesExactlyTheBigDecimalText() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Decimals.round(random.nextDouble(-1000, 1000), random.nextInt(7));
                case 2 -> random.nextInt(-100, 100);
                default -> random.nextDouble(-1e12, 1e12);
            };
            assertEquals(Decimals.formatLarge(Math.round(value * 1_000_000)), Decimals.format(value), "value " + value);
        }
    }

    @Test
    void hugeValuesStillFormat() {
        assertEquals(Decimals.formatLarge(Long.MAX_VALUE), Decimals.format(1e300));
        assertEquals(Decimals.formatLarge(Long.MIN_VALUE), Decimals.format(-1e300));
    }
}
