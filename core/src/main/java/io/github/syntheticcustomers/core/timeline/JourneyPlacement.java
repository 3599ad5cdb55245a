package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a run of journey steps on a customer's sessions (docs/timeline-model.md, "Journey time"): a step starts
 * its gap after the previous step of the session ended, in the same session when it ends before the session does,
 * otherwise at the start (plus its gap) of the next session long enough; a new phase starts in a new session when
 * asked. Nothing is drawn here: the steps' times and gaps come in, so trying several first sessions gives the same
 * steps. Immutable.
 */
public final class JourneyPlacement {

    /**
     * One step to place.
     *
     * @param phase the step's phase
     * @param seconds time on the step
     * @param gapSeconds the pause before it (after the session's start, or after the previous step)
     */
    public record Step(String phase, int seconds, int gapSeconds) {
    }

    /**
     * A placed step.
     *
     * @param session the index of its session in the course's session list
     * @param start when it starts
     * @param seconds time on it
     */
    public record Placed(int session, Instant start, int seconds) {

        /** When it ends. */
        public Instant end() {
            return start.plusSeconds(seconds);
        }
    }

    private final List<Session> sessions;
    private final boolean newSessionPerPhase;

    public JourneyPlacement(List<Session> sessions, boolean newSessionPerPhase) {
        this.sessions = List.copyOf(sessions);
        this.newSessionPerPhase = newSessionPerPhase;
    }

    /**
     * The steps placed from session {@code first} on, as many as fit before the sessions run out (all of them, or
     * the ones before the first that found no session).
     */
    public List<Placed> from(int first, List<Step> steps) {
        List<Placed> out = new ArrayList<>(steps.size());
        int s = first;
        Instant cursor = null;
        String phase = null;
        for (Step step : steps) {
            if (s >= sessions.size()) {
                break;
            }
            boolean fresh = cursor == null;
            if (!fresh && newSessionPerPhase && !step.phase().equals(phase)) {
                s++;
                fresh = true;
            }
            while (s < sessions.size()) {
                Instant start = (fresh ? sessions.get(s).start() : cursor).plusSeconds(step.gapSeconds());
                if (!start.plusSeconds(step.seconds()).isAfter(sessions.get(s).end())) {
                    out.add(new Placed(s, start, step.seconds()));
                    cursor = start.plusSeconds(step.seconds());
                    break;
                }
                s++;
                fresh = true;
            }
            if (s >= sessions.size()) {
                break;
            }
            phase = step.phase();
        }
        return out;
    }

    /**
     * The latest first session from {@code earliest} on from which every step fits (the journey is the latest
     * stretch of the timeline), or {@code earliest} when none does. Fitting is monotone in the first session (an
     * earlier start has every session a later one has), so a binary search finds it.
     */
    public int latestStart(int earliest, List<Step> steps) {
        if (earliest >= sessions.size() || from(earliest, steps).size() < steps.size()) {
            return earliest;
        }
        int lo = earliest;
        int hi = sessions.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (from(mid, steps).size() == steps.size()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The index of the session after the one {@code placed} ends in; {@code first} when nothing was placed. */
    public static int after(List<Placed> placed, int first) {
        return placed.isEmpty() ? first : placed.get(placed.size() - 1).session() + 1;
    }
}
