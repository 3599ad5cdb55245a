package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.esc;
import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.HourCount;
import io.github.syntheticcustomers.core.analysis.Analysis.OpenRate;
import io.github.syntheticcustomers.core.analysis.Analysis.RetentionWeek;
import io.github.syntheticcustomers.core.analysis.Analysis.WeekdaySessions;
import java.util.List;

/**
 * The report's sections over the events (docs/timeline-model.md): retention since sign-up, sessions by local hour
 * and weekday, notification open rates by persona and by channel. Each is a chart with its numbers in a table; a
 * dataset without events (nothing to read or regenerate) says so instead.
 */
final class TimelineSections {

    private TimelineSections() {
    }

    static void render(StringBuilder sb, Analysis a) {
        Analysis.Timeline t = a.timeline();
        boolean none = t == null || t.customers() == 0;
        retention(sb, t, none);
        rhythm(sb, t, none);
        openRates(sb, t, none);
    }

    private static boolean noEvents(StringBuilder sb, boolean none) {
        if (none) {
            sb.append("<p>The dataset has no events: no events part, and no manifest recording the seed and "
                    + "configuration to regenerate them from.</p>\n</section>\n");
        }
        return none;
    }

    private static void retention(StringBuilder sb, Analysis.Timeline t, boolean none) {
        ReportRenderer.open(sb, "retention", "Retention since sign-up");
        if (noEvents(sb, none)) {
            return;
        }
        ReportRenderer.figure(sb, TimelineCharts.retention(t), "Weekly active share: for each week after account "
                + "creation, of the customers whose account had completed that week by the reference date, the share"
                + " who had a session in it.");
        sb.append("<table>\n<caption>Weekly active share since account creation</caption>\n<thead><tr>"
                + "<th scope=\"col\">Week</th><th scope=\"col\">Customers</th><th scope=\"col\">Active</th>"
                + "<th scope=\"col\">Active share</th></tr></thead>\n<tbody>\n");
        for (RetentionWeek w : t.retention()) {
            sb.append("<tr><th scope=\"row\">").append(w.week()).append("</th><td>").append(w.customers())
                    .append("</td><td>").append(w.active()).append("</td><td>").append(pct(w.activeShare()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void rhythm(StringBuilder sb, Analysis.Timeline t, boolean none) {
        ReportRenderer.open(sb, "session-rhythm", "Sessions by hour and weekday");
        if (noEvents(sb, none)) {
            return;
        }
        ReportRenderer.figure(sb, TimelineCharts.hours(t), "Sessions started in each hour of the day, in each "
                + "customer's own time zone (" + t.sessions() + " sessions).");
        ReportRenderer.figure(sb, TimelineCharts.weekHeatMap(t), "Darker cells: more sessions started on that "
                + "weekday in that local hour.");
        sb.append("<table>\n<caption>Sessions per local weekday and hour</caption>\n<thead><tr>"
                + "<th scope=\"col\">Weekday</th><th scope=\"col\">Sessions</th><th scope=\"col\">Share</th>");
        for (int h = 0; h < 24; h++) {
            sb.append("<th scope=\"col\">").append(h).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (WeekdaySessions d : t.sessionsByWeekday()) {
            sb.append("<tr><th scope=\"row\">").append(esc(d.weekday())).append("</th><td>").append(d.sessions())
                    .append("</td><td>").append(pct(d.share())).append("</td>");
            for (long n : d.byHour()) {
                sb.append("<td>").append(n).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("<tr><th scope=\"row\">All days</th><td>").append(t.sessions()).append("</td><td>")
                .append(pct(t.sessions() == 0 ? 0 : 100)).append("</td>");
        for (HourCount h : t.sessionsByHour()) {
            sb.append("<td>").append(h.sessions()).append("</td>");
        }
        sb.append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void openRates(StringBuilder sb, Analysis.Timeline t, boolean none) {
        ReportRenderer.open(sb, "notification-open-rates", "Notification open rates");
        if (noEvents(sb, none)) {
            return;
        }
        ReportRenderer.figure(sb, TimelineCharts.openRates("chart-open-rates-persona", "Notification open rate by "
                + "persona", t.openRatesByPersona()), "Share of each persona's notifications that were opened.");
        ReportRenderer.figure(sb, TimelineCharts.openRates("chart-open-rates-channel", "Notification open rate by "
                + "channel", t.openRatesByChannel()), "Share of each channel's notifications that were opened.");
        table(sb, "Notifications by persona", "Persona", t.openRatesByPersona());
        table(sb, "Notifications by channel", "Channel", t.openRatesByChannel());
        sb.append("</section>\n");
    }

    private static void table(StringBuilder sb, String caption, String what, List<OpenRate> rows) {
        sb.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(what)).append("</th><th scope=\"col\">Sent</th><th scope=\"col\">Opened</th>"
                        + "<th scope=\"col\">Dismissed</th><th scope=\"col\">Open rate</th></tr></thead>\n<tbody>\n");
        for (OpenRate r : rows) {
            sb.append("<tr><th scope=\"row\">").append(esc(r.name())).append("</th><td>").append(r.sent())
                    .append("</td><td>").append(r.opened()).append("</td><td>").append(r.dismissed())
                    .append("</td><td>").append(r.sent() == 0 ? "–" : pct(r.openRate())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
