package io.undercurrent.jobs.sinks.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Room for the largest dead letters. A dead letter carries its record's original bytes as base64 (4/3 of them)
 * beside the reason, so a record at Kafka's default 1 MB limit makes a dead letter of about 1.4 MB, more than
 * Kafka's defaults accept. The dead-letter topic and every producer writing to it allow {@value #MAX_MESSAGE_BYTES}
 * bytes instead; without that, the largest bad records would fail the job rather than be set aside.
 */
public final class DeadLetterLimits {

    public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private DeadLetterLimits() {}

    /** Settings the dead-letter topic is created with. */
    public static Map<String, String> topicConfig() {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
    }

    /** Settings of a producer writing dead letters. */
    public static Properties producerConfig() {
        Properties config = new Properties();
        config.setProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
        return config;
    }
}
