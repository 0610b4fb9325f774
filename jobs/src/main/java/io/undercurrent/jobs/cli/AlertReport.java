package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import io.undercurrent.jobs.sinks.alerts.AlertSummary;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How commands print an alert update: one line, then the evidence (terms, posts, dashboard link) if asked. */
final class AlertReport {
    /** Minutes are what alerts resolve to: windows are a minute or longer. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int QUOTE_CHARS = 100;
    private static final String INDENT = " ".repeat(18);

    private AlertReport() {}

    static void print(PrintStream out, Alert alert, boolean withEvidence) {
        String note = alert.history.isEmpty() ? "" : alert.history.get(alert.history.size() - 1).note;
        out.printf(Locale.ROOT, "%s  %-9s %-8s %s  [%s]%n", TIME.format(Instant.ofEpochMilli(alert.updateTime)),
                alert.state, alert.severity, AlertSummary.headline(alert), note);
        if (withEvidence) {
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

    private static String quote(EvidencePost post) {
        String text = post.text == null ? "" : post.text.replaceAll("\\s+", " ");
        if (text.length() > QUOTE_CHARS) {
            text = text.substring(0, QUOTE_CHARS - 1) + "…";
        }
        return String.format(Locale.ROOT, "\"%s\" (%s, %s, score %.2f, engagement %d)", text, post.author, post.id,
                post.score, post.engagement);
    }
}
