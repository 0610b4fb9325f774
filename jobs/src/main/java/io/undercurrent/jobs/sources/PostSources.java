package io.undercurrent.jobs.sources;

import io.undercurrent.jobs.records.RawRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The Kafka source of raw posts. Offsets are kept in Flink checkpoints (and committed to the group on each
 * checkpoint, for lag monitoring); records are not parsed here, so no record can fail the source. The topic
 * formats given here are the same map {@link io.undercurrent.jobs.functions.ParsePostFunction} needs to choose an
 * adapter per record.
 */
public final class PostSources {

    private PostSources() {}

    public static KafkaSource<RawRecord> kafka(String bootstrapServers, Map<String, PostFormat> topicFormats,
            String groupId, OffsetsInitializer startingOffsets) {
        return kafkaBuilder(bootstrapServers, topicFormats, groupId, startingOffsets).build();
    }

    /** The same source, for callers that add settings (security properties, a bounded end for tests). */
    public static KafkaSourceBuilder<RawRecord> kafkaBuilder(String bootstrapServers,
            Map<String, PostFormat> topicFormats, String groupId, OffsetsInitializer startingOffsets) {
        if (topicFormats.isEmpty()) {
            throw new IllegalArgumentException("no source topics configured");
        }
        return KafkaSource.<RawRecord>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(List.copyOf(topicFormats.keySet()))
                .setGroupId(groupId)
                .setStartingOffsets(startingOffsets)
                .setDeserializer(new RawRecordDeserializationSchema());
    }

    /**
     * Where a job without a checkpoint starts: "earliest", "latest", or "committed-or-earliest" (the group's
     * committed offsets, else the beginning).
     */
    public static OffsetsInitializer startingOffsets(String name) {
        switch (name.strip()) {
            case "earliest":
                return OffsetsInitializer.earliest();
            case "latest":
                return OffsetsInitializer.latest();
            case "committed-or-earliest":
                return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            default:
                throw new IllegalArgumentException("unknown starting offsets '" + name
                        + "': expected earliest, latest or committed-or-earliest");
        }
    }

    /** Topic formats from configuration ({@code topic -> "mastodon"}), in the order given. */
    public static Map<String, PostFormat> topicFormats(Map<String, String> configured) {
        Map<String, PostFormat> formats = new LinkedHashMap<>();
        configured.forEach((topic, format) -> formats.put(topic, PostFormat.fromConfigName(format)));
        return formats;
    }
}
