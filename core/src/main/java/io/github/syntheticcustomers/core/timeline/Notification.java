package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;

/**
 * One reminder sent to an opted-in customer.
 *
 * @param number 1-based, in time order
 * @param sent when it was sent
 * @param channel the notification channel ({@code timeline.notifications.channels})
 * @param outcome what the customer did with it by the as-of instant
 * @param respondedAt when it was opened or dismissed; null when ignored
 */
public record Notification(int number, Instant sent, String channel, Outcome outcome, Instant respondedAt) {

    /** What became of a notification. */
    public enum Outcome {
        /** Opened; a session starts at the opening. */
        OPENED,
        /** Swiped away. */
        DISMISSED,
        /** Neither, by the as-of instant. */
        IGNORED
    }
}
