package io.undercurrent.jobs.sinks.kafka;

import io.undercurrent.jobs.records.DeadLetter;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes dead letters as {@link DeadLetterJson} to one topic, keyed by origin so that a record rejected again on
 * replay lands in the same partition as before, with the rejection time as the record timestamp.
 *
 * <p>A dead letter is about 4/3 of its payload (base64) plus at most {@value DeadLetterJson#MAX_TEXT_CHARS}
 * characters of text: for payloads above about 700 KB the producer's {@code max.request.size} and the topic's
 * {@code max.message.bytes} must be raised above Kafka's 1 MB default, or the sink fails on that record.
 */
public class DeadLetterSerializationSchema implements KafkaRecordSerializationSchema<DeadLetter> {

    private final String topic;

    public DeadLetterSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter deadLetter, KafkaSinkContext context,
            Long timestamp) {
        byte[] key = deadLetter.origin == null ? null : deadLetter.origin.getBytes(StandardCharsets.UTF_8);
        // Kafka refuses negative timestamps; null lets the producer stamp the record instead.
        Long rejectedAt = deadLetter.rejectedAt > 0 ? deadLetter.rejectedAt : null;
        return new ProducerRecord<>(topic, null, rejectedAt, key, DeadLetterJson.toJson(deadLetter));
    }
}
