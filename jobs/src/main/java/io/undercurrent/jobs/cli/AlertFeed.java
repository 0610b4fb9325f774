package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alerts topic from its beginning on its own thread, as a team's consumer would: every alert update
 * with the time it reached the topic (the record's timestamp, which the job's producer sets when it sends), and
 * the latest version of every incident.
 */
final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** An alert update and when (epoch millis) it reached the topic. */
    record Update(Alert alert, long onTopicAt) {}

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final List<Update> updates = new ArrayList<>();
    private final Map<String, Alert> incidents = new LinkedHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();
    private final Thread thread;

    AlertFeed(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.thread = new Thread(this::follow, "alert-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("Stopped following the alerts topic {}: {}", topic, e.toString());
        } finally {
            consumer.close();
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> record) {
        Alert alert;
        try {
            alert = AlertJson.fromBytes(record.value());
        } catch (IOException | RuntimeException e) {
            unreadable.incrementAndGet();
            return;
        }
        synchronized (this) {
            updates.add(new Update(alert, record.timestamp()));
            incidents.merge(alert.alertId, alert, (known, update) -> update.version > known.version ? update : known);
        }
    }

    /** The latest version of every incident seen so far. */
    synchronized List<Alert> incidents() {
        return new ArrayList<>(incidents.values());
    }

    /** The first update that matches, in the order they reached the topic; null if none has yet. */
    synchronized Update firstUpdate(Predicate<Alert> matches) {
        return updates.stream().filter(u -> matches.test(u.alert())).findFirst().orElse(null);
    }

    /** Alert updates read so far. */
    synchronized long updates() {
        return updates.size();
    }

    /** Records that were not alert JSON. */
    long unreadable() {
        return unreadable.get();
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
