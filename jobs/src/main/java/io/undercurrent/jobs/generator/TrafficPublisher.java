package io.undercurrent.jobs.generator;

import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.sources.CanonicalPostJson;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes generated posts to a Kafka topic as canonical JSON, keyed by micro-community so each one's posts
 * stay in order on one partition.
 */
public final class TrafficPublisher implements Consumer<Post>, AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    public TrafficPublisher(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    @Override
    public void accept(Post post) {
        byte[] key = (post.platform + "/" + post.community + "/" + post.microCommunity).getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, null, post.createdAt, key, CanonicalPostJson.encode(post)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
