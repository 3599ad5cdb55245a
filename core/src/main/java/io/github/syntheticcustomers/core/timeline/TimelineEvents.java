package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.PlacedJourney;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a customer's courses out as their timeline's events (docs/timeline-model.md, "Events"): a view, nothing is
 * drawn. Events are in time order; events at the same instant keep the order they are added here (a notification
 * before the session it opens, a session's start before what happens in it, its end last). Immutable.
 */
public final class TimelineEvents {

    private final Instant asOf;
    private final Map<String, String> types;

    public TimelineEvents(GeneratorConfig config) {
        this.asOf = PlatformModel.asOf(config);
        this.types = config.timeline().eventTypes();
    }

    /** Everything the courses of customer {@code index} say, as their timeline. */
    public CustomerTimeline timeline(long index, CustomerProfile customer, ZoneId zone, List<Visit> visits,
            List<Diagnosis> diagnoses, PlatformCourse platform, TestScenario scenario, PlacedJourney journey) {
        Builder b = new Builder(zone);
        for (LifeEvent e : customer.lifeEvents()) {
            b.add(noon(e.date(), zone), EventKind.LIFE_EVENT, null, props("life_event", e.type(), "impact",
                    e.impact()));
        }
        for (Visit v : visits) {
            // the programmes a visit screens, space-separated (event properties are scalars)
            String programmes = String.join(" ", v.programmes());
            b.add(v.booked(), EventKind.SCREENING_BOOKED, null, props("visit", v.number(), "date",
                    v.date().toString(), "programmes", programmes));
            if (!v.attended()) {
                b.add(v.at(), EventKind.SCREENING_MISSED, null, props("visit", v.number(), "programmes", programmes));
                continue;
            }
            b.add(v.at(), EventKind.SCREENING_ATTENDED, null, props("visit", v.number(), "programmes", programmes));
            Map<String, Object> panel = props("visit", v.number());
            for (Observation o : customer.healthProfile().panel(v.date())) {
                panel.put(o.code(), o.value());
            }
            b.add(v.at().plusSeconds(1800), EventKind.MEASUREMENT_RECORDED, null, panel);
        }
        for (Diagnosis d : diagnoses) {
            b.add(d.at(), EventKind.CONDITION_DIAGNOSED, null, props("condition", d.label(), "managed", d.managed()));
        }
        for (Notification n : platform.notifications()) {
            Map<String, Object> p = props("notification", n.number(), "channel", n.channel());
            b.add(n.sent(), EventKind.NOTIFICATION_SENT, null, p);
            if (n.outcome() == Notification.Outcome.OPENED) {
                b.add(n.respondedAt(), EventKind.NOTIFICATION_OPENED, null, p);
            } else if (n.outcome() == Notification.Outcome.DISMISSED) {
                b.add(n.respondedAt(), EventKind.NOTIFICATION_DISMISSED, null, p);
            }
        }
        String number = customer.id().startsWith("cus-") ? customer.id().substring(4) : customer.id();
        List<Session> sessions = platform.sessions();
        for (Session s : sessions) {
            String id = sessionId(number, s.number());
            b.add(s.start(), EventKind.SESSION_STARTED, id, props());
            if (s.number() == 1) {
                b.add(s.start(), EventKind.ACCOUNT_CREATED, id, props("channel", platform.channel()));
                if (platform.onboardingAt() != null) {
                    b.add(platform.onboardingAt(), EventKind.ONBOARDING_COMPLETED, id, props());
                }
            }
            for (Session.Activity a : s.activities()) {
                b.add(a.at(), a.kind(), id, props(a.kind() == EventKind.CONTENT_VIEWED ? "content" : "feature",
                        a.value()));
            }
        }
        for (PlacedJourney.Prior p : journey.prior()) {
            String id = sessionId(number, sessions.get(p.placed().session()).number());
            b.add(p.placed().start(), EventKind.STEP_STARTED, id, props("step", p.step(), "phase", p.phase()));
            b.add(p.placed().end(), EventKind.STEP_COMPLETED, id, props("step", p.step(), "phase", p.phase(),
                    "seconds", p.placed().seconds()));
        }
        for (int k = 0; k < journey.steps().size(); k++) {
            JourneyStep step = journey.steps().get(k);
            String id = sessionId(number, sessions.get(journey.placed().get(k).session()).number());
            Map<String, Object> p = props("scenario_id", scenario.scenarioId(), "step", step.step(), "phase",
                    step.phase(), "position", k + 1);
            b.add(step.timestamp(), EventKind.STEP_STARTED, id, p);
            Map<String, Object> closing = new LinkedHashMap<>(p);
            closing.put("seconds", step.timeOnStepSeconds());
            b.add(step.timestamp().plusSeconds(step.timeOnStepSeconds()), closing(step.completionStatus()), id,
                    closing);
        }
        for (Session s : sessions) {
            b.add(s.end(), EventKind.SESSION_ENDED, sessionId(number, s.number()),
                    props("duration_seconds", s.seconds()));
        }
        return new CustomerTimeline(customer.id(), zone, asOf, b.events(index, customer.id()));
    }

    /** {@code ses-000001-0001}: the customer's number and the session's, at least four digits. */
    public static String sessionId(String customerNumber, int session) {
        String digits = Integer.toString(session);
        return "ses-" + customerNumber + "-" + (digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits);
    }

    private static EventKind closing(String status) {
        return switch (status) {
            case CompletionStatus.COMPLETED -> EventKind.STEP_COMPLETED;
            case CompletionStatus.PARTIAL -> EventKind.STEP_PAUSED;
            case CompletionStatus.SKIPPED -> EventKind.STEP_SKIPPED;
            default -> EventKind.STEP_ABANDONED;
        };
    }

    /** 12:00 local time on {@code date}, the time of a date-only fact, before the as-of instant. */
    private Instant noon(java.time.LocalDate date, ZoneId zone) {
        Instant t = date.atTime(12, 0).atZone(zone).toInstant();
        return t.isBefore(asOf) ? t : asOf.minusSeconds(1);
    }

    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Collects events, then orders and numbers them. */
    private final class Builder {

        private record Pending(Instant at, int order, EventKind kind, String session, Map<String, Object> props) {
        }

        private final ZoneId zone;
        private final List<Pending> pending = new ArrayList<>();

        Builder(ZoneId zone) {
            this.zone = zone;
        }

        void add(Instant at, EventKind kind, String session, Map<String, Object> props) {
            pending.add(new Pending(at, pending.size(), kind, session, props));
        }

        List<EngagementEvent> events(long index, String customerId) {
            pending.sort(Comparator.comparing(Pending::at).thenComparingInt(Pending::order));
            List<EngagementEvent> out = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                String type = p.kind().type(types);
                if (type == null) {
                    continue;
                }
                out.add(new EngagementEvent(EventPart.eventId(index, out.size() + 1), customerId, p.session(), p.at(),
                        zone.getId(), type, p.props()));
            }
            return out;
        }
    }
}
