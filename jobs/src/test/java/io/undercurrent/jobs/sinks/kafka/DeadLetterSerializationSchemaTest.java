package io.undercurrent.jobs.sinks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterSerializationSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long REJECTED_AT = Instant.parse("2024-04-09T08:00:00.125Z").toEpochMilli();

    private final DeadLetterSerializationSchema schema = new DeadLetterSerializationSchema("undercurrent.dead-letters");

    @Test
    void writesTheDeadLetterAsJsonKeyedByOrigin() throws Exception {
        byte[] payload = "{\"kind\":\"t5\"} caf\u00e9".getBytes(StandardCharsets.UTF_8);
        DeadLetter deadLetter = new DeadLetter("parse", "unsupported Reddit kind: t5", "posts.reddit/2/17",
                REJECTED_AT, payload);

        ProducerRecord<byte[], byte[]> record = schema.serialize(deadLetter, null, null);

        assertThat(record.topic()).isEqualTo("undercurrent.dead-letters");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("posts.reddit/2/17");
        assertThat(record.timestamp()).isEqualTo(REJECTED_AT);
        assertThat(record.partition()).isNull();
        JsonNode json = MAPPER.readTree(record.value());
        assertThat(fieldNames(json))
                .containsExactly("stage", "reason", "origin", "rejectedAt", "payload", "payloadText");
        assertThat(json.get("stage").asText()).isEqualTo("parse");
        assertThat(json.get("reason").asText()).isEqualTo("unsupported Reddit kind: t5");
        assertThat(json.get("origin").asText()).isEqualTo("posts.reddit/2/17");
        assertThat(json.get("rejectedAt").asText()).isEqualTo("2024-04-09T08:00:00.125Z");
        assertThat(Base64.getDecoder().decode(json.get("payload").asText())).isEqualTo(payload);
        assertThat(json.get("payloadText").asText()).isEqualTo("{\"kind\":\"t5\"} caf\u00e9");
    }

    @Test
    void bytesThatAreNotUtf8HaveNoText() throws Exception {
        byte[] payload = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
        DeadLetter deadLetter = new DeadLetter("parse", "not JSON", "posts.reddit/0/1", REJECTED_AT, payload);

        JsonNode json = MAPPER.readTree(schema.serialize(deadLetter, null, null).value());

        assertThat(Base64.getDecoder().decode(json.get("payload").asText())).isEqualTo(payload);
        assertThat(json.get("payloadText").isNull()).isTrue();
    }

    @Test
    void textForPeopleIsCutButThePayloadIsWhole() throws Exception {
        // an emoji (two chars) straddles the cut: it must not be split into half a surrogate pair
        String text = "x".repeat(DeadLetterJson.MAX_TEXT_CHARS - 1) + "\uD83D\uDE00" + "tail";
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        DeadLetter deadLetter = new DeadLetter("parse", "payload too large", "posts.reddit/0/1", REJECTED_AT,
                payload);

        JsonNode json = MAPPER.readTree(schema.serialize(deadLetter, null, null).value());

        assertThat(json.get("payloadText").asText()).isEqualTo("x".repeat(DeadLetterJson.MAX_TEXT_CHARS - 1));
        assertThat(Base64.getDecoder().decode(json.get("payload").asText())).isEqualTo(payload);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        byte[] payload = {(byte) 0xff, '{', '}'};
        DeadLetter deadLetter = new DeadLetter("parse", "not JSON: Invalid UTF-8 start byte 0xff at line 1 column 1",
                "posts.reddit/0/1", REJECTED_AT, payload);

        DeadLetter read = DeadLetterJson.fromJson(schema.serialize(deadLetter, null, null).value());

        assertThat(read).usingRecursiveComparison().isEqualTo(deadLetter);
    }

    @Test
    void missingRejectionTimeLeavesTheTimestampToTheProducer() {
        DeadLetter deadLetter = new DeadLetter("index", "mapper_parsing_exception", "posts/reddit:t1_x", 0,
                new byte[0]);

        assertThat(schema.serialize(deadLetter, null, null).timestamp()).isNull();
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
