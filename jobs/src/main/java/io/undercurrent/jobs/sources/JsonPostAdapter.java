package io.undercurrent.jobs.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.undercurrent.jobs.records.Post;
import java.io.IOException;
import java.util.Locale;

/**
 * An adapter for one JSON object per payload: checks the size, parses the JSON, maps the fields, and validates
 * the result, so that every format rejects bad input with the same kinds of reasons.
 */
public abstract class JsonPostAdapter implements PostAdapter {

    /** Larger payloads are rejected unread: no real post comes near this, and its dead letter must still fit Kafka. */
    public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public final Post parse(byte[] payload) throws MalformedPostException {
        Post post = toPost(JsonFields.root(readObject(payload)));
        PostValidator.validate(post);
        return post;
    }

    /** Whether the JSON has this format's shape, for {@link PostFormat#AUTO}. */
    abstract boolean recognises(JsonFields root);

    /** Maps the fields; {@link PostValidator} checks the result afterwards. */
    abstract Post toPost(JsonFields root) throws MalformedPostException;

    static JsonNode readObject(byte[] payload) throws MalformedPostException {
        if (payload == null || payload.length == 0) {
            throw new MalformedPostException("empty payload");
        }
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new MalformedPostException(
                    "payload too large: " + payload.length + " bytes (limit " + MAX_PAYLOAD_BYTES + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new MalformedPostException("not JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (IOException e) {
            throw new MalformedPostException("not JSON: " + e.getMessage());
        }
        if (root.isMissingNode()) {
            throw new MalformedPostException("empty payload");
        }
        if (!root.isObject()) {
            throw new MalformedPostException(
                    "not a JSON object: got " + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return root;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}
