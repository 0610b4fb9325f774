package io.undercurrent.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undercurrent.jobs.records.RawRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.split.KafkaPartitionSplit;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PostSourcesTest {

    @Test
    void topicFormatsFromConfigurationKeepTheirOrder() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("posts.reddit", "reddit");
        configured.put("posts.mixed", "AUTO");

        assertThat(PostSources.topicFormats(configured))
                .containsExactly(
                        Map.entry("posts.reddit", PostFormat.REDDIT), Map.entry("posts.mixed", PostFormat.AUTO));
    }

    @Test
    void startingOffsetsByName() {
        assertThat(startingOffsetOf(PostSources.startingOffsets("earliest")))
                .isEqualTo(KafkaPartitionSplit.EARLIEST_OFFSET);
        assertThat(PostSources.startingOffsets("latest").getAutoOffsetResetStrategy())
                .isEqualTo(OffsetResetStrategy.LATEST);
        OffsetsInitializer committed = PostSources.startingOffsets("committed-or-earliest");
        assertThat(startingOffsetOf(committed)).isEqualTo(KafkaPartitionSplit.COMMITTED_OFFSET);
        assertThat(committed.getAutoOffsetResetStrategy()).isEqualTo(OffsetResetStrategy.EARLIEST);
    }

    @Test
    void unknownStartingOffsetsAreRefused() {
        assertThatThrownBy(() -> PostSources.startingOffsets("beginning"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown starting offsets 'beginning': expected earliest, latest or committed-or-earliest");
    }

    @Test
    void sourceIsUnboundedAndProducesRawRecords() {
        KafkaSource<RawRecord> source = PostSources.kafka("localhost:9092", Map.of("posts.reddit", PostFormat.REDDIT),
                "undercurrent", OffsetsInitializer.earliest());

        assertThat(source.getBoundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
    }

    /** The starting position the reader is told to take; earliest and committed need no broker to answer. */
    private static long startingOffsetOf(OffsetsInitializer offsets) {
        TopicPartition partition = new TopicPartition("posts.reddit", 0);
        return offsets.getPartitionOffsets(List.of(partition), null).get(partition);
    }

    @Test
    void sourceWithoutTopicsIsRefused() {
        assertThatThrownBy(() -> PostSources.kafka("localhost:9092", Map.of(), "undercurrent",
                OffsetsInitializer.earliest()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no source topics configured");
    }
}
