package io.undercurrent.jobs.sinks.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
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

    /** Reads an alert document back, e.g. from the alerts topic; throws {@link IOException} when it is not JSON. */
    public static Alert fromBytes(byte[] json) throws IOException {
        return fromTree(MAPPER.readTree(json));
    }

    /** The alert a document of {@link #toTree} describes; the fields derived for readers are ignored. */
    public static Alert fromTree(JsonNode json) {
        Alert alert = new Alert();
        alert.alertId = json.path("alert_id").asText();
        alert.version = json.path("version").asLong();
        alert.state = upper(Alert.State.class, json.path("state"));
        alert.severity = upper(Alert.Severity.class, json.path("severity"));
        alert.platform = text(json.path("platform"));
        alert.community = text(json.path("community"));
        alert.microCommunity = text(json.path("micro_community"));
        alert.parentAlertId = text(json.path("parent_alert_id"));
        json.path("child_alert_ids").forEach(id -> alert.childAlertIds.add(id.asText()));
        for (JsonNode s : json.path("signals")) {
            alert.signals.add(new Alert.Signal(upper(Alert.SignalKind.class, s.path("kind")), text(s.path("term")),
                    s.path("observed").asDouble(), s.path("expected").asDouble(), s.path("spread").asDouble(),
                    s.path("evidence").asDouble()));
        }
        alert.startTime = millis(json.path("started_at"));
        alert.updateTime = millis(json.path("updated_at"));
        alert.resolvedTime = json.path("resolved_at").isTextual() ? millis(json.path("resolved_at")) : null;
        for (JsonNode h : json.path("history")) {
            alert.history.add(new Alert.Transition(millis(h.path("time")), upper(Alert.State.class, h.path("state")),
                    upper(Alert.Severity.class, h.path("severity")), text(h.path("note"))));
        }
        json.path("top_terms").forEach(term -> alert.topTerms.add(term.asText()));
        alert.mostNegative = posts(json.path("most_negative"));
        alert.mostEngaged = posts(json.path("most_engaged"));
        alert.dashboardUrl = text(json.path("dashboard_url"));
        return alert;
    }

    /** The signal that names the alert: a crisis spike if there is one, else the strongest; null when none. */
    static Alert.Signal primary(Alert alert) {
        return alert.signals.stream().filter(s -> s.kind == Alert.SignalKind.CRISIS_SPIKE).findFirst()
                .orElse(alert.signals.stream().max(Comparator.comparingDouble(s -> s.evidence)).orElse(null));
    }

    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    private static <E extends Enum<E>> E upper(Class<E> type, JsonNode value) {
        return value.isTextual() ? Enum.valueOf(type, value.asText().toUpperCase(Locale.ROOT)) : null;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    private static long millis(JsonNode time) {
        return Instant.parse(time.asText()).toEpochMilli();
    }

    private static List<EvidencePost> posts(JsonNode array) {
        List<EvidencePost> posts = new ArrayList<>();
        for (JsonNode p : array) {
            EvidencePost post = new EvidencePost();
            post.id = text(p.path("id"));
            post.author = text(p.path("author"));
            post.text = text(p.path("text"));
            post.score = p.path("score").asDouble();
            post.engagement = p.path("engagement").asLong();
            post.createdAt = p.path("created_at").isTextual() ? millis(p.path("created_at")) : 0;
            post.url = text(p.path("url"));
            posts.add(post);
        }
        return posts;
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
