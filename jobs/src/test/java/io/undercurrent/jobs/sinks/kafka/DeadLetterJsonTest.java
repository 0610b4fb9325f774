package io.undercurrent.jobs.sinks.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.DeadLetter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterJsonTest {

    private static final byte[] NOT_UTF8 = {(byte) 0xff, (byte) 0xfe, 0, 42};

    @Test
    void writesTheDocumentedFieldsWithTheBytesInBase64() throws Exception {
        DeadLetter letter = new DeadLetter("index", "document_parsing_exception: bad float",
                "undercurrent-posts-2026.11.21/reddit:t1_x", 1_763_683_200_000L, NOT_UTF8);

        JsonNode json = new ObjectMapper().readTree(DeadLetterJson.toJson(letter));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("stage", "reason", "origin", "rejectedAt", "payload", "payloadText");
        assertThat(json.get("stage").asText()).isEqualTo("index");
        assertThat(json.get("reason").asText()).isEqualTo("document_parsing_exception: bad float");
        assertThat(json.get("origin").asText()).isEqualTo("undercurrent-posts-2026.11.21/reddit:t1_x");
        assertThat(json.get("rejectedAt").asText()).isEqualTo("2025-11-21T00:00:00Z");
        assertThat(json.get("payloadText").isNull()).as("bytes that are not UTF-8 have no text form").isTrue();
        assertThat(Base64.getDecoder().decode(json.get("payload").asText())).isEqualTo(NOT_UTF8);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        DeadLetter letter = new DeadLetter("parse", "missing required field: text", "posts.reddit/2/1041",
                1_763_683_200_123L, "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

        DeadLetter read = DeadLetterJson.fromJson(DeadLetterJson.toJson(letter));

        assertThat(read).usingRecursiveComparison().isEqualTo(letter);
    }

    @Test
    void writesAMissingPayloadAsEmpty() throws Exception {
        DeadLetter letter = new DeadLetter("parse", "empty record", "posts.canonical/0/7", 1L, null);

        DeadLetter read = DeadLetterJson.fromJson(DeadLetterJson.toJson(letter));

        assertThat(read.payload).isEmpty();
        assertThat(read.reason).isEqualTo("empty record");
    }
}
