package io.undercurrent.jobs.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.undercurrent.jobs.config.DemoOptions;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.embedded.DemoWebhooks;
import io.undercurrent.jobs.embedded.EmbeddedMonitor;
import io.undercurrent.jobs.functions.MicroMapWindowFunction;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sinks.alerts.AlertJson;
import io.undercurrent.jobs.sinks.alerts.AlertSummary;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchClients;
import io.undercurrent.jobs.sinks.elasticsearch.HealthDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.MicroMapDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.PostDocuments;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads what the demo's monitor has written: per micro-community volume, sentiment and health from the micro-map
 * and health indices over the last minutes of event time, the number of indexed posts, the dead-letter count, the
 * incidents on the alerts topic with their evidence, what the demo's webhooks received, and how long the scripted
 * crisis took to reach the alerts topic.
 */
final class DemoSummary implements AutoCloseable {

    private static final int MINUTES = 10;
    /** Beyond a window's length, the wall time the scripted crisis's alert may take (the product's promise). */
    private static final Duration ALERT_SLACK = Duration.ofSeconds(5);
    private static final int INCIDENTS_SHOWN = 4;
    private static final int INCIDENTS_WITH_EVIDENCE = 1;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final EmbeddedMonitor monitor;
    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    private final Admin kafka;
    private final AlertFeed alerts;
    private final String deadLetterTopic;
    private final String resolution;
    /** The scripted crisis is on time if its alert reaches the topic this long after its first posts. */
    private final Duration alertDeadline;

    DemoSummary(EmbeddedMonitor monitor) {
        Configuration config = monitor.jobConfig();
        this.monitor = monitor;
        this.transport = ElasticsearchClients.transport(List.of(monitor.elasticsearchUrl()));
        this.client = new ElasticsearchClient(transport);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, monitor.kafkaBootstrapServers());
        this.kafka = Admin.create(props);
        this.alerts = new AlertFeed(monitor.kafkaBootstrapServers(), config.get(MonitorOptions.ALERTS_TOPIC));
        this.deadLetterTopic = config.get(MonitorOptions.DEAD_LETTER_TOPIC);
        Duration finest = MicroMapSettings.from(config).resolutions().get(0);
        this.resolution = MicroMapWindowFunction.resolutionLabel(finest);
        // Traffic played faster than real time closes its windows sooner in wall time.
        this.alertDeadline = Duration.ofMillis((long) (finest.toMillis() / config.get(DemoOptions.TRAFFIC_SPEEDUP)))
                .plus(ALERT_SLACK);
    }

    String render() throws IOException, InterruptedException {
        long posts = count(PostDocuments.INDEX_PREFIX + "-*");
        String heading = String.format("%s  posts indexed: %d  dead letters: %d  (micro-maps and health, last %d min"
                        + " of event time)", CLOCK.format(Instant.now()), posts, deadLetters(), MINUTES);
        return SummaryTable.render(heading, microCommunities()) + "\n" + incidents() + crisis() + webhooks();
    }

    private String incidents() {
        // What needs attention first: open before resolved, then the most severe, then the latest.
        List<Alert> incidents = alerts.incidents().stream()
                .sorted(Comparator.comparing((Alert a) -> a.state == Alert.State.RESOLVED)
                        .thenComparing(a -> a.severity, Comparator.reverseOrder())
                        .thenComparing(a -> a.startTime, Comparator.reverseOrder()))
                .toList();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "Incidents on the alerts topic: %d (%d updates%s)%s%n", incidents.size(),
                alerts.updates(), alerts.unreadable() == 0 ? "" : ", " + alerts.unreadable() + " not alert JSON",
                incidents.size() > INCIDENTS_SHOWN ? ", the " + INCIDENTS_SHOWN + " most pressing" : "");
        for (int i = 0; i < Math.min(INCIDENTS_SHOWN, incidents.size()); i++) {
            AlertReport.print(out, incidents.get(i), i < INCIDENTS_WITH_EVIDENCE);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** When the scripted crisis starts, and once its alert is on the topic, how long that took in wall time. */
    private String crisis() {
        EmbeddedMonitor.ScriptedCrisis crisis = monitor.scriptedCrisis();
        String scope = crisis.scope();
        long now = System.currentTimeMillis();
        if (now < crisis.firstPostsAt()) {
            return String.format(Locale.ROOT, "Scripted crisis in %s at %s (in %d s)%n", scope,
                    CLOCK.format(Instant.ofEpochMilli(crisis.firstPostsAt())), (crisis.firstPostsAt() - now) / 1000);
        }
        // The first update of an incident there that reflects a window holding crisis posts: a new incident, or
        // one already open that the crisis escalates.
        Predicate<Alert> aboutTheCrisis = a -> scope.equals(AlertSummary.scope(a))
                && a.updateTime > crisis.firstPostsAt() && a.state != Alert.State.RESOLVED;
        AlertFeed.Update alert = alerts.firstUpdate(aboutTheCrisis);
        if (alert == null) {
            return String.format(Locale.ROOT, "Scripted crisis in %s since %s: no alert yet, %d s after its first"
                            + " posts%n", scope, CLOCK.format(Instant.ofEpochMilli(crisis.firstPostsAt())),
                    (now - crisis.firstPostsAt()) / 1000);
        }
        double seconds = (alert.onTopicAt() - crisis.firstPostsAt()) / 1000.0;
        String line = String.format(Locale.ROOT, "Scripted crisis in %s since %s: alert (%s %s) on Kafka at %s, %.1f s"
                        + " after its first posts (%s the %.0f s of one window + %d s)", scope,
                CLOCK.format(Instant.ofEpochMilli(crisis.firstPostsAt())), AlertJson.lower(alert.alert().state),
                AlertJson.lower(alert.alert().severity), CLOCK.format(Instant.ofEpochMilli(alert.onTopicAt())),
                seconds, seconds <= alertDeadline.toMillis() / 1000.0 ? "within" : "LATER than",
                alertDeadline.minus(ALERT_SLACK).toMillis() / 1000.0, ALERT_SLACK.toSeconds());
        DemoWebhooks webhooks = monitor.webhooks();
        DemoWebhooks.Delivery delivered = webhooks == null ? null : webhooks.firstDelivery(aboutTheCrisis);
        if (delivered != null) {
            line += String.format(Locale.ROOT, "; signed webhook %.1f s after",
                    (delivered.receivedAt() - crisis.firstPostsAt()) / 1000.0);
        }
        return line + System.lineSeparator();
    }

    private String webhooks() {
        DemoWebhooks webhooks = monitor.webhooks();
        if (webhooks == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Webhooks: %d signed JSON deliveries (%d refused), %d Slack messages%n",
                webhooks.signedDeliveries(), webhooks.rejectedDeliveries(), webhooks.slackDeliveries());
    }

    private List<SummaryTable.Row> microCommunities() throws IOException {
        Map<String, Health> health = health();
        String metrics = """
                   "platform": {"terms": {"field": "platform", "size": 1}},
                   "posts": {"sum": {"field": "post_count"}},
                   "scored": {"sum": {"field": "scored_count"}},
                   "negative": {"sum": {"field": "negative_count"}},
                   "sentiment": {"weighted_avg": {"value": {"field": "sentiment_mean"},
                                                  "weight": {"field": "scored_count"}}},
                   "minutes": {"date_histogram": {"field": "window_start", "fixed_interval": "1m",
                     "min_doc_count": 0, "extended_bounds": {"min": "now-%dm/m", "max": "now/m"}},
                     "aggs": {"posts": {"sum": {"field": "post_count"}}}}
            """.formatted(MINUTES - 1);
        List<SummaryTable.Row> rows = new ArrayList<>();
        for (Bucket bucket : perMicroCommunity(MicroMapDocuments.INDEX_PREFIX, metrics)) {
            Map<String, Aggregate> aggs = bucket.aggs();
            double scored = aggs.get("scored").sum().value();
            List<StringTermsBucket> platform = aggs.get("platform").sterms().buckets().array();
            Double sentiment = aggs.get("sentiment").weightedAvg().value();
            long[] perMinute = aggs.get("minutes").dateHistogram().buckets().array().stream()
                    .mapToLong(b -> (long) b.aggregations().get("posts").sum().value())
                    .toArray();
            Health h = health.getOrDefault(bucket.key(), Health.NONE);
            rows.add(new SummaryTable.Row(
                    platform.isEmpty() ? "?" : platform.get(0).key().stringValue(),
                    bucket.community(),
                    bucket.microCommunity(),
                    (long) aggs.get("posts").sum().value(),
                    sentiment == null ? 0.0 : sentiment,
                    scored == 0 ? 0.0 : aggs.get("negative").sum().value() / scored,
                    perMinute, h.membersPerMinute(), h.newMembers(), h.staffReplySeconds(), h.waitingThreads()));
        }
        return rows;
    }

    /** A micro-community's health over the span, from its health reports. */
    private record Health(double membersPerMinute, long newMembers, Double staffReplySeconds, Long waitingThreads) {
        static final Health NONE = new Health(0, 0, null, null);
    }

    private Map<String, Health> health() throws IOException {
        String metrics = """
                   "members": {"avg": {"field": "active_members"}},
                   "new_members": {"sum": {"field": "new_members"}},
                   "staff_reply": {"avg": {"field": "staff_response_latency_p50_seconds"}},
                   "latest": {"top_hits": {"size": 1, "sort": [{"window_start": "desc"}],
                                           "_source": {"includes": ["unanswered_threads"]}}}
            """;
        Map<String, Health> health = new HashMap<>();
        for (Bucket bucket : perMicroCommunity(HealthDocuments.INDEX_PREFIX, metrics)) {
            Map<String, Aggregate> aggs = bucket.aggs();
            Double members = aggs.get("members").avg().value();
            Double staffReply = aggs.get("staff_reply").avg().value();
            JsonData latest = aggs.get("latest").topHits().hits().hits().get(0).source();
            JsonValue waiting = latest == null ? null : latest.toJson().asJsonObject().get("unanswered_threads");
            health.put(bucket.key(), new Health(members == null ? 0 : members,
                    (long) aggs.get("new_members").sum().value(), staffReply,
                    waiting instanceof JsonNumber n ? n.longValue() : null));
        }
        return health;
    }

    /** One micro-community's bucket of a query grouped by community, then micro-community. */
    private record Bucket(String community, String microCommunity, Map<String, Aggregate> aggs) {
        String key() {
            return community + "/" + microCommunity;
        }
    }

    /** The finest windows of the span in an index, grouped by community then micro-community, with these aggs. */
    private List<Bucket> perMicroCommunity(String indexPrefix, String metrics) throws IOException {
        String query = """
            {"size": 0,
             "query": {"bool": {"filter": [{"term": {"resolution": "%s"}},
                                           {"range": {"window_start": {"gte": "now-%dm"}}}]}},
             "aggs": {"community": {"terms": {"field": "community", "size": 50},
               "aggs": {"micro": {"terms": {"field": "micro_community", "size": 100},
                 "aggs": {%s}}}}}}
            """.formatted(resolution, MINUTES, metrics);
        SearchResponse<Void> response = client.search(SearchRequest.of(r -> r
                .index(indexPrefix + "-*")
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .withJson(new StringReader(query))), Void.class);
        List<Bucket> buckets = new ArrayList<>();
        Aggregate communities = response.aggregations().get("community");
        if (communities == null) {
            return buckets;
        }
        for (StringTermsBucket community : communities.sterms().buckets().array()) {
            for (StringTermsBucket micro : community.aggregations().get("micro").sterms().buckets().array()) {
                buckets.add(new Bucket(community.key().stringValue(), micro.key().stringValue(), micro.aggregations()));
            }
        }
        return buckets;
    }

    private long count(String indexPattern) throws IOException {
        return client.count(c -> c.index(indexPattern).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    private long deadLetters() throws InterruptedException {
        try {
            List<TopicPartition> partitions = kafka.describeTopics(List.of(deadLetterTopic)).allTopicNames().get()
                    .get(deadLetterTopic).partitions().stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .collect(Collectors.toList());
            return kafka.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (ExecutionException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        alerts.close();
        kafka.close(Duration.ofSeconds(5));
        transport.close();
    }
}
