package io.undercurrent.jobs.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders the demo's terminal summary: one line per micro-community, busiest first. */
public final class SummaryTable {

    private static final char[] SPARK = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    /**
     * What one micro-community did over the summary span.
     *
     * @param perMinute post counts per minute, oldest first
     */
    public record Row(String platform, String community, String microCommunity, long posts, double meanSentiment,
            double negativeShare, long[] perMinute) {}

    private SummaryTable() {}

    public static String render(String heading, List<Row> rows) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        out.append(String.format(Locale.ROOT, "%-10s %-22s %-24s %7s %9s %7s  %s%n",
                "platform", "community", "micro-community", "posts", "sentiment", "neg %", "volume/min"));
        rows.stream()
                .sorted(Comparator.comparingLong(Row::posts).reversed().thenComparing(Row::microCommunity))
                .forEach(row -> out.append(String.format(Locale.ROOT, "%-10s %-22s %-24s %7d %+9.2f %6.0f%%  %s%n",
                        clip(row.platform(), 10), clip(row.community(), 22), clip(row.microCommunity(), 24),
                        row.posts(), row.meanSentiment(), 100 * row.negativeShare(), sparkline(row.perMinute()))));
        return out.toString();
    }

    static String sparkline(long[] values) {
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        StringBuilder line = new StringBuilder(values.length);
        for (long v : values) {
            line.append(v == 0 ? ' ' : SPARK[(int) Math.min(SPARK.length - 1, v * SPARK.length / (max + 1))]);
        }
        return line.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
