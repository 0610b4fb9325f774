package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Alerts as the alerting stage emits them, every field set. */
public final class TestAlerts {
    public static final long START = Instant.parse("2026-11-21T14:05:00Z").toEpochMilli();

    private TestAlerts() {}

    public static Alert crisis(String community, String micro) {
        Alert alert = new Alert();
        alert.alertId = "reddit/" + community + "/" + micro + ":" + START;
        alert.version = 2;
        alert.platform = "reddit";
        alert.community = community;
        alert.microCommunity = micro;
        alert.parentAlertId = "reddit/" + community + ":" + START;
        alert.state = Alert.State.ESCALATED;
        alert.severity = Alert.Severity.HIGH;
        alert.startTime = START;
        alert.updateTime = START + 180_000;
        alert.signals = new ArrayList<>(List.of(
                new Alert.Signal(Alert.SignalKind.CRISIS_SPIKE, null, 45, 5.2, 2.4, 3.1),
                new Alert.Signal(Alert.SignalKind.NEGATIVE_SHARE_RISE, null, 0.85, 0.2, 0.06, 2.2),
                new Alert.Signal(Alert.SignalKind.EMERGING_TERM, "refund", 30, 0.2, 0.45, 4.0)));
        alert.history = new ArrayList<>(List.of(
                new Alert.Transition(START + 60_000, Alert.State.OPEN, Alert.Severity.MEDIUM, "opened"),
                new Alert.Transition(START + 180_000, Alert.State.ESCALATED, Alert.Severity.HIGH, "severity rose")));
        alert.topTerms = new ArrayList<>(List.of("refund", "charged"));
        alert.mostNegative = new ArrayList<>(List.of(post("reddit:t1_a", "angry_ann",
                "Charged twice & <no> answer from support", -0.92, 3)));
        alert.mostEngaged = new ArrayList<>(List.of(post("reddit:t1_b", "loud_lee", "Anyone else double charged?",
                -0.4, 120)));
        alert.dashboardUrl = new GrafanaLinks("http://localhost:3000").forAlert(alert);
        return alert;
    }

    public static EvidencePost post(String id, String author, String text, double score, long engagement) {
        EvidencePost post = new EvidencePost();
        post.id = id;
        post.author = author;
        post.text = text;
        post.score = score;
        post.engagement = engagement;
        post.createdAt = START + 30_000;
        post.url = "https://www.reddit.com/r/x/comments/" + id;
        return post;
    }
}
