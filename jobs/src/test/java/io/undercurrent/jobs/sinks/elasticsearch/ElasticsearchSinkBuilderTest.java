package io.undercurrent.jobs.sinks.elasticsearch;

import io.undercurrent.jobs.records.ScoredPost;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElasticsearchSinkBuilderTest {

    @Test
    void aSinkWithoutARejectedDocumentHandlerWouldLoseDocumentsSoItIsNotBuilt() {
        assertThatThrownBy(() -> ElasticsearchSink.<ScoredPost>builder()
                .setHosts(List.of("http://localhost:9200"))
                .setConverter(new PostDocuments())
                .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rejected documents");
    }

    @Test
    void theRequestTimeoutMustOutlastTheLongestBackoff() {
        assertThatThrownBy(() -> ElasticsearchSink.<ScoredPost>builder()
                .setHosts(List.of("http://localhost:9200"))
                .setConverter(new PostDocuments())
                .setRejectedDocumentHandler(deadLetter -> { })
                .setBackoff(Duration.ofMillis(100), Duration.ofMinutes(5))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request timeout");
    }

    @Test
    void buffersAreCheckpointedWithTheEntrySerializer() {
        ElasticsearchSink<ScoredPost> sink = ElasticsearchSink.<ScoredPost>builder()
                .setHosts(List.of("http://localhost:9200"))
                .setConverter(new PostDocuments())
                .setRejectedDocumentHandler(deadLetter -> { })
                .build();

        assertThat(sink.getWriterStateSerializer()).isInstanceOf(IndexRequestEntrySerializer.class);
    }
}
