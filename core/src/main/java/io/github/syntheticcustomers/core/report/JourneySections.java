package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.esc;
import static io.github.syntheticcustomers.core.report.Html.num;
import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.analysis.Analysis.PersonaFunnel;
import io.github.syntheticcustomers.core.analysis.Analysis.PhaseEmotions;
import io.github.syntheticcustomers.core.analysis.Analysis.PhaseFlow;
import io.github.syntheticcustomers.core.analysis.Analysis.Stage;

/** The journey sections of the report; each says so plainly when the dataset has no scenarios. */
final class JourneySections {

    private JourneySections() {
    }

    static void render(StringBuilder sb, Analysis a) {
        funnel(sb, a);
        stepFunnel(sb, a);
        heatMap(sb, a);
        flow(sb, a);
        branches(sb, a);
        pathFunnels(sb, a);
        outcomes(sb, a);
        mix(sb, a);
    }

    private static boolean none(StringBuilder sb, Analysis a) {
        if (a.scenarios() == 0 || a.funnels().isEmpty()) {
            sb.append("<p class=\"note\">The dataset has no scenarios, so there are no journeys to show.</p>\n"
                    + "</section>\n");
            return true;
        }
        return false;
    }

    private static void funnel(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "journey-funnel", "Journey funnel per persona");
        if (none(sb, a)) {
            return;
        }
        origins(sb, a);
        ReportRenderer.figure(sb, JourneyCharts.funnel(a), "Share of each persona's journeys that reach each "
                + "phase; a journey that starts in a later phase is counted from there on.");
        sb.append("<table>\n<caption>Reach and completion per step and persona (reached % / completed % of those "
                + "reaching)</caption>\n<thead><tr><th scope=\"col\">Phase</th><th scope=\"col\">Step</th>");
        for (PersonaFunnel f : a.funnels()) {
            sb.append("<th scope=\"col\">").append(esc(f.name())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        int steps = a.funnels().get(0).steps().size();
        for (int i = 0; i < steps; i++) {
            Stage first = a.funnels().get(0).steps().get(i);
            sb.append("<tr><td>").append(esc(first.phaseName())).append("</td><th scope=\"row\">")
                    .append(esc(first.name())).append("</th>");
            for (PersonaFunnel f : a.funnels()) {
                Stage s = f.steps().get(i);
                sb.append("<td>").append(pct(s.reachShare())).append(" / ").append(pct(s.completionRate()))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * Why a later phase can be reached by more journeys than an earlier one: per phase, the journeys that started
     * there (a scenario type whose {@code start} step lies in it, e.g. a returning customer's) and those that
     * continued from an earlier phase; the analysis counts both ({@link PhaseFlow#entered()},
     * {@link PhaseFlow#arrived()}).
     */
    private static void origins(StringBuilder sb, Analysis a) {
        boolean later = a.phaseFlow().stream().skip(1).anyMatch(f -> f.entered() > 0);
        sb.append("<p class=\"explain\">").append(later ? "Not every journey starts in the first phase: a scenario "
                + "type can start later (a returning customer's journey starts where their first sessions left off), "
                + "so a journey is counted from the phase it starts in. That is why the first phase can be reached "
                + "by fewer journeys than the second. Per phase, the journeys that started there and those that "
                + "continued from an earlier phase:" : "Every journey starts in the first phase; per phase, the "
                + "journeys that started there and those that continued from an earlier phase:").append("</p>\n")
                .append("<ul class=\"phase-origins\">\n");
        for (PhaseFlow f : a.phaseFlow()) {
            sb.append("<li><strong>").append(esc(f.name())).append("</strong>: ").append(f.reached())
                    .append(" journeys reached it = ").append(f.entered()).append(" started here + ")
                    .append(f.arrived()).append(" continued from an earlier phase</li>\n");
        }
        sb.append("</ul>\n");
    }

    /** Every step of the framework in order: journeys that reached, completed and abandoned it, drawn and listed. */
    private static void stepFunnel(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "step-funnel", "Journey funnel per step");
        if (none(sb, a)) {
            return;
        }
        ReportRenderer.figure(sb, JourneyCharts.stepFunnel(a), "Per step of the journey framework, in order: the "
                + "journeys that reached it, and of them those that completed and those that abandoned it (all "
                + "personas).");
        sb.append("<table>\n<caption>Journeys per step (all personas)</caption>\n<thead><tr>"
                + "<th scope=\"col\">Phase</th><th scope=\"col\">Step</th><th scope=\"col\">Reached</th>"
                + "<th scope=\"col\">Completed</th><th scope=\"col\">Abandoned</th></tr></thead>\n<tbody>\n");
        for (Analysis.StepFunnel st : a.stepFunnel()) {
            sb.append("<tr><td>").append(esc(st.phaseName())).append("</td><th scope=\"row\">").append(esc(st.name()))
                    .append("</th><td>").append(st.reached()).append("</td><td>").append(st.completed())
                    .append("</td><td>").append(st.abandoned()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void heatMap(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "emotion-heatmap", "Emotional states per phase");
        if (none(sb, a)) {
            return;
        }
        ReportRenderer.figure(sb, JourneyCharts.heatMap(a), "Darker cells: a larger share of the phase's steps "
                + "in that emotional state.");
        sb.append("<table>\n<caption>Steps per emotional state and phase</caption>\n<thead><tr>"
                + "<th scope=\"col\">Emotional state</th>");
        for (PhaseEmotions p : a.emotionsByPhase()) {
            sb.append("<th scope=\"col\">").append(esc(p.name())).append(" (").append(p.steps())
                    .append(" steps)</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        int states = a.emotionsByPhase().get(0).states().size();
        for (int i = 0; i < states; i++) {
            sb.append("<tr><th scope=\"row\">").append(esc(a.emotionsByPhase().get(0).states().get(i).id()))
                    .append("</th>");
            for (PhaseEmotions p : a.emotionsByPhase()) {
                Count c = p.states().get(i);
                sb.append("<td>").append(c.count()).append(" (").append(pct(c.share())).append(")</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void flow(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "phase-flow", "Phase-transition flow");
        if (none(sb, a)) {
            return;
        }
        ReportRenderer.figure(sb, JourneyCharts.flow(a), "Bar height: journeys reaching the phase, those that "
                + "start there included; blue bands continue to the next phase, orange bands end in the phase.");
        sb.append("<table>\n<caption>Journeys per phase</caption>\n<thead><tr><th scope=\"col\">Phase</th>"
                + "<th scope=\"col\">Reached</th><th scope=\"col\">Started here</th>"
                + "<th scope=\"col\">Continued from an earlier phase</th><th scope=\"col\">Went on to the next</th><th scope=\"col\">Ended here</th>"
                + "<th scope=\"col\">Abandoned here</th><th scope=\"col\">Finished</th></tr></thead>\n<tbody>\n");
        for (PhaseFlow f : a.phaseFlow()) {
            sb.append("<tr><th scope=\"row\">").append(esc(f.name())).append("</th><td>").append(f.reached())
                    .append(" (").append(pct(f.reachShare())).append(")</td><td>").append(f.entered())
                    .append("</td><td>").append(f.arrived()).append("</td><td>").append(f.continued())
                    .append("</td><td>").append(f.ended()).append("</td><td>").append(f.abandoned())
                    .append("</td><td>").append(f.finished()).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<table>\n<caption>Time between phases (days from the last step of one "
                + "phase to the first of the next)</caption>\n<thead><tr><th scope=\"col\">From</th>"
                + "<th scope=\"col\">To</th><th scope=\"col\">Journeys</th><th scope=\"col\">Mean days</th>"
                + "<th scope=\"col\">Median days</th></tr></thead>\n<tbody>\n");
        for (Analysis.PhaseGap g : a.timeBetweenPhases()) {
            sb.append("<tr><th scope=\"row\">").append(esc(g.fromName())).append("</th><td>").append(esc(g.toName()))
                    .append("</td><td>").append(g.journeys()).append("</td><td>").append(num(g.meanDays()))
                    .append("</td><td>").append(num(g.medianDays())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /** The funnel at each branch point (docs/journey-paths.md); no section for a framework without branches. */
    private static void branches(StringBuilder sb, Analysis a) {
        if (a.branchPoints().isEmpty()) {
            return;
        }
        ReportRenderer.open(sb, "journey-branches", "Journey branch points");
        sb.append("<table>\n<caption>Where journeys went after each branch point (percent of the journeys that"
                + " reached it)</caption>\n<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Reached</th>"
                + "<th scope=\"col\">Ended there</th><th scope=\"col\">Went to</th></tr></thead>\n<tbody>\n");
        for (Analysis.BranchPoint b : a.branchPoints()) {
            StringBuilder to = new StringBuilder();
            for (Analysis.Branch c : b.next()) {
                to.append(to.length() == 0 ? "" : "; ").append(esc(c.name())).append(' ').append(c.count())
                        .append(" (").append(pct(c.share())).append(')');
            }
            sb.append("<tr><th scope=\"row\">").append(esc(b.name())).append("</th><td>").append(b.reached())
                    .append("</td><td>").append(b.ended()).append("</td><td>").append(to).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * A funnel per path through the branch points, beside the phase flow (docs/journey-paths.md, "A funnel per path");
     * no section for a framework without branches, whose one path's funnel is the overall funnel above.
     */
    private static void pathFunnels(StringBuilder sb, Analysis a) {
        if (a.pathFunnels().isEmpty()) {
            return;
        }
        ReportRenderer.open(sb, "journey-paths", "Journey funnel per path");
        ReportRenderer.figure(sb, JourneyCharts.pathFunnels(a), "Per path, the journeys that passed each of its "
                + "steps (a journey that starts later on the path passed the steps before its start).");
        for (Analysis.PathFunnel p : a.pathFunnels()) {
            sb.append("<table>\n<caption>").append(esc(p.name())).append(": ").append(p.journeys())
                    .append(" journeys (").append(pct(p.share())).append("), ").append(p.finished())
                    .append(" finished</caption>\n<thead><tr><th scope=\"col\">Phase</th><th scope=\"col\">Step</th>"
                            + "<th scope=\"col\">Passed</th><th scope=\"col\">With a step here</th>"
                            + "<th scope=\"col\">Completed</th></tr></thead>\n<tbody>\n");
            for (Analysis.PathStage st : p.steps()) {
                sb.append("<tr><td>").append(esc(st.phaseName())).append("</td><th scope=\"row\">")
                        .append(esc(st.name())).append("</th><td>").append(st.reached()).append("</td><td>")
                        .append(st.recorded()).append("</td><td>").append(st.completed()).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("</section>\n");
    }

    private static void outcomes(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "journey-outcomes", "Drop-off points and emotional trajectories");
        if (none(sb, a)) {
            return;
        }
        sb.append("<table>\n<caption>Where journeys are abandoned</caption>\n<thead><tr>"
                + "<th scope=\"col\">Persona</th><th scope=\"col\">Journeys</th><th scope=\"col\">Abandoned</th>"
                + "<th scope=\"col\">Most abandoned at</th><th scope=\"col\">There</th></tr></thead>\n<tbody>\n");
        for (Analysis.DropOff d : a.dropOffs()) {
            sb.append("<tr><th scope=\"row\">").append(esc(d.name())).append("</th><td>").append(d.scenarios())
                    .append("</td><td>").append(d.abandoned()).append(" (").append(pct(d.abandonedShare()))
                    .append(")</td><td>").append(d.topStep() == null ? "–" : esc(d.topStepName() + " ("
                            + d.topStepPhaseName() + ")")).append("</td><td>").append(d.topStepCount()).append(" (")
                    .append(pct(d.topStepShare())).append(")</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<table>\n<caption>Emotional trajectories (valence of the emotional "
                + "states as configured: −1 feels worst, 1 feels best)</caption>\n<thead><tr><th scope=\"col\">Persona</th>"
                + "<th scope=\"col\">Start</th><th scope=\"col\">End</th><th scope=\"col\">Change</th>"
                + "<th scope=\"col\">Ended better</th><th scope=\"col\">Ended worse</th></tr></thead>\n<tbody>\n");
        for (Analysis.Trajectory t : a.trajectories()) {
            sb.append("<tr><th scope=\"row\">").append(esc(t.name())).append("</th><td>").append(num(t.startValence()))
                    .append("</td><td>").append(num(t.endValence())).append("</td><td>").append(num(t.change()))
                    .append("</td><td>").append(pct(t.improvedShare())).append("</td><td>")
                    .append(pct(t.worsenedShare())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void mix(StringBuilder sb, Analysis a) {
        ReportRenderer.open(sb, "scenario-mix", "Scenario mix");
        if (none(sb, a)) {
            return;
        }
        sb.append("<table>\n<caption>Scenarios per type</caption>\n<thead><tr><th scope=\"col\">Scenario type</th>"
                + "<th scope=\"col\">Scenarios</th><th scope=\"col\">Share</th></tr></thead>\n<tbody>\n");
        for (Count c : a.scenarioMix()) {
            sb.append("<tr><th scope=\"row\">").append(esc(Analysis.words(c.id()))).append("</th><td>")
                    .append(c.count()).append("</td><td>").append(pct(c.share())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }
}
