package io.github.syntheticcustomers.core.report;

import static io.github.syntheticcustomers.core.report.Html.esc;
import static io.github.syntheticcustomers.core.report.Html.n;

import java.util.List;

/**
 * A minimal SVG writer for the report's charts. Every chart is an accessible image: {@code role="img"},
 * a {@code <title>} and {@code <desc>} referenced by {@code aria-labelledby}, and a tooltip title on each
 * mark. Coordinates are written with at most one decimal, independent of locale.
 */
final class Svg {

    private final StringBuilder sb = new StringBuilder();

    Svg(String id, double width, double height, String title, String desc) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(esc(id))
                .append("\" role=\"img\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" aria-labelledby=\"").append(esc(id)).append("-title ").append(esc(id)).append("-desc\">\n")
                .append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>\n")
                .append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(desc)).append("</desc>\n");
    }

    /** A filled rectangle with a tooltip. */
    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"")
                .append(esc(fill)).append('"');
        if (tooltip == null) {
            sb.append("/>\n");
        } else {
            sb.append("><title>").append(esc(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    /** A straight line. */
    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(esc(cssClass)).append("\"/>\n");
        return this;
    }

    /** A straight line with a tooltip. */
    Svg line(double x1, double y1, double x2, double y2, String cssClass, String tooltip) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(esc(cssClass)).append("\"><title>")
                .append(esc(tooltip)).append("</title></line>\n");
        return this;
    }

    /** A path (e.g. a flow band) with fill, opacity and tooltip. */
    Svg path(String d, String fill, double opacity, String tooltip) {
        sb.append("<path d=\"").append(esc(d)).append("\" fill=\"").append(esc(fill)).append("\" fill-opacity=\"")
                .append(n(opacity)).append("\"><title>").append(esc(tooltip)).append("</title></path>\n");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String anchor, String cssClass, String content) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(esc(cssClass)).append("\">").append(esc(content))
                .append("</text>\n");
        return this;
    }

    /** Rotated text (a vertical axis label). */
    Svg verticalText(double x, double y, String cssClass, String content) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" ")
                .append("transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\" class=\"")
                .append(esc(cssClass)).append("\">").append(esc(content)).append("</text>\n");
        return this;
    }

    /**
     * A legend of coloured swatches in one or more rows starting at {@code (x, y)}; returns the height used.
     */
    double legend(double x, double y, double maxWidth, List<String> labels, List<String> colours) {
        sb.append("<g class=\"legend\" aria-label=\"Legend\">\n");
        double cx = x;
        double cy = y;
        for (int i = 0; i < labels.size(); i++) {
            double w = 22 + labels.get(i).length() * 6.6;
            if (cx + w > x + maxWidth && cx > x) {
                cx = x;
                cy += 20;
            }
            rect(cx, cy, 12, 12, colours.get(i), null);
            text(cx + 17, cy + 10.5, "start", "legend-label", labels.get(i));
            cx += w + 14;
        }
        sb.append("</g>\n");
        return cy - y + 20;
    }

    /** The height {@link #legend} will use for these labels. */
    static double legendHeight(double maxWidth, List<String> labels) {
        double cx = 0;
        double rows = 1;
        for (String label : labels) {
            double w = 22 + label.length() * 6.6;
            if (cx + w > maxWidth && cx > 0) {
                cx = 0;
                rows++;
            }
            cx += w + 14;
        }
        return rows * 20;
    }

    /** The markup, closed. */
    String build() {
        return sb + "</svg>";
    }
}
