package io.undercurrent.jobs.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders the demo's terminal summary: one line per micro-community, busiest first. */
public final class SummaryTable {

    private static final char[] SPARK = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    /**
     * What one micro-community did over the summary span: its micro-maps, then its health.
     *
     * @param perMinute post counts per minute, oldest first
     * @param membersPerMinute mean active members of its 1-minute windows
     * @param newMembers members first seen in the micro-community during the span
     * @param staffReplySeconds mean of the windows' median staff response latency; null without staff replies
     * @param waitingThreads threads waiting for a staff reply in the latest window; null when it has no staff
     */
    public record Row(String platform, String community, String microCommunity, long posts, double meanSentiment,
            double negativeShare, long[] perMinute, double membersPerMinute, long newMembers, Double staffReplySeconds,
            Long waitingThreads) {}

    private SummaryTable() {}

    public static String render(String heading, List<Row> rows) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        out.append(String.format(Locale.ROOT, "%-9s %-16s %-20s %6s %6s %5s  %-10s %7s %4s %6s %4s%n",
                "platform", "community", "micro-community", "posts", "senti.", "neg%", "volume/min",
                "members", "new", "staff", "wait"));
        rows.stream()
                .sorted(Comparator.comparingLong(Row::posts).reversed().thenComparing(Row::microCommunity))
                .forEach(row -> out.append(String.format(Locale.ROOT,
                        "%-9s %-16s %-20s %6d %+6.2f %4.0f%%  %-10s %7.1f %4d %6s %4s%n",
                        clip(row.platform(), 9), clip(row.community(), 16), clip(row.microCommunity(), 20),
                        row.posts(), row.meanSentiment(), 100 * row.negativeShare(), sparkline(row.perMinute()),
                        row.membersPerMinute(), row.newMembers(), latency(row.staffReplySeconds()),
                        row.waitingThreads() == null ? "-" : row.waitingThreads().toString())));
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

    /** A latency in the unit that keeps it short: 45s, 12m, 3h. */
    static String latency(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long s = Math.round(seconds);
        return s < 120 ? s + "s" : s < 7_200 ? Math.round(s / 60.0) + "m" : Math.round(s / 3_600.0) + "h";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
