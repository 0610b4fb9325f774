package io.undercurrent.jobs.sinks.alerts;

import io.undercurrent.jobs.records.Alert;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes each alert update as {@link AlertJson} to the alerts topic, keyed by alert id: every version of an
 * incident lands in one partition in order, and a compacted topic keeps the latest. The record timestamp is left
 * to the producer (wall-clock send time), so a consumer can see how fresh an alert is.
 */
public class AlertSerializationSchema implements KafkaRecordSerializationSchema<Alert> {
    private static final long serialVersionUID = 1L;

    private final String topic;

    public AlertSerializationSchema(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, null, alert.alertId.getBytes(StandardCharsets.UTF_8),
                AlertJson.toBytes(alert));
    }
}
