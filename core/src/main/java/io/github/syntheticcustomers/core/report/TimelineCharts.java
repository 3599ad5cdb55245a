package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.pct;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.Analysis.HourCount;
import io.github.syntheticcustomers.core.analysis.Analysis.OpenRate;
import io.github.syntheticcustomers.core.analysis.Analysis.RetentionWeek;
import io.github.syntheticcustomers.core.analysis.Analysis.WeekdaySessions;
import java.util.List;

/** The charts over the events: retention since sign-up, sessions by hour and weekday, notification open rates. */
final class TimelineCharts {

    private static final double WIDTH = CustomerCharts.WIDTH;

    private TimelineCharts() {
    }

    /** Columns of the weekly active share, weeks 0 to 12 after account creation, each labelled with its value. */
    static String retention(Analysis.Timeline t) {
        List<RetentionWeek> weeks = t.retention();
        double left = 70;
        double top = 20;
        double plotW = WIDTH - left - 30;
        double plotH = 220;
        double height = top + plotH + 55;
        StringBuilder desc = new StringBuilder("Share of customers with a session in each week after account "
                + "creation: ");
        for (RetentionWeek w : weeks) {
            desc.append("week ").append(w.week()).append(' ').append(pct(w.activeShare())).append("; ");
        }
        Svg svg = new Svg("chart-retention", WIDTH, height, "Retention since sign-up (weekly active share)",
                desc.toString());
        CustomerCharts.axisY(svg, left, top, plotW, plotH, 100, "Customers active in the week (%)");
        double slot = plotW / Math.max(1, weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            RetentionWeek w = weeks.get(i);
            double h = plotH * w.activeShare() / 100;
            double x = left + i * slot + slot * 0.15;
            svg.rect(x, top + plotH - h, slot * 0.7, h, Palette.categorical(0), "Week " + w.week() + ": "
                    + pct(w.activeShare()) + " active (" + w.active() + " of " + w.customers() + ")");
            svg.text(left + i * slot + slot / 2, top + plotH - h - 4, "middle", "value", pct(w.activeShare()));
            svg.text(left + i * slot + slot / 2, top + plotH + 16, "middle", "label", Integer.toString(w.week()));
        }
        svg.text(left + plotW / 2, top + plotH + 40, "middle", "axis-title", "Weeks after account creation");
        return svg.build();
    }

    /** Columns of the sessions started in each local hour of the day. */
    static String hours(Analysis.Timeline t) {
        List<HourCount> hours = t.sessionsByHour();
        double left = 70;
        double top = 20;
        double plotW = WIDTH - left - 30;
        double plotH = 200;
        double height = top + plotH + 55;
        double max = CustomerCharts.niceMax(hours.stream().mapToDouble(HourCount::share).max().orElse(0));
        StringBuilder desc = new StringBuilder("Share of sessions started in each local hour: ");
        for (HourCount h : hours) {
            desc.append(h.hour()).append(":00 ").append(pct(h.share())).append("; ");
        }
        Svg svg = new Svg("chart-session-hours", WIDTH, height, "Sessions by local hour of day", desc.toString());
        CustomerCharts.axisY(svg, left, top, plotW, plotH, max, "Sessions (%)");
        double slot = plotW / Math.max(1, hours.size());
        for (int i = 0; i < hours.size(); i++) {
            HourCount h = hours.get(i);
            double bar = plotH * h.share() / max;
            svg.rect(left + i * slot + 1, top + plotH - bar, slot - 2, bar, Palette.categorical(0), h.hour()
                    + ":00–" + h.hour() + ":59: " + pct(h.share()) + " of sessions (" + h.sessions() + ")");
            if (h.hour() % 3 == 0) {
                svg.text(left + i * slot + slot / 2, top + plotH + 16, "middle", "label", Integer.toString(h.hour()));
            }
        }
        svg.text(left + plotW / 2, top + plotH + 40, "middle", "axis-title", "Local hour of day");
        return svg.build();
    }

    /** A 7 × 24 heat map: weekdays (rows) by local hour (columns), shaded by the sessions started there. */
    static String weekHeatMap(Analysis.Timeline t) {
        List<WeekdaySessions> days = t.sessionsByWeekday();
        double left = 100;
        double top = 30;
        double cellW = (WIDTH - left - 20) / 24;
        double cellH = 24;
        double height = top + days.size() * cellH + 60;
        long max = days.stream().flatMap(d -> d.byHour().stream()).mapToLong(Long::longValue).max().orElse(0);
        StringBuilder desc = new StringBuilder("Sessions per weekday and local hour: ");
        for (WeekdaySessions d : days) {
            desc.append(d.weekday()).append(' ').append(d.sessions()).append(" (").append(pct(d.share()))
                    .append("); ");
        }
        Svg svg = new Svg("chart-session-week", WIDTH, height, "Sessions by weekday and local hour",
                desc.toString());
        for (int h = 0; h < 24; h += 3) {
            svg.text(left + h * cellW + cellW / 2, top - 8, "middle", "tick", Integer.toString(h));
        }
        for (int i = 0; i < days.size(); i++) {
            WeekdaySessions d = days.get(i);
            double y = top + i * cellH;
            svg.text(left - 8, y + cellH / 2 + 4, "end", "label", d.weekday());
            for (int h = 0; h < d.byHour().size(); h++) {
                long n = d.byHour().get(h);
                svg.rect(left + h * cellW, y, cellW - 1, cellH - 1, JourneyCharts.shade(max == 0 ? 0
                        : (double) n / max), d.weekday() + " " + h + ":00: " + n + " sessions");
            }
        }
        double ly = top + days.size() * cellH + 16;
        svg.text(left, ly + 10, "start", "legend-label", "Sessions in the hour:");
        for (int k = 0; k <= 4; k++) {
            svg.rect(left + 150 + k * 56, ly, 54, 14, JourneyCharts.shade(k / 4.0), null);
            svg.text(left + 150 + k * 56 + 27, ly + 28, "middle", "tick", Html.num(max * k / 4.0));
        }
        return svg.build();
    }

    /** Horizontal bars of the open rate of each persona's or channel's notifications. */
    static String openRates(String id, String title, List<OpenRate> rows) {
        double labels = 210;
        double row = 30;
        double top = 10;
        double plotW = WIDTH - labels - 60;
        double height = top + rows.size() * row + 50;
        StringBuilder desc = new StringBuilder("Share of the notifications sent that were opened: ");
        for (OpenRate r : rows) {
            desc.append(r.name()).append(' ').append(pct(r.openRate())).append(" of ").append(r.sent()).append("; ");
        }
        Svg svg = new Svg(id, WIDTH, height, title, desc.toString());
        CustomerCharts.axisX(svg, labels, top, top + rows.size() * row, plotW, 100, "Notifications opened (%)");
        for (int i = 0; i < rows.size(); i++) {
            OpenRate r = rows.get(i);
            double y = top + i * row;
            svg.text(labels - 8, y + row / 2 + 4, "end", "label", r.name());
            svg.rect(labels, y + 5, plotW * r.openRate() / 100, row - 10, Palette.categorical(2), r.name() + ": "
                    + pct(r.openRate()) + " opened (" + r.opened() + " of " + r.sent() + "), " + r.dismissed()
                    + " dismissed");
            svg.text(labels + plotW * r.openRate() / 100 + 4, y + row / 2 + 4, "start", "value", pct(r.openRate()));
        }
        return svg.build();
    }
}
