package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertSummary;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The backtest's summary: one row per incident ({@link AlertReport} prints the updates as they are raised). */
final class BacktestReport {

    private BacktestReport() {}

    static void printSummary(PrintStream out, Backtest.Result result, long lines) {
        double seconds = Math.max(1e-3, result.wallTime().toMillis() / 1000.0);
        out.println();
        out.printf(Locale.ROOT, "%,d lines: %,d posts, %,d dead letters, in %.1f s (%,.0f posts/s)%n", lines,
                result.posts(), result.deadLetters(), seconds, result.posts() / seconds);
        Map<String, Alert> latest = new LinkedHashMap<>();
        Map<String, Alert.Severity> peak = new LinkedHashMap<>();
        for (Alert alert : result.alerts()) {
            latest.put(alert.alertId, alert);
            peak.merge(alert.alertId, alert.severity, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        long communities = latest.values().stream().filter(a -> a.microCommunity == null).count();
        out.printf(Locale.ROOT, "%d incidents (%d in micro-communities, %d community-wide), %d alert updates%n",
                latest.size(), latest.size() - communities, communities, result.alerts().size());
        if (latest.isEmpty()) {
            return;
        }
        out.println();
        out.println("| started (UTC) | scope | peak severity | signals | lasted | state |");
        out.println("|---|---|---|---|---|---|");
        List<Alert> incidents = latest.values().stream().sorted(Comparator.comparingLong(a -> a.startTime)).toList();
        for (Alert alert : incidents) {
            long end = alert.resolvedTime == null ? alert.updateTime : alert.resolvedTime;
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", AlertReport.TIME.format(Instant.ofEpochMilli(alert.startTime)),
                    AlertSummary.scope(alert), peak.get(alert.alertId).name().toLowerCase(Locale.ROOT),
                    alert.signals.stream().map(s -> s.kind.name().toLowerCase(Locale.ROOT)).distinct()
                            .collect(Collectors.joining(", ")),
                    minutes(Duration.ofMillis(end - alert.startTime)), alert.state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }
}
