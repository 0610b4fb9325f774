package io.undercurrent.jobs.sinks.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.embedded.EmbeddedElasticsearch;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sink against a real Elasticsearch node on a Flink MiniCluster: exact counts, replays that overwrite,
 * rejected documents handed over with their reason, and retries while Elasticsearch pushes back.
 */
class ElasticsearchSinkITCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(() ->
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .setConfiguration(METRICS.addToConfiguration(noRestarts()))
                    .build());

    private static EmbeddedElasticsearch elasticsearch;

    /** A failing job fails the test at once instead of restarting. */
    private static Configuration noRestarts() {
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        return config;
    }
    private static RestClient rest;

    @BeforeAll
    static void startElasticsearch() throws IOException {
        elasticsearch = EmbeddedElasticsearch.builder().start();
        rest = RestClient.builder(HttpHost.create(elasticsearch.url())).build();
        IndexTemplates.install(List.of(elasticsearch.url()));
        IndexTemplates.install(List.of(elasticsearch.url())); // installing again is harmless
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        if (rest != null) {
            rest.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    @BeforeEach
    void forgetDeadLetters() {
        CollectingHandler.REJECTED.clear();
    }

    @Test
    void indexesEveryPostOnceRejectsTheBrokenOneAndReplaysOverwrite() throws Exception {
        List<ScoredPost> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant created = Instant.parse("2026-11-21T23:59:00Z").plusSeconds(i * 5L); // 12 on the 21st, 18 on the 22nd
            posts.add(TestRecords.scoredPost("reddit:t1_" + i, created));
        }
        ScoredPost broken = TestRecords.scoredPost("reddit:t1_nan", Instant.parse("2026-11-21T12:00:00Z"));
        broken.score = Double.NaN;
        posts.add(broken);

        runJob(posts, ScoredPost.class, new PostDocuments(), 2);
        JobID replay = runJob(posts, ScoredPost.class, new PostDocuments(), 2);

        refresh();
        assertThat(count("undercurrent-posts-2026.11.21")).isEqualTo(12);
        assertThat(count("undercurrent-posts-2026.11.22")).isEqualTo(18);
        JsonNode source = get("undercurrent-posts-2026.11.22", "reddit:t1_29").path("_source");
        assertThat(source.path("created_at").asText()).isEqualTo("2026-11-22T00:01:25Z");
        assertThat(source.path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(source.path("sentiment").path("classes")).hasSize(5);

        assertThat(CollectingHandler.REJECTED).as("the broken post, once per run").hasSize(2);
        for (DeadLetter letter : CollectingHandler.REJECTED) {
            assertThat(letter.stage).isEqualTo("index");
            assertThat(letter.origin).isEqualTo("undercurrent-posts-2026.11.21/reddit:t1_nan");
            assertThat(letter.reason).startsWith("document_parsing_exception: ").contains("[sentiment.score]");
            assertThat(JSON.readTree(letter.payload).path("id").asText()).isEqualTo("reddit:t1_nan");
        }
        assertThat(counter(replay, "numDocumentsRejected")).isEqualTo(1);
        assertThat(counter(replay, "numDocumentsRetried")).isZero();
    }

    @Test
    void aWindowUpdatedByLatePostsOverwritesItsMicroMap() throws Exception {
        MicroMap first = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:00:00Z"));
        MicroMap next = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:01:00Z"));
        MicroMap firstUpdated = TestRecords.microMap("#gamedev", Instant.parse("2026-11-21T10:00:00Z"));
        firstUpdated.postCount = 11;

        runJob(List.of(first, next), MicroMap.class, new MicroMapDocuments(), 1);
        runJob(List.of(firstUpdated), MicroMap.class, new MicroMapDocuments(), 1);

        refresh();
        assertThat(count("undercurrent-micromaps-*")).isEqualTo(2);
        JsonNode source = get("undercurrent-micromaps-2026.11.21", first.documentId()).path("_source");
        assertThat(source.path("post_count").asLong()).isEqualTo(11);
        assertThat(source.path("sentiment_mean").asDouble()).isEqualTo(-0.25);
        assertThat(CollectingHandler.REJECTED).isEmpty();
    }

    @Test
    void retriesWhileElasticsearchPushesBackAndLosesNothing() throws Exception {
        String index = "undercurrent-posts-2026.11.23";
        request("PUT", "/" + index, null);
        // The block Elasticsearch sets itself when the disk fills up: every write gets 429 until it is lifted.
        request("PUT", "/" + index + "/_settings", "{\"index.blocks.read_only_allow_delete\": true}");
        List<ScoredPost> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(TestRecords.scoredPost("mastodon:" + i, Instant.parse("2026-11-23T08:00:00Z").plusSeconds(i)));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(500);
        env.fromData(posts, TypeInformation.of(ScoredPost.class)).sinkTo(sink(new PostDocuments()));
        JobClient job = env.executeAsync("pushed back");
        try {
            awaitRetries(job.getJobID());
            assertThat(count(index)).as("nothing gets in while blocked").isZero();
        } finally {
            request("PUT", "/" + index + "/_settings", "{\"index.blocks.read_only_allow_delete\": null}");
        }
        job.getJobExecutionResult().get(2, TimeUnit.MINUTES);

        refresh();
        assertThat(count(index)).isEqualTo(8);
        assertThat(CollectingHandler.REJECTED).as("overload is not a rejection").isEmpty();
        assertThat(counter(job.getJobID(), "numDocumentsRetried")).isGreaterThanOrEqualTo(8);
    }

    private static <T> JobID runJob(List<T> records, Class<T> type,
            ElementConverter<T, IndexRequestEntry> converter, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        env.fromData(records, TypeInformation.of(type)).sinkTo(sink(converter));
        return env.execute("index " + type.getSimpleName()).getJobID();
    }

    private static <T> ElasticsearchSink<T> sink(
            ElementConverter<T, IndexRequestEntry> converter) {
        return ElasticsearchSink.<T>builder()
                .setHosts(List.of(elasticsearch.url()))
                .setConverter(converter)
                .setRejectedDocumentHandler(new CollectingHandler())
                .setMaxBatchSize(10)
                .setMaxBufferedRequests(100)
                .setBackoff(Duration.ofMillis(100), Duration.ofSeconds(2))
                .build();
    }

    private static void awaitRetries(JobID job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (counter(job, "numDocumentsRetried") == 0) {
            assertThat(System.nanoTime()).as("the sink retries within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Sum over the sink's subtasks. */
    private static long counter(JobID job, String name) {
        return METRICS.findMetrics(job, name).values().stream().mapToLong(m -> ((Counter) m).getCount()).sum();
    }

    private static void refresh() throws IOException {
        request("POST", "/undercurrent-*/_refresh", null);
    }

    private static long count(String index) throws IOException {
        return request("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    private static JsonNode get(String index, String id) throws IOException {
        return request("GET", "/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
    }

    private static JsonNode request(String method, String path, String json) throws IOException {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        Response response = rest.performRequest(request);
        return JSON.readTree(response.getEntity().getContent());
    }

    /** Collects rejected documents across the sink's subtasks (they share this JVM). */
    static final class CollectingHandler implements RejectedDocumentHandler {
        static final List<DeadLetter> REJECTED = new CopyOnWriteArrayList<>();

        @Override
        public void reject(DeadLetter deadLetter) {
            REJECTED.add(deadLetter);
        }
    }
}
