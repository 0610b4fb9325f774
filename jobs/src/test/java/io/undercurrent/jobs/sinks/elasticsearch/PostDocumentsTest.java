package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.records.ScoredPost;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PostDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PostDocuments documents = new PostDocuments();

    @Test
    void thePostIdIsTheDocumentIdSoReplaysOverwrite() {
        ScoredPost post = TestRecords.scoredPost("reddit:t1_abc", Instant.parse("2026-11-21T10:15:30Z"));

        IndexRequestEntry first = documents.apply(post, null);
        IndexRequestEntry replay = documents.apply(post, null);

        assertThat(first.id()).isEqualTo("reddit:t1_abc");
        assertThat(replay.index()).isEqualTo(first.index());
        assertThat(replay.id()).isEqualTo(first.id());
    }

    @Test
    void theIndexIsTheUtcDayThePostWasCreated() {
        assertThat(documents.apply(TestRecords.scoredPost("a", Instant.parse("2026-11-21T23:59:59.999Z")), null).index())
                .isEqualTo("undercurrent-posts-2026.11.21");
        assertThat(documents.apply(TestRecords.scoredPost("b", Instant.parse("2026-11-22T00:00:00Z")), null).index())
                .isEqualTo("undercurrent-posts-2026.11.22");
    }

    @Test
    void writesEveryFieldInSnakeCase() throws Exception {
        ScoredPost post = TestRecords.scoredPost("reddit:t1_abc", Instant.parse("2026-11-21T10:15:30Z"));
        Instant before = Instant.now();

        JsonNode doc = JSON.readTree(documents.apply(post, null).source());

        assertThat(doc.get("id").asText()).isEqualTo("reddit:t1_abc");
        assertThat(doc.get("platform").asText()).isEqualTo("reddit");
        assertThat(doc.get("community").asText()).isEqualTo("gaming");
        assertThat(doc.get("micro_community").asText()).isEqualTo("r/patientgamers");
        assertThat(doc.get("author").asText()).isEqualTo("u/quiet_reader");
        assertThat(doc.get("text").asText()).isEqualTo(post.post.text);
        assertThat(doc.get("language").asText()).isEqualTo("en");
        assertThat(doc.get("created_at").asText()).isEqualTo("2026-11-21T10:15:30Z");
        assertThat(doc.get("likes").asLong()).isEqualTo(12);
        assertThat(doc.get("replies").asLong()).isEqualTo(3);
        assertThat(doc.get("shares").asLong()).isEqualTo(1);
        assertThat(doc.get("parent_id").asText()).isEqualTo("reddit:t3_root");
        assertThat(doc.get("thread_id").asText()).isEqualTo("reddit:t3_root");
        assertThat(doc.get("url").asText()).isEqualTo(post.post.url);
        JsonNode sentiment = doc.get("sentiment");
        assertThat(sentiment.get("score").asDouble()).isEqualTo(-0.625);
        assertThat(sentiment.get("label").asText()).isEqualTo("negative");
        assertThat(sentiment.get("confidence").asDouble()).isEqualTo(0.75);
        assertThat(sentiment.get("classes")).extracting(JsonNode::asDouble)
                .containsExactly(0.25, 0.5, 0.125, 0.0625, 0.0625);
        assertThat(sentiment.get("model").asText()).isEqualTo("corenlp-sst5");
        assertThat(sentiment.get("language").asText()).isEqualTo("en");
        assertThat(doc.get("terms")).extracting(JsonNode::asText)
                .containsExactly("#patientgamers", "@devteam", "patch", "saves", "disappointed");
        assertThat(doc.get("hashtags")).extracting(JsonNode::asText).containsExactly("#patientgamers");
        assertThat(doc.get("mentions")).extracting(JsonNode::asText).containsExactly("@devteam");
        assertThat(Instant.parse(doc.get("indexed_at").asText()))
                .isBetween(before.minus(Duration.ofMillis(1)), Instant.now());
    }

    @Test
    void leavesOutWhatThePostDoesNotHave() throws Exception {
        ScoredPost post = TestRecords.scoredPost("discord:42", Instant.parse("2026-11-21T10:15:30Z"));
        post.post.language = null;
        post.post.parentId = null;
        post.post.threadId = null;
        post.post.url = null;
        post.label = "unsupported";
        post.classes = null;
        post.terms = null;
        post.topics = null;

        JsonNode doc = JSON.readTree(documents.apply(post, null).source());

        assertThat(doc.has("language")).isFalse();
        assertThat(doc.has("parent_id")).isFalse();
        assertThat(doc.has("thread_id")).isFalse();
        assertThat(doc.has("url")).isFalse();
        assertThat(doc.has("terms")).isFalse();
        assertThat(doc.has("hashtags")).isFalse();
        assertThat(doc.get("sentiment").has("classes")).isFalse();
        assertThat(doc.get("sentiment").get("label").asText()).isEqualTo("unsupported");
    }

    @Test
    void aBrokenScoreIsWrittenAsTheStringNaNForElasticsearchToReject() throws Exception {
        ScoredPost post = TestRecords.scoredPost("reddit:t1_nan", Instant.parse("2026-11-21T10:15:30Z"));
        post.score = Double.NaN;

        JsonNode doc = JSON.readTree(documents.apply(post, null).source());

        assertThat(doc.get("sentiment").get("score").isTextual()).isTrue();
        assertThat(doc.get("sentiment").get("score").asText()).isEqualTo("NaN");
    }
}
