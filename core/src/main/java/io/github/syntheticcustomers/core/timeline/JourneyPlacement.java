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

    /**
     * One step of a journey with per-phase timing ({@code gap_before}, {@code step_spacing}, {@code repeat}). A
     * {@code pause} step is placed as by {@link #from}: {@code gapSeconds} after the previous step ended when it fits
     * in that session, else {@code gapSeconds} after the start of the next session long enough (a new session on a
     * change of phase when asked). A window step opens in the first session that lets it start from
     * {@code earliestSeconds} up to, not including, {@code latestSeconds} after its anchor opened (the step
     * {@code anchor}, or the last placed step when it is −1), and not before the previous step ended. A window step
     * that finds no such session is missed when {@code optional} (a repeat's later occurrence), otherwise the
     * journey stops there.
     *
     * @param phase the step's phase
     * @param seconds time on the step
     * @param window whether the step is a window step (else a pause step)
     * @param gapSeconds a pause step's pause
     * @param anchor the index (among the steps placed together) of the step whose opening a window counts from, or −1
     * @param earliestSeconds a window's start after the anchor
     * @param latestSeconds a window's end after the anchor (exclusive)
     * @param optional whether the step may be missed
     */
    public record Timed(String phase, int seconds, boolean window, int gapSeconds, int anchor, long earliestSeconds,
            long latestSeconds, boolean optional) {

        /** A pause step. */
        public static Timed pause(String phase, int seconds, int gapSeconds) {
            return new Timed(phase, seconds, false, gapSeconds, -1, 0, 0, false);
        }
    }

    /**
     * The timed steps placed from session {@code first} on: one entry per step until the journey stops (the sessions
     * run out before a step, or a step that may not be missed finds no session in its window), null for a missed
     * step. Nothing is placed after the last session, so nothing after the reference date.
     */
    public List<Placed> timed(int first, List<Timed> steps) {
        List<Placed> out = new ArrayList<>(steps.size());
        int s = first;
        Instant cursor = null;
        Placed last = null;
        String phase = null;
        for (Timed step : steps) {
            if (s >= sessions.size()) {
                break;
            }
            if (!step.window() || last == null) {
                boolean fresh = cursor == null;
                if (!fresh && newSessionPerPhase && !step.phase().equals(phase)) {
                    s++;
                    fresh = true;
                }
                Placed placed = null;
                while (s < sessions.size()) {
                    Instant start = (fresh ? sessions.get(s).start() : cursor).plusSeconds(step.gapSeconds());
                    if (!start.plusSeconds(step.seconds()).isAfter(sessions.get(s).end())) {
                        placed = new Placed(s, start, step.seconds());
                        break;
                    }
                    s++;
                    fresh = true;
                }
                if (placed == null) {
                    break;
                }
                out.add(placed);
                last = placed;
                cursor = placed.end();
            } else {
                Instant anchor = step.anchor() >= 0 && out.get(step.anchor()) != null ? out.get(step.anchor()).start()
                        : last.start();
                Instant earliest = anchor.plusSeconds(step.earliestSeconds());
                Instant latest = anchor.plusSeconds(step.latestSeconds());
                Placed placed = null;
                int k = s;
                boolean ranOut = true;
                for (; k < sessions.size(); k++) {
                    Session session = sessions.get(k);
                    Instant start = max(max(earliest, session.start()), cursor);
                    if (!start.isBefore(latest)) {
                        ranOut = false;
                        break;
                    }
                    if (!start.plusSeconds(step.seconds()).isAfter(session.end())) {
                        placed = new Placed(k, start, step.seconds());
                        break;
                    }
                }
                if (placed == null) {
                    if (ranOut || !step.optional()) {
                        break;
                    }
                    out.add(null);
                    continue;
                }
                out.add(placed);
                last = placed;
                cursor = placed.end();
                s = k;
            }
            phase = step.phase();
        }
        return out;
    }

    /**
     * The latest first session from {@code earliest} on from which every timed step is placed or missed (the
     * journey is the latest stretch of the timeline that holds it); when none holds it all, the one that places the
     * most steps (the latest of those). Windows make fitting depend on the gaps between sessions, not monotone in
     * the first session, so every first session is tried, latest first.
     */
    public int latestTimedStart(int earliest, List<Timed> steps) {
        int best = earliest;
        int most = -1;
        for (int first = sessions.size() - 1; first >= earliest; first--) {
            List<Placed> placed = timed(first, steps);
            if (placed.size() == steps.size()) {
                return first;
            }
            int count = (int) placed.stream().filter(p -> p != null).count();
            if (count > most) {
                most = count;
                best = first;
            }
        }
        return best;
    }

    private static Instant max(Instant a, Instant b) {
        return b == null || !b.isAfter(a) ? a : b;
    }

    /** The index of the session after the one {@code placed} ends in; {@code first} when nothing was placed. */
    public static int after(List<Placed> placed, int first) {
        return placed.isEmpty() ? first : placed.get(placed.size() - 1).session() + 1;
    }
}
