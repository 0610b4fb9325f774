package io.undercurrent.jobs.sinks.elasticsearch;

import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class IndexRequestEntrySerializerTest {

    private final IndexRequestEntrySerializer serializer = new IndexRequestEntrySerializer();

    @Test
    void bufferedDocumentsSurviveACheckpoint() throws Exception {
        List<IndexRequestEntry> entries = List.of(
                entry("undercurrent-posts-2026.11.21", "reddit:t1_abc", "{\"text\":\"hello\"}"),
                entry("undercurrent-posts-2026.11.21", "mastodon:109ü€", "{\"text\":\"grüße 👋\"}"),
                entry("undercurrent-micromaps-2026.11.21", "1m:discord:g:c:1763683200000", "{}"));

        List<IndexRequestEntry> restored = roundTrip(entries);

        assertThat(restored).containsExactlyElementsOf(entries);
    }

    @Test
    void anAbsurdlyLongIdDoesNotBreakTheCheckpoint() throws Exception {
        // Elasticsearch rejects ids over 512 bytes (a dead letter), but the checkpoint must still hold it.
        IndexRequestEntry huge = entry("undercurrent-posts-2026.11.21", "x".repeat(100_000), "{}");

        assertThat(roundTrip(List.of(huge))).containsExactly(huge);
    }

    @Test
    void anEmptyBufferStaysEmpty() throws Exception {
        assertThat(roundTrip(List.of())).isEmpty();
    }

    private List<IndexRequestEntry> roundTrip(List<IndexRequestEntry> entries) throws Exception {
        BufferedRequestState<IndexRequestEntry> state = new BufferedRequestState<>(entries.stream()
                .map(e -> new RequestEntryWrapper<>(e, e.sizeInBytes()))
                .collect(Collectors.toList()));
        byte[] bytes = serializer.serialize(state);
        return serializer.deserialize(serializer.getVersion(), bytes).getBufferedRequestEntries().stream()
                .map(RequestEntryWrapper::getRequestEntry)
                .collect(Collectors.toList());
    }

    private static IndexRequestEntry entry(String index, String id, String json) {
        return new IndexRequestEntry(index, id, json.getBytes(StandardCharsets.UTF_8));
    }
}
