package io.undercurrent.jobs.sinks.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.EvidencePost;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert as a Slack incoming-webhook message (also understood by Mattermost and Rocket.Chat): {@code text} for
 * notifications, and Block Kit blocks with the signals, the emerging terms, the evidence posts and a button to the
 * dashboard. Texts are escaped for Slack and cut to its block limits.
 */
public final class SlackPayload {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int HEADER_LIMIT = 150;
    private static final int SECTION_LIMIT = 3000;
    private static final int QUOTE_CHARS = 200;

    private SlackPayload() {}

    public static byte[] of(Alert alert) {
        ObjectNode message = MAPPER.createObjectNode();
        String headline = AlertSummary.headline(alert);
        message.put("text", headline);
        ArrayNode blocks = message.putArray("blocks");
        header(blocks, icon(alert) + " " + headline);
        ObjectNode facts = blocks.addObject().put("type", "section");
        ArrayNode fields = facts.putArray("fields");
        field(fields, "Severity", AlertJson.lower(alert.severity));
        field(fields, "State", AlertJson.lower(alert.state));
        field(fields, "Started", Instant.ofEpochMilli(alert.startTime).toString());
        field(fields, "Alert", escape(alert.alertId) + " v" + alert.version);
        if (!alert.signals.isEmpty()) {
            section(blocks, "*Signals*\n" + alert.signals.stream()
                    .map(s -> "• " + escape(AlertSummary.describe(s))).collect(Collectors.joining("\n")));
        }
        if (!alert.topTerms.isEmpty()) {
            section(blocks, "*Emerging terms:* " + escape(String.join(", ", alert.topTerms)));
        }
        posts(blocks, "Most negative posts", alert.mostNegative);
        posts(blocks, "Most engaged posts", alert.mostEngaged);
        if (alert.dashboardUrl != null) {
            ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject();
            button.put("type", "button").put("url", alert.dashboardUrl);
            button.putObject("text").put("type", "plain_text").put("text", "Open dashboard");
        }
        return AlertJson.toBytes(message);
    }

    private static void posts(ArrayNode blocks, String title, List<EvidencePost> posts) {
        if (posts.isEmpty()) {
            return;
        }
        section(blocks, "*" + title + "*\n" + posts.stream().map(SlackPayload::quote).collect(Collectors.joining("\n")));
    }

    private static String quote(EvidencePost post) {
        String text = post.text == null ? "" : post.text.replaceAll("\\s+", " ");
        if (text.length() > QUOTE_CHARS) {
            text = text.substring(0, QUOTE_CHARS - 1) + "…";
        }
        String who = post.author == null ? "" : " — " + escape(post.author);
        String link = post.url == null ? "" : " <" + post.url + "|link>";
        return "> " + escape(text) + who + link;
    }

    private static String icon(Alert alert) {
        return alert.state == Alert.State.RESOLVED ? ":white_check_mark:" : ":rotating_light:";
    }

    private static void header(ArrayNode blocks, String text) {
        blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text")
                .put("text", cut(text, HEADER_LIMIT));
    }

    private static void section(ArrayNode blocks, String markdown) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", cut(markdown, SECTION_LIMIT));
    }

    private static void field(ArrayNode fields, String name, String value) {
        fields.addObject().put("type", "mrkdwn").put("text", "*" + name + "*\n" + value);
    }

    /** Slack's three control characters in message text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
