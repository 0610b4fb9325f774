package io.undercurrent.jobs.sinks.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.DeadLetter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The dead-letter topic's record format, in one place:
 * {@code {"stage":"index","reason":"...","origin":"...","rejectedAt":1763755200000,"payload":"<base64>"}}.
 * The payload is base64 because the original bytes need not be UTF-8 or even JSON.
 */
public final class DeadLetterJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadLetterJson() {}

    public static byte[] toJson(DeadLetter deadLetter) {
        ObjectNode node = JSON.createObjectNode();
        node.put("stage", deadLetter.stage);
        node.put("reason", deadLetter.reason);
        node.put("origin", deadLetter.origin);
        node.put("rejectedAt", deadLetter.rejectedAt);
        node.put("payload", deadLetter.payload == null ? null : Base64.getEncoder().encodeToString(deadLetter.payload));
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeadLetter fromJson(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        JsonNode payload = node.path("payload");
        return new DeadLetter(
                node.path("stage").asText(null),
                node.path("reason").asText(null),
                node.path("origin").asText(null),
                node.path("rejectedAt").asLong(),
                payload.isTextual() ? Base64.getDecoder().decode(payload.asText()) : null);
    }
}
