package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.util.List;

/**
 * A customer's use of the platform up to the as-of instant.
 *
 * @param channel the customer's preferred channel ({@code app}, {@code email}, {@code sms}, {@code web})
 * @param notificationsOptIn whether the customer receives reminders
 * @param onboardingAt when the first session completed the onboarding; null when it did not
 * @param sessions every session, in time order; the first opened the account
 * @param notifications every reminder sent, in time order
 */
public record PlatformCourse(String channel, boolean notificationsOptIn, Instant onboardingAt, List<Session> sessions,
        List<Notification> notifications) {

    public PlatformCourse {
        sessions = List.copyOf(sessions);
        notifications = List.copyOf(notifications);
    }

    /** When the account was opened: the first session's start. */
    public Instant accountCreated() {
        return sessions.get(0).start();
    }
}
