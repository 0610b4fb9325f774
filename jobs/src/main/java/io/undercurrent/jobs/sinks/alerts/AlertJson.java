package io.undercurrent.jobs.sinks.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An alert as JSON, the same document on the Kafka alerts topic, in the Elasticsearch alerts index and in the
 * signed webhook payload. The schema is {@code schemas/alert.schema.json} (JSON Schema, on the classpath and in
 * the source tree): snake_case fields, lower-case enum values, ISO-8601 UTC times, and the primary signal (a crisis
 * spike if there is one, else the strongest) repeated at the top level ({@code signal}, {@code observed},
 * {@code expected}, {@code spread}) for tables and annotations.
 */
public final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {}

    public static ObjectNode toTree(Alert alert) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("alert_id", alert.alertId);
        json.put("version", alert.version);
        json.put("state", lower(alert.state));
        json.put("severity", lower(alert.severity));
        json.put("severity_rank", alert.severity == null ? 0 : alert.severity.ordinal() + 1);
        json.put("platform", alert.platform);
        json.put("community", alert.community);
        json.put("micro_community", alert.microCommunity);
        json.put("scope", alert.microCommunity == null ? "community" : "micro_community");
        json.put("parent_alert_id", alert.parentAlertId);
        strings(json.putArray("child_alert_ids"), alert.childAlertIds);
        json.put("summary", AlertSummary.headline(alert));
        Alert.Signal primary = primary(alert);
        if (primary != null) {
            json.put("signal", lower(primary.kind));
            json.put("observed", primary.observed);
            json.put("expected", primary.expected);
            json.put("spread", primary.spread);
        }
        ArrayNode signals = json.putArray("signals");
        for (Alert.Signal signal : alert.signals) {
            ObjectNode s = signals.addObject();
            s.put("kind", lower(signal.kind));
            s.put("term", signal.term);
            s.put("observed", signal.observed);
            s.put("expected", signal.expected);
            s.put("spread", signal.spread);
            s.put("evidence", signal.evidence);
        }
        json.put("started_at", time(alert.startTime));
        json.put("updated_at", time(alert.updateTime));
        json.put("resolved_at", alert.resolvedTime == null ? null : time(alert.resolvedTime));
        ArrayNode history = json.putArray("history");
        for (Alert.Transition step : alert.history) {
            ObjectNode h = history.addObject();
            h.put("time", time(step.time));
            h.put("state", lower(step.state));
            h.put("severity", lower(step.severity));
            h.put("note", step.note);
        }
        strings(json.putArray("top_terms"), alert.topTerms);
        posts(json.putArray("most_negative"), alert.mostNegative);
        posts(json.putArray("most_engaged"), alert.mostEngaged);
        json.put("dashboard_url", alert.dashboardUrl);
        return json;
    }

    public static byte[] toBytes(ObjectNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serializes
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(Alert alert) {
        return toBytes(toTree(alert));
    }

    /** The signal that names the alert: a crisis spike if there is one, else the strongest; null when none. */
    static Alert.Signal primary(Alert alert) {
        return alert.signals.stream().filter(s -> s.kind == Alert.SignalKind.CRISIS_SPIKE).findFirst()
                .orElse(alert.signals.stream().max(Comparator.comparingDouble(s -> s.evidence)).orElse(null));
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void posts(ArrayNode array, List<EvidencePost> posts) {
        for (EvidencePost post : posts) {
            ObjectNode p = array.addObject();
            p.put("id", post.id);
            p.put("author", post.author);
            p.put("text", post.text);
            p.put("score", post.score);
            p.put("engagement", post.engagement);
            p.put("created_at", post.createdAt > 0 ? time(post.createdAt) : null);
            p.put("url", post.url);
        }
    }
}
