package io.github.syntheticcustomers.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.config.Limits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every numeric setting parsed and bounded in one place, for the plugin and the command line alike. */
class NumericSettingsTest {

    @Test
    void aLockTimeoutIsBoundedBeforeAnyClockArithmeticCanOverflow() {
        assertEquals(Duration.ZERO, NumericSettings.lockTimeout(0));
        assertEquals(Duration.ofSeconds(Limits.MAX_LOCK_TIMEOUT_SECONDS),
                NumericSettings.lockTimeout(Limits.MAX_LOCK_TIMEOUT_SECONDS));
        // 9223372037 s is past Long.MAX_VALUE nanoseconds: Duration.toNanos() would throw ArithmeticException
        InvalidSettingException large = assertThrows(InvalidSettingException.class,
                () -> NumericSettings.lockTimeout(9_223_372_037L));
        assertEquals("lockTimeout: is too large (was: 9223372037; allowed: a whole number of seconds from 0 to"
                + " 1000000, 0 to fail at once)", large.getMessage());
        assertEquals("must not be negative", assertThrows(InvalidSettingException.class,
                () -> NumericSettings.lockTimeout(-1)).problem());
        assertEquals(1_000_000L, NumericSettings.lockTimeoutSeconds(" 1000000 "));
    }

    @Test
    void textIsAWholeNumberInRangeOrRefusedAsGiven() {
        assertEquals(Long.MIN_VALUE, NumericSettings.seed("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, NumericSettings.seed("+9223372036854775807"));
        InvalidSettingException seed = assertThrows(InvalidSettingException.class,
                () -> NumericSettings.seed("9223372036854775808"));
        assertEquals("seed: is too large (was: 9223372036854775808; allowed: a whole number from -9223372036854775808"
                + " to 9223372036854775807)", seed.getMessage());
        assertEquals("is too small", assertThrows(InvalidSettingException.class,
                () -> NumericSettings.seed("-9223372036854775809")).problem());
        assertEquals(Limits.MAX_COUNT, NumericSettings.count("1000000000000000000"));
        assertEquals("count: must be at least 1 (was: 0; allowed: a whole number from 1 to 1000000000000000000)",
                assertThrows(InvalidSettingException.class, () -> NumericSettings.count("0")).getMessage());
        for (String notANumber : new String[] {"", "1e3", "1.0", "0x10", "ten", "1 000"}) {
            assertEquals("is not a whole number", assertThrows(InvalidSettingException.class,
                    () -> NumericSettings.count(notANumber)).problem(), notANumber);
        }
        assertEquals(0, NumericSettings.threads("0"));
        assertEquals(Limits.MAX_THREADS, NumericSettings.threads(String.valueOf(Limits.MAX_THREADS)));
        assertEquals("threads: is too large (was: 4294967297; allowed: 0 (one per available processor, at most 256)"
                + " or a whole number from 1 to 256)", assertThrows(InvalidSettingException.class,
                        () -> NumericSettings.threads("4294967297")).getMessage());
        assertEquals("must not be negative", assertThrows(InvalidSettingException.class,
                () -> NumericSettings.index("-1")).problem());
    }
}
