package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.sinks.alerts.AlertSummary;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the backtest prints: each alert update as it is raised, then a summary with one row per incident. */
final class BacktestReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int QUOTE_CHARS = 100;
    private static final String INDENT = " ".repeat(18);

    private BacktestReport() {}

    /** One line per update; the evidence when an incident opens. */
    static void printAlert(PrintStream out, Alert alert) {
        String note = alert.history.isEmpty() ? "" : alert.history.get(alert.history.size() - 1).note;
        out.printf(Locale.ROOT, "%s  %-9s %-8s %s  [%s]%n", TIME.format(Instant.ofEpochMilli(alert.updateTime)),
                alert.state, alert.severity, AlertSummary.headline(alert), note);
        if (alert.version == 1) {
            if (!alert.topTerms.isEmpty()) {
                out.println(INDENT + "emerging terms: " + String.join(", ", alert.topTerms));
            }
            alert.mostNegative.stream().limit(3).forEach(post -> out.println(INDENT + "most negative: " + quote(post)));
            alert.mostEngaged.stream().limit(2).forEach(post -> out.println(INDENT + "most engaged:  " + quote(post)));
            if (alert.dashboardUrl != null) {
                out.println(INDENT + alert.dashboardUrl);
            }
        }
    }

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
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", TIME.format(Instant.ofEpochMilli(alert.startTime)),
                    AlertSummary.scope(alert), peak.get(alert.alertId).name().toLowerCase(Locale.ROOT),
                    alert.signals.stream().map(s -> s.kind.name().toLowerCase(Locale.ROOT)).distinct()
                            .collect(Collectors.joining(", ")),
                    minutes(Duration.ofMillis(end - alert.startTime)), alert.state.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String quote(EvidencePost post) {
        String text = post.text == null ? "" : post.text.replaceAll("\\s+", " ");
        if (text.length() > QUOTE_CHARS) {
            text = text.substring(0, QUOTE_CHARS - 1) + "…";
        }
        return String.format(Locale.ROOT, "\"%s\" (%s, %s, score %.2f, engagement %d)", text, post.author, post.id,
                post.score, post.engagement);
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }
}
