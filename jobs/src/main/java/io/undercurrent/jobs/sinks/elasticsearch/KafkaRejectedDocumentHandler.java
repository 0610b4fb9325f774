package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.sinks.kafka.DeadLetterJson;
import io.undercurrent.jobs.sinks.kafka.DeadLetterLimits;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/** Writes rejected documents to the dead-letter topic as {@link DeadLetterJson}, keyed by their origin. */
public final class KafkaRejectedDocumentHandler implements RejectedDocumentHandler {

    private static final long serialVersionUID = 1L;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final String topic;
    private transient KafkaProducer<byte[], byte[]> producer;
    private transient AtomicReference<Exception> sendFailure;

    public KafkaRejectedDocumentHandler(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    @Override
    public void open() {
        Properties config = DeadLetterLimits.producerConfig();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        sendFailure = new AtomicReference<>();
    }

    @Override
    public void reject(DeadLetter deadLetter) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                topic, deadLetter.origin.getBytes(StandardCharsets.UTF_8), DeadLetterJson.toJson(deadLetter));
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                sendFailure.compareAndSet(null, error);
            }
        });
    }

    @Override
    public void flush() throws Exception {
        producer.flush();
        Exception failure = sendFailure.getAndSet(null);
        if (failure != null) {
            throw new IllegalStateException("Could not write rejected documents to dead-letter topic " + topic,
                    failure);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
        }
    }
}
