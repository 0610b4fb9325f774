package io.undercurrent.jobs.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchClients;
import io.undercurrent.jobs.sinks.elasticsearch.MicroMapDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.PostDocuments;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads what the demo's monitor has written: per micro-community volume and sentiment from the micro-map
 * index over the last minutes of event time, the number of indexed posts, and the dead-letter count.
 */
final class DemoSummary implements AutoCloseable {

    private static final int MINUTES = 10;

    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    private final Admin kafka;
    private final String deadLetterTopic;

    DemoSummary(String elasticsearchUrl, String bootstrapServers, String deadLetterTopic) {
        this.transport = ElasticsearchClients.transport(List.of(elasticsearchUrl));
        this.client = new ElasticsearchClient(transport);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.kafka = Admin.create(props);
        this.deadLetterTopic = deadLetterTopic;
    }

    String render() throws IOException, InterruptedException {
        long posts = count(PostDocuments.INDEX_PREFIX + "-*");
        String heading = String.format("%s  posts indexed: %d  dead letters: %d  (micro-maps, last %d min of event time)",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), posts, deadLetters(), MINUTES);
        return SummaryTable.render(heading, microCommunities());
    }

    private List<SummaryTable.Row> microCommunities() throws IOException {
        String query = """
            {"size": 0,
             "query": {"range": {"window_start": {"gte": "now-%dm"}}},
             "aggs": {"community": {"terms": {"field": "community", "size": 50},
               "aggs": {"micro": {"terms": {"field": "micro_community", "size": 100},
                 "aggs": {
                   "platform": {"terms": {"field": "platform", "size": 1}},
                   "posts": {"sum": {"field": "post_count"}},
                   "scored": {"sum": {"field": "scored_count"}},
                   "negative": {"sum": {"field": "negative_count"}},
                   "sentiment": {"weighted_avg": {"value": {"field": "sentiment_mean"},
                                                  "weight": {"field": "scored_count"}}},
                   "minutes": {"date_histogram": {"field": "window_start", "fixed_interval": "1m",
                     "min_doc_count": 0, "extended_bounds": {"min": "now-%dm/m", "max": "now/m"}},
                     "aggs": {"posts": {"sum": {"field": "post_count"}}}}}}}}}}
            """.formatted(MINUTES, MINUTES - 1);
        SearchResponse<Void> response = client.search(SearchRequest.of(r -> r
                .index(MicroMapDocuments.INDEX_PREFIX + "-*")
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .withJson(new StringReader(query))), Void.class);
        List<SummaryTable.Row> rows = new ArrayList<>();
        Aggregate communities = response.aggregations().get("community");
        if (communities == null) {
            return rows;
        }
        for (StringTermsBucket community : communities.sterms().buckets().array()) {
            for (StringTermsBucket micro : community.aggregations().get("micro").sterms().buckets().array()) {
                Map<String, Aggregate> aggs = micro.aggregations();
                double scored = aggs.get("scored").sum().value();
                List<StringTermsBucket> platform = aggs.get("platform").sterms().buckets().array();
                Double sentiment = aggs.get("sentiment").weightedAvg().value();
                long[] perMinute = aggs.get("minutes").dateHistogram().buckets().array().stream()
                        .mapToLong(b -> (long) b.aggregations().get("posts").sum().value())
                        .toArray();
                rows.add(new SummaryTable.Row(
                        platform.isEmpty() ? "?" : platform.get(0).key().stringValue(),
                        community.key().stringValue(),
                        micro.key().stringValue(),
                        (long) aggs.get("posts").sum().value(),
                        sentiment == null ? 0.0 : sentiment,
                        scored == 0 ? 0.0 : aggs.get("negative").sum().value() / scored,
                        perMinute));
            }
        }
        return rows;
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
    public void close() throws IOException {
        kafka.close(Duration.ofSeconds(5));
        transport.close();
    }
}
