package io.undercurrent.jobs.sinks.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.records.DeadLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The dead-letter record as JSON: {@code stage}, {@code reason}, {@code origin}, {@code rejectedAt} (ISO-8601),
 * {@code payload} (the original bytes, base64, for replay) and {@code payloadText} (the same bytes as text when
 * they are valid UTF-8, else null, for people reading the topic; cut to its first {@value #MAX_TEXT_CHARS}
 * characters, so that the record stays near the size of the base64 payload).
 */
public final class DeadLetterJson {

    public static final int MAX_TEXT_CHARS = 16 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeadLetterJson() {}

    public static byte[] toJson(DeadLetter deadLetter) {
        byte[] payload = deadLetter.payload == null ? new byte[0] : deadLetter.payload;
        ObjectNode json = MAPPER.createObjectNode();
        json.put("stage", deadLetter.stage);
        json.put("reason", deadLetter.reason);
        json.put("origin", deadLetter.origin);
        json.put("rejectedAt", Instant.ofEpochMilli(deadLetter.rejectedAt).toString());
        json.put("payload", Base64.getEncoder().encodeToString(payload));
        json.put("payloadText", preview(utf8OrNull(payload)));
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            // a tree of strings always serializes
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a dead letter back, e.g. to inspect or replay the topic; the payload comes from the base64 field. */
    public static DeadLetter fromJson(byte[] json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        JsonNode payload = node.path("payload");
        return new DeadLetter(
                node.path("stage").asText(null),
                node.path("reason").asText(null),
                node.path("origin").asText(null),
                Instant.parse(node.path("rejectedAt").asText()).toEpochMilli(),
                payload.isTextual() ? Base64.getDecoder().decode(payload.textValue()) : null);
    }

    private static String preview(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        // never cut between the two halves of a surrogate pair
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        return text.substring(0, end);
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
