package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Over 300 000 customers (property {@code safe-data.count} to change it) every email is at a
 * reserved domain, every phone in the fictional 555-0100…0199 range, and no value anywhere in a
 * record looks like a US social security number or a payment card number.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class SafeDataAtScaleTest {

    private static final long COUNT = Long.getLong("safe-data.count", 300_000L);
    private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+\\.\\d{6,}@(example\\.com|example\\.org|mail\\.test)");
    private static final Pattern PHONE = Pattern.compile("\\+1-\\d{3}-555-01\\d\\d");

    @Test
    void everyContactIsFictionalAndNothingLooksLikeAnSsnOrCardNumber() {
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, COUNT);
        long checked = LongStream.range(0, COUNT).parallel().filter(i -> {
            CustomerProfile c = generator.customer(i);
            assertTrue(EMAIL.matcher(c.demographics().email()).matches(), c.demographics().email());
            assertTrue(PHONE.matcher(c.demographics().phone()).matches(), c.demographics().phone());
            String json = json(c);
            assertFalse(looksLikeSsn(json), () -> c.id() + " holds an SSN-like value");
            assertFalse(looksLikeCardNumber(json), () -> c.id() + " holds a card-like number");
            return true;
        }).count();
        assertEquals(COUNT, checked);
    }

    @Test
    void theDetectorsDetect() {
        assertTrue(looksLikeSsn("{\"x\":\"123-45-6789\"}"));
        assertFalse(looksLikeSsn("{\"phone\":\"+1-212-555-0101\",\"date\":\"2026-01-01\"}"));
        assertTrue(looksLikeCardNumber("{\"x\":\"4111 1111 1111 1111\"}"));
        assertTrue(looksLikeCardNumber("{\"x\":4111111111111111}"));
        assertFalse(looksLikeCardNumber("{\"x\":4111111111111112}"), "fails the Luhn check");
        assertFalse(looksLikeCardNumber("{\"id\":\"cus-000001\",\"email\":\"a.b.000001@example.com\"}"));
    }

    private static String json(CustomerProfile c) {
        try {
            return JsonMappers.data().writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ddd-dd-dddd} not inside a longer run of digits. */
    static boolean looksLikeSsn(String s) {
        for (int i = 0; i + 11 <= s.length(); i++) {
            if (digits(s, i, 3) && s.charAt(i + 3) == '-' && digits(s, i + 4, 2) && s.charAt(i + 6) == '-'
                    && digits(s, i + 7, 4) && !isDigitAt(s, i - 1) && !isDigitAt(s, i + 11)
                    && (i == 0 || s.charAt(i - 1) != '-')) {
                return true;
            }
        }
        return false;
    }

    /** 13–19 digits, optionally grouped by single spaces or dashes, passing the Luhn check. */
    static boolean looksLikeCardNumber(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder run = new StringBuilder();
            int j = i;
            while (j < s.length() && (Character.isDigit(s.charAt(j))
                    || ((s.charAt(j) == ' ' || s.charAt(j) == '-') && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))
                            && run.length() > 0))) {
                if (Character.isDigit(s.charAt(j))) {
                    run.append(s.charAt(j));
                }
                j++;
            }
            if (run.length() >= 13 && run.length() <= 19 && luhn(run)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static boolean digits(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isDigit(s.charAt(i));
    }
}
