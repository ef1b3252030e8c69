package io.jenkins.plugins.skylark.metrics.report;

import java.util.List;
import java.util.Locale;

/**
 * A vertical (optionally stacked) bar chart drawn as inline SVG with presentation attributes, so it
 * needs neither script nor inline style. Colours are set both as {@code fill} attributes (the chart
 * draws without the stylesheet) and as CSS classes (the stylesheet may refine them).
 */
final class BarChart {

    /** One coloured part of a bar. */
    record Segment(int value, String cssClass, String fill) {
    }

    /** One bar: its axis label, its tooltip and its parts, bottom first. */
    record Column(String label, String tooltip, List<Segment> segments) {
        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    /** A legend entry. */
    record Legend(String label, String fill) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private BarChart() {
    }

    static String draw(String id, String title, List<Column> columns, List<Legend> legend, String emptyText) {
        int max = columns.stream().mapToInt(Column::total).max().orElse(0);
        int step = niceStep(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        Markup svg = new Markup().open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", id,
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
                "role", "img", "aria-label", title);
        svg.element("title", title);
        axes(svg, top, step);
        bars(svg, columns, top);
        legend(svg, legend);
        if (max == 0) {
            svg.element("text", emptyText, "class", "chart-empty", "x", String.valueOf(LEFT + plotWidth() / 2),
                    "y", String.valueOf(TOP + plotHeight() / 2), "text-anchor", "middle", "fill", "#57606a",
                    "font-size", "14");
        }
        return svg.close("svg").toString();
    }

    private static void axes(Markup svg, int top, int step) {
        for (int value = 0; value <= top; value += step) {
            String y = fmt(yOf(value, top));
            svg.empty("line", "class", "grid", "x1", String.valueOf(LEFT), "x2", String.valueOf(WIDTH - RIGHT),
                    "y1", y, "y2", y, "stroke", value == 0 ? "#57606a" : "#d0d7de", "stroke-width", "1");
            svg.element("text", String.valueOf(value), "class", "tick", "x", String.valueOf(LEFT - 6), "y", y,
                    "dy", "4", "text-anchor", "end", "fill", "#57606a", "font-size", "11");
        }
    }

    private static void bars(Markup svg, List<Column> columns, int top) {
        double slot = (double) plotWidth() / Math.max(1, columns.size());
        double barWidth = Math.min(48, slot * 0.7);
        int labelEvery = Math.max(1, (int) Math.ceil(columns.size() / 16.0));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            double x = LEFT + slot * i + (slot - barWidth) / 2;
            int base = 0;
            svg.open("g", "class", "column");
            svg.element("title", column.tooltip());
            for (Segment segment : column.segments()) {
                if (segment.value() > 0) {
                    double y = yOf(base + segment.value(), top);
                    svg.empty("rect", "class", "bar " + segment.cssClass(), "x", fmt(x), "y", fmt(y),
                            "width", fmt(barWidth), "height", fmt(yOf(base, top) - y), "fill", segment.fill());
                    base += segment.value();
                }
            }
            svg.close("g");
            if (i % labelEvery == 0) {
                svg.element("text", column.label(), "class", "label", "x", fmt(LEFT + slot * i + slot / 2),
                        "y", String.valueOf(HEIGHT - BOTTOM + 16), "text-anchor", "middle", "fill", "#24292f",
                        "font-size", "11");
            }
        }
    }

    private static void legend(Markup svg, List<Legend> legend) {
        int x = LEFT;
        for (Legend entry : legend) {
            svg.empty("rect", "class", "legend-swatch", "x", String.valueOf(x), "y", "8", "width", "10", "height", "10",
                    "fill", entry.fill());
            svg.element("text", entry.label(), "class", "legend", "x", String.valueOf(x + 14), "y", "17",
                    "fill", "#24292f", "font-size", "12");
            x += 28 + textWidth(entry.label());
        }
    }

    /** Rough width at 12 px: CJK characters are about twice as wide as Latin ones. */
    private static int textWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 12 : 7).sum();
    }

    /** 1, 2 or 5 times a power of ten, giving about four grid lines. */
    static int niceStep(int max) {
        double raw = Math.max(1, max) / 4.0;
        int power = (int) Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static double yOf(int value, int top) {
        return TOP + plotHeight() - (double) value / top * plotHeight();
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
