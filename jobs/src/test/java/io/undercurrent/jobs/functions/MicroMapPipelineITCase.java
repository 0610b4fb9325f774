package io.undercurrent.jobs.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.embedded.EmbeddedElasticsearch;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchSink;
import io.undercurrent.jobs.sinks.elasticsearch.HealthDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.IndexRequestEntry;
import io.undercurrent.jobs.sinks.elasticsearch.IndexTemplates;
import io.undercurrent.jobs.sinks.elasticsearch.MicroMapDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.PostDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.RejectedDocumentHandler;
import io.undercurrent.nlp.SentimentEngine;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The micro-map stage on a Flink MiniCluster writing into a real Elasticsearch, for a scripted stream: three
 * micro-communities of two registered communities and one unregistered, staff replies, a removed post, a post
 * that arrives late (it must rewrite its window's documents) and one that arrives too late for the minute maps
 * (but not for the hour). Every expected figure is computed here from the script, in event time, without the
 * stage's code.
 */
class MicroMapPipelineITCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(10);
    private static final MicroMapSettings SETTINGS = MicroMapSettings.defaults();
    private static final CommunityRegistry REGISTRY = CommunityRegistry.bundled();
    private static final List<DeadLetter> REJECTED = new CopyOnWriteArrayList<>();

    private static final String HELP = "reddit/novapay/novapayhelp";
    private static final String MAIN = "reddit/novapay/novapay";
    private static final String CYCLING = "mastodon/lakeside.social/cycling";
    private static final String GUILD = "discord/unlisted-guild/general";

    /** The stream in arrival order: id, micro-community, author, second after T0, score (NaN: not judged), text. */
    private static final List<Scripted> SCRIPT = List.of(
            new Scripted("a1", HELP, "ann", 5, -0.7, null, 12, "My instant transfer failed again and the card activation is stuck"),
            new Scripted("a2", HELP, "bob", 20, -0.5, "a1", 3, "Same here, the instant transfer failed twice"),
            new Scripted("b1", MAIN, "cy", 25, 0.6, null, 40, "Love the new card design, the metal card looks great"),
            new Scripted("c1", CYCLING, "dee", 30, 0.5, null, 7, "The new bike lane along the lake is lovely"),
            new Scripted("b2", MAIN, "ann", 40, 0.3, "b1", 1, "The new card design is fine"),
            new Scripted("a3", HELP, "NovaPay_Team", 50, 0.2, "a2", 20, "Sorry, we are looking into the instant transfer issue"),
            new Scripted("a4", HELP, "ann", 70, -0.8, "a3", 2, "The instant transfer still failed, I want a refund"),
            new Scripted("a5", HELP, "eve", 80, -0.6, null, 0, "[removed]"),
            new Scripted("b3", MAIN, "bob", 90, -0.4, null, 5, "The app update broke the budgeting tab"),
            new Scripted("c2", CYCLING, "dee", 95, Double.NaN, null, 1, "Schotterweg am Wochenende, wer kommt mit?"),
            new Scripted("a6", HELP, "NovaPay_Team", 110, 0.1, "a4", 9, "Your refund is on its way"),
            new Scripted("b4", MAIN, "fay", 130, -0.9, null, 15, "The app update deleted my budgeting tab data"),
            new Scripted("b5", MAIN, "gus", 55, -0.6, null, 4, "My card was declined at the shop"), // late
            new Scripted("c3", CYCLING, "dee", 400, 0.2, null, 2, "Lake loop at dawn with the cycling club"),
            new Scripted("z1", GUILD, "hal", 10, -0.2, null, 0, "Anyone else seeing lag on the server?")); // too late

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(() ->
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .setConfiguration(noRestarts())
                    .build());

    private static EmbeddedElasticsearch elasticsearch;
    private static RestClient rest;

    @BeforeAll
    static void runTheScriptThroughTheStage() throws Exception {
        elasticsearch = EmbeddedElasticsearch.builder().start();
        rest = RestClient.builder(HttpHost.create(elasticsearch.url())).build();
        IndexTemplates.install(List.of(elasticsearch.url()));
        writeTheScriptTo(elasticsearch.url());
        request("POST", "/undercurrent-*/_refresh", null);
    }

    /** Runs the script through the stage into the Elasticsearch at {@code url}, whose templates are installed. */
    static void writeTheScriptTo(String url) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<ScoredPost> scored = env.fromData(scoredPosts(), TypeInformation.of(ScoredPost.class))
                .setParallelism(1)
                .assignTimestampsAndWatermarks(everyPostMovesEventTime())
                .setParallelism(1)
                .map(new ExtractTopicsFunction())
                .setParallelism(1); // one chain, like a Kafka partition: posts stay in script order
        scored.sinkTo(sink(url, new PostDocuments()));
        MicroMapStage.Outputs outputs = MicroMapStage.apply(scored, SETTINGS, REGISTRY);
        outputs.maps().sinkTo(sink(url, new MicroMapDocuments()));
        outputs.health().sinkTo(sink(url, new HealthDocuments()));
        env.execute("micro-map pipeline");
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

    @Test
    void everyWindowOfEveryMicroCommunityHasOneDocumentWithItsFigures() throws Exception {
        Map<String, List<Scripted>> minuteWindows = windows(MINUTE, onTime());
        JsonNode docs = search("undercurrent-micromaps-*", "scope:micro_community AND resolution:1m");
        assertThat(docs.size()).as("one document per window, late updates overwrote theirs")
                .isEqualTo(minuteWindows.size());

        for (Map.Entry<String, List<Scripted>> window : minuteWindows.entrySet()) {
            List<Scripted> posts = window.getValue();
            Scripted any = posts.get(0);
            JsonNode doc = get("undercurrent-micromaps-2026.03.02",
                    "1m:" + any.micro().replace('/', ':') + ":" + windowStart(any, MINUTE));
            String where = window.getKey();
            assertThat(doc.path("post_count").asLong()).as(where).isEqualTo(posts.size());
            List<Scripted> judged = posts.stream().filter(Scripted::judged).toList();
            assertThat(doc.path("scored_count").asLong()).as(where).isEqualTo(judged.size());
            assertThat(doc.path("sentiment_mean").asDouble()).as(where)
                    .isCloseTo(judged.stream().mapToDouble(Scripted::score).average().orElse(0), within(1e-6));
            assertThat(doc.path("negative_count").asLong()).as(where)
                    .isEqualTo(judged.stream().filter(p -> p.score() < -0.2).count());
            assertThat(doc.path("unique_authors").asLong()).as(where)
                    .isEqualTo(posts.stream().map(Scripted::author).distinct().count());
            assertThat(doc.path("likes").asLong()).as(where)
                    .isEqualTo(posts.stream().mapToLong(Scripted::likes).sum());
            assertThat(doc.path("most_negative").path(0).path("id").asText()).as(where)
                    .isEqualTo(judged.stream().filter(p -> p.score() < 0).min(Comparator.comparingDouble(Scripted::score))
                            .map(Scripted::postId).orElse(""));
        }
    }

    @Test
    void theLatePostRewroteItsWindowAndTheTooLatePostOnlyReachedTheHour() throws Exception {
        JsonNode main = get("undercurrent-micromaps-2026.03.02", "1m:reddit:novapay:novapay:" + T0);
        assertThat(main.path("post_count").asLong()).as("b1, b2 and the late b5").isEqualTo(3);
        assertThat(search("undercurrent-micromaps-*", "micro_community:general AND resolution:1m").size()).isZero();

        JsonNode hour = get("undercurrent-micromaps-2026.03.02", "1h:discord:unlisted-guild:general:" + T0);
        assertThat(hour.path("post_count").asLong()).isEqualTo(1);
        JsonNode helpHour = get("undercurrent-micromaps-2026.03.02", "1h:reddit:novapay:novapayhelp:" + T0);
        assertThat(helpHour.path("post_count").asLong()).isEqualTo(6);
        assertThat(helpHour.path("unique_authors").asLong()).isEqualTo(4);
    }

    @Test
    void topicCellsCarryTheirCountAndMeanSentiment() throws Exception {
        JsonNode help = get("undercurrent-micromaps-2026.03.02", "1m:reddit:novapay:novapayhelp:" + T0);
        JsonNode cell = cell(help, "instant transfer");
        assertThat(cell.path("count").asLong()).as("a1, a2 and a3").isEqualTo(3);
        assertThat(cell.path("sentiment_mean").asDouble()).isCloseTo((-0.7 - 0.5 + 0.2) / 3, within(1e-6));
        JsonNode main = get("undercurrent-micromaps-2026.03.02", "1m:reddit:novapay:novapay:" + T0);
        assertThat(cell(main, "card design").path("count").asLong()).isEqualTo(2);
    }

    @Test
    void rollUpsAddUpTheirCommunitiesAndEverything() throws Exception {
        Map<String, List<Scripted>> byCommunity = onTime().stream()
                .filter(p -> windowStart(p, MINUTE) == T0)
                .collect(Collectors.groupingBy(Scripted::community, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Scripted>> community : byCommunity.entrySet()) {
            JsonNode doc = get("undercurrent-micromaps-2026.03.02",
                    "1m:" + community.getKey().replace('/', ':') + ":*:" + T0);
            assertThat(doc.path("scope").asText()).isEqualTo("community");
            assertThat(doc.path("post_count").asLong()).as(community.getKey()).isEqualTo(community.getValue().size());
            assertThat(doc.path("unique_authors").asLong()).as(community.getKey())
                    .isEqualTo(community.getValue().stream().map(Scripted::author).distinct().count());
        }
        JsonNode all = get("undercurrent-micromaps-2026.03.02", "1m:*:*:*:" + T0);
        List<Scripted> first = onTime().stream().filter(p -> windowStart(p, MINUTE) == T0).toList();
        assertThat(all.path("post_count").asLong()).isEqualTo(first.size());
        assertThat(all.path("unique_authors").asLong())
                .isEqualTo(first.stream().map(Scripted::author).distinct().count());
    }

    @Test
    void healthReportsMatchTheScript() throws Exception {
        Map<String, List<Scripted>> minuteWindows = windows(MINUTE, onTime());
        JsonNode docs = search("undercurrent-health-*", "resolution:1m");
        assertThat(docs.size()).isEqualTo(minuteWindows.size());

        for (Map.Entry<String, List<Scripted>> window : minuteWindows.entrySet()) {
            List<Scripted> posts = window.getValue();
            Scripted any = posts.get(0);
            long start = windowStart(any, MINUTE);
            JsonNode doc = get("undercurrent-health-2026.03.02", "1m:" + any.micro().replace('/', ':') + ":" + start);
            String where = window.getKey();
            long communityVolume = onTime().stream()
                    .filter(p -> p.community().equals(any.community()) && windowStart(p, MINUTE) == start).count();
            assertThat(doc.path("share_of_voice").asDouble()).as(where)
                    .isCloseTo((double) posts.size() / communityVolume, within(1e-6));
            long newMembers = posts.stream().map(Scripted::author).distinct()
                    .filter(author -> firstPost(any.micro(), author) >= start).count();
            assertThat(doc.path("new_members").asLong()).as(where).isEqualTo(newMembers);
            assertThat(doc.path("returning_members").asLong()).as(where)
                    .isEqualTo(posts.stream().map(Scripted::author).distinct().count() - newMembers);
            assertThat(doc.path("reply_posts").asLong()).as(where)
                    .isEqualTo(posts.stream().filter(p -> p.parent() != null).count());
            assertThat(doc.path("conversation_depth_mean").asDouble()).as(where)
                    .isCloseTo(posts.stream().mapToInt(this::depth).average().orElse(0), within(1e-6));
            assertThat(doc.path("longest_exchange").asLong()).as(where)
                    .isEqualTo(posts.stream().mapToInt(this::turns).max().orElse(0));
            List<Double> latencies = staffLatencies(posts);
            if (latencies.isEmpty()) {
                assertThat(doc.has("staff_response_latency_p50_seconds")).as(where).isFalse();
            } else {
                assertThat(doc.path("staff_response_latency_p50_seconds").asDouble()).as(where)
                        .isEqualTo(latencies.get((int) Math.ceil(0.5 * latencies.size()) - 1));
            }
            if (REGISTRY.hasStaff(any.platform(), any.communityName(), any.microName())) {
                Scripted latest = posts.stream().max(Comparator.comparingLong(Scripted::createdAt)).orElseThrow();
                assertThat(doc.path("unanswered_threads").asLong()).as(where).isEqualTo(waitingAt(latest));
            } else {
                assertThat(doc.has("unanswered_threads")).as(where).isFalse();
            }
            if (any.platform().equals("reddit")) {
                assertThat(doc.path("removed_posts").asLong()).as(where)
                        .isEqualTo(posts.stream().filter(p -> p.text().equals("[removed]")).count());
            } else {
                assertThat(doc.has("moderation_load")).as(where).isFalse();
            }
        }
    }

    @Test
    void postsCarryTheirTopicsForSearchAndAggregation() throws Exception {
        JsonNode byPhrase = search("undercurrent-posts-*", "terms:\"instant transfer\"");
        assertThat(ids(byPhrase)).containsExactlyInAnyOrder("reddit:a1", "reddit:a2", "reddit:a3", "reddit:a4");
        JsonNode byWord = search("undercurrent-posts-*", "terms.text:budgeting");
        assertThat(ids(byWord)).containsExactlyInAnyOrder("reddit:b3", "reddit:b4");
        assertThat(search("undercurrent-posts-*", "id:\"reddit:a5\"").path(0).path("_source").path("terms"))
                .as("a removed post has no topics").isEmpty();
        assertThat(REJECTED).isEmpty();
    }

    @Test
    void theReadmesAnalystQueriesAnswerFromTheRealIndices() throws Exception {
        List<AnalystQuery> queries = AnalystQuery.fromReadme();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        for (AnalystQuery query : queries) {
            JsonNode answer = request("POST", query.path(), query.body());
            assertThat(answer.has("error")).as("%s: %s", query.path(), answer.path("error")).isFalse();
            assertThat(answer.path("hits").path("total").path("value").asLong()).as("matches for %s", query.body())
                    .isPositive();
            if (query.body().contains("\"aggs\"")) {
                assertThat(answer.path("aggregations").toString()).as(query.body()).contains("\"doc_count\":");
            }
        }
    }

    // --- the script and its independent expectations ---

    private record Scripted(String id, String micro, String author, int second, double score, String parent,
            long likes, String text) {

        String postId() {
            return platform() + ":" + id;
        }

        String platform() {
            return micro.split("/")[0];
        }

        String communityName() {
            return micro.split("/")[1];
        }

        String microName() {
            return micro.split("/")[2];
        }

        String community() {
            return platform() + "/" + communityName();
        }

        long createdAt() {
            return T0 + second * 1_000L;
        }

        boolean judged() {
            return !Double.isNaN(score);
        }

        boolean staff() {
            return REGISTRY.isStaff(platform(), communityName(), microName(), author);
        }
    }

    /** Posts the minute windows take: all but the one that arrives after its window closed for good. */
    private static List<Scripted> onTime() {
        return SCRIPT.stream().filter(p -> !p.id().equals("z1")).toList();
    }

    private static Map<String, List<Scripted>> windows(long length, List<Scripted> posts) {
        Map<String, List<Scripted>> windows = new LinkedHashMap<>();
        for (Scripted post : posts) {
            windows.computeIfAbsent(post.micro() + "@" + windowStart(post, length), k -> new ArrayList<>()).add(post);
        }
        return windows;
    }

    private static long windowStart(Scripted post, long length) {
        return post.createdAt() - Math.floorMod(post.createdAt(), length);
    }

    private static long firstPost(String micro, String author) {
        return SCRIPT.stream().filter(p -> p.micro().equals(micro) && p.author().equals(author))
                .mapToLong(Scripted::createdAt).min().orElseThrow();
    }

    private static Scripted byId(String id) {
        return SCRIPT.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private int depth(Scripted post) {
        return post.parent() == null ? 0 : depth(byId(post.parent())) + 1;
    }

    private int turns(Scripted post) {
        if (post.parent() == null) {
            return 1;
        }
        Scripted parent = byId(post.parent());
        return turns(parent) + (parent.author().equals(post.author()) ? 0 : 1);
    }

    private static String thread(Scripted post) {
        return post.parent() == null ? post.id() : thread(byId(post.parent()));
    }

    /** Seconds from the first member post after the thread's last staff post to the staff reply, sorted. */
    private static List<Double> staffLatencies(List<Scripted> window) {
        List<Double> latencies = new ArrayList<>();
        for (Scripted reply : window) {
            if (!reply.staff()) {
                continue;
            }
            Long waitingSince = waitStart(SCRIPT, reply.micro(), thread(reply), reply.createdAt() - 1);
            if (waitingSince != null) {
                latencies.add((reply.createdAt() - waitingSince) / 1000.0);
            }
        }
        latencies.sort(Comparator.naturalOrder());
        return latencies;
    }

    /** When the thread began waiting for staff, as of {@code time} among {@code known} posts; null if not waiting. */
    private static Long waitStart(List<Scripted> known, String micro, String thread, long time) {
        Long since = null;
        List<Scripted> inThread = known.stream()
                .filter(p -> p.micro().equals(micro) && thread(p).equals(thread) && p.createdAt() <= time)
                .sorted(Comparator.comparingLong(Scripted::createdAt))
                .toList();
        for (Scripted post : inThread) {
            if (post.staff()) {
                since = null;
            } else if (since == null) {
                since = post.createdAt();
            }
        }
        return since;
    }

    /**
     * Threads of the post's micro-community waiting for staff at its time, among the posts that had arrived by
     * then: a window's figure is taken at its latest post and changes only when a post of that window arrives.
     */
    private static long waitingAt(Scripted post) {
        List<Scripted> known = SCRIPT.subList(0, SCRIPT.indexOf(post) + 1);
        Set<String> threads = new HashSet<>();
        known.stream().filter(p -> p.micro().equals(post.micro())).forEach(p -> threads.add(thread(p)));
        return threads.stream().filter(thread -> waitStart(known, post.micro(), thread, post.createdAt()) != null)
                .count();
    }

    private static List<ScoredPost> scoredPosts() {
        List<ScoredPost> posts = new ArrayList<>();
        Map<String, String> threads = new HashMap<>();
        for (Scripted scripted : SCRIPT) {
            Post post = new Post();
            post.id = scripted.postId();
            post.platform = scripted.platform();
            post.community = scripted.communityName();
            post.microCommunity = scripted.microName();
            post.author = scripted.author();
            post.text = scripted.text();
            post.createdAt = scripted.createdAt();
            post.likes = scripted.likes();
            post.parentId = scripted.parent() == null ? null : scripted.platform() + ":" + scripted.parent();
            post.threadId = scripted.platform().equals("reddit") ? threads.computeIfAbsent(thread(scripted),
                    root -> scripted.platform() + ":" + root) : null;
            ScoredPost scored = ScoredPost.of(post, SentimentEngine.shared().analyze(post.text));
            scored.score = scripted.judged() ? scripted.score() : 0.0;
            scored.label = !scripted.judged() ? "unsupported"
                    : scripted.score() < -0.2 ? "negative" : scripted.score() > 0.2 ? "positive" : "neutral";
            posts.add(scored);
        }
        return posts;
    }

    /** Each post moves event time to its own time minus the out-of-orderness: deterministic lateness. */
    private static WatermarkStrategy<ScoredPost> everyPostMovesEventTime() {
        return WatermarkStrategy.<ScoredPost>forGenerator(context -> new WatermarkGenerator<>() {
                    private long latest = Long.MIN_VALUE;

                    @Override
                    public void onEvent(ScoredPost post, long timestamp, WatermarkOutput output) {
                        latest = Math.max(latest, timestamp);
                        output.emitWatermark(new Watermark(latest - OUT_OF_ORDERNESS.toMillis() - 1));
                    }

                    @Override
                    public void onPeriodicEmit(WatermarkOutput output) {}
                })
                .withTimestampAssigner((post, recordTimestamp) -> post.post.createdAt);
    }

    // --- Elasticsearch ---

    private static <T> ElasticsearchSink<T> sink(String url, ElementConverter<T, IndexRequestEntry> converter) {
        return ElasticsearchSink.<T>builder()
                .setHosts(List.of(url))
                .setConverter(converter)
                .setRejectedDocumentHandler(new CollectingHandler())
                .setMaxBatchSize(50)
                .setMaxTimeInBuffer(Duration.ofMillis(200))
                .build();
    }

    private static JsonNode cell(JsonNode map, String topic) {
        for (JsonNode cell : map.path("topics")) {
            if (cell.path("topic").asText().equals(topic)) {
                return cell;
            }
        }
        throw new AssertionError("no topic cell '" + topic + "' in " + map.path("topics"));
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static JsonNode get(String index, String id) throws IOException {
        JsonNode doc = request("GET", "/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
        assertThat(doc.path("found").asBoolean()).as("document %s in %s", id, index).isTrue();
        return doc.path("_source");
    }

    private static JsonNode search(String index, String luceneQuery) throws IOException {
        String body = JSON.createObjectNode().put("size", 1000)
                .set("query", JSON.createObjectNode().set("query_string",
                        JSON.createObjectNode().put("query", luceneQuery))).toString();
        return request("POST", "/" + index + "/_search", body).path("hits").path("hits");
    }

    private static JsonNode request(String method, String path, String json) throws IOException {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        return JSON.readTree(rest.performRequest(request).getEntity().getContent());
    }

    private static Configuration noRestarts() {
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        return config;
    }

    /** Collects documents Elasticsearch rejected (there should be none). */
    private static final class CollectingHandler implements RejectedDocumentHandler {
        @Override
        public void reject(DeadLetter deadLetter) {
            REJECTED.add(deadLetter);
        }
    }
}
