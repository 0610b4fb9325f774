package io.undercurrent.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.testing.ScriptedPipeline;
import io.undercurrent.jobs.testing.ScriptedStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real job on a local Flink cluster between a real Kafka broker and a real Elasticsearch node: a known
 * stream in, exact documents and dead letters out, and a replay that overwrites instead of duplicating.
 */
class MonitorPipelineITCase {

    private static ScriptedPipeline pipeline;
    /** Read before any replay, which dead-letters the same records again. */
    private static List<DeadLetter> firstRunDeadLetters;

    @BeforeAll
    static void runTheScriptedStream() throws Exception {
        pipeline = ScriptedPipeline.start();
        pipeline.publish(ScriptedStream.messages());
        pipeline.runJobToEnd();
        firstRunDeadLetters = pipeline.deadLetters(ScriptedStream.malformed().size());
    }

    @AfterAll
    static void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void indexesEveryValidPostOnceWithItsSentiment() throws Exception {
        ElasticsearchClient es = pipeline.elasticsearch();
        assertThat(countPosts(es)).isEqualTo(ScriptedStream.expectedPosts());

        SearchResponse<JsonNode> scripted = es.search(s -> s.index("undercurrent-posts-*")
                .query(q -> q.prefix(p -> p.field("id").value("reddit:scripted-")))
                .size(100), JsonNode.class);
        assertThat(scripted.hits().hits()).isNotEmpty().allSatisfy(hit -> {
            JsonNode sentiment = hit.source().path("sentiment");
            assertThat(sentiment.path("score").asDouble()).isBetween(-1.0, 1.0);
            assertThat(sentiment.path("label").asText()).isIn("negative", "neutral", "positive");
            assertThat(sentiment.path("classes")).hasSize(5);
        });
        // The scripted complaints must read as complaints: the engine is part of the pipeline under test.
        long negativeRefundPosts = scripted.hits().hits().stream().map(Hit::source)
                .filter(p -> p.path("text").asText().contains("refund"))
                .filter(p -> p.path("sentiment").path("label").asText().equals("negative"))
                .count();
        assertThat(negativeRefundPosts).isGreaterThan(0);
    }

    @Test
    void writesOneMicroMapPerMicroCommunityAndMinuteWithExactCounts() throws Exception {
        SearchResponse<JsonNode> maps = pipeline.elasticsearch().search(s -> s.index("undercurrent-micromaps-*")
                .query(q -> q.bool(b -> b
                        .filter(f -> f.terms(t -> t.field("community").terms(v -> v.value(
                                ScriptedStream.canonicalCommunities().stream()
                                        .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                                        .collect(Collectors.toList())))))
                        .filter(f -> f.term(t -> t.field("scope").value("micro_community")))
                        .filter(f -> f.term(t -> t.field("resolution").value("1m")))))
                .size(100), JsonNode.class);

        Map<String, Long> actual = new TreeMap<>();
        for (Hit<JsonNode> hit : maps.hits().hits()) {
            JsonNode map = hit.source();
            actual.put(map.path("community").asText() + "/" + map.path("micro_community").asText() + "@"
                    + Instant.parse(map.path("window_start").asText()), map.path("post_count").asLong());
        }
        assertThat(actual).isEqualTo(ScriptedStream.expectedCanonicalMicroMaps());
    }

    @Test
    void deadLettersEveryMalformedRecordWithItsReasonAndOriginalBytes() throws Exception {
        List<ScriptedStream.Malformed> malformed = ScriptedStream.malformed();
        List<DeadLetter> letters = firstRunDeadLetters;

        assertThat(letters).hasSize(malformed.size());
        for (ScriptedStream.Malformed expected : malformed) {
            assertThat(letters)
                    .as("dead letter for %s", expected.reasonPrefix())
                    .anySatisfy(letter -> {
                        assertThat(letter.stage).isEqualTo("parse");
                        assertThat(letter.reason).startsWith(expected.reasonPrefix());
                        assertThat(letter.origin).startsWith(expected.topic() + "/0/");
                        assertThat(letter.payload).isEqualTo(expected.value());
                    });
        }
    }

    @Test
    void replayingTheSameInputOverwritesInsteadOfDuplicating() throws Exception {
        ElasticsearchClient es = pipeline.elasticsearch();
        long mapsBefore = es.count(c -> c.index("undercurrent-micromaps-*")).count();

        pipeline.runJobToEnd();

        assertThat(countPosts(es)).isEqualTo(ScriptedStream.expectedPosts());
        assertThat(es.count(c -> c.index("undercurrent-micromaps-*")).count()).isEqualTo(mapsBefore);
    }

    private static long countPosts(ElasticsearchClient es) throws Exception {
        return es.count(c -> c.index("undercurrent-posts-*")).count();
    }
}
