package io.undercurrent.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undercurrent.jobs.config.MonitorConfig;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.embedded.EmbeddedElasticsearch;
import io.undercurrent.jobs.embedded.EmbeddedKafka;
import io.undercurrent.jobs.embedded.WebhookEndpoint;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.sinks.alerts.HmacSignature;
import io.undercurrent.jobs.sinks.alerts.WebhookReceiver;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchClients;
import io.undercurrent.jobs.sources.CanonicalPostJson;
import io.undercurrent.jobs.testing.CrisisTraffic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job, from a real Kafka broker to the alerts topic, a real Elasticsearch node and webhook receivers on
 * this machine: three hours of the demo world's generated traffic with one scripted crisis in r/NovaPay. The crisis
 * is one incident, with its evidence, everywhere; the other twenty micro-communities raise nothing.
 */
class AlertingPipelineITCase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POSTS_TOPIC = "posts.canonical";
    private static final String ALERTS_TOPIC = "undercurrent.alerts";
    private static final String SECRET = "it-webhook-secret";
    private static final CrisisTraffic TRAFFIC = CrisisTraffic.demoWorld(Instant.parse("2025-01-06T06:00:00Z"));
    private static final String CRISIS_SCOPE = "reddit/novapay/novapay";

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;
    private static EmbeddedElasticsearch elasticsearch;
    private static WebhookReceiver receiver;
    private static List<JsonNode> alerts;

    @BeforeAll
    static void runTheJobOverACrisis() throws Exception {
        kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults());
        elasticsearch = EmbeddedElasticsearch.builder().start();
        receiver = new WebhookReceiver();
        kafka.createTopics(Map.of(POSTS_TOPIC, 2, ALERTS_TOPIC, 1, "undercurrent.dead-letters", 1));
        publish(TRAFFIC.posts(Duration.ofMinutes(200)));

        Path routes = Files.writeString(dir.resolve("routes.yaml"), String.format("""
                webhooks:
                  - {name: novapay-incidents, format: json, url: "%s", secret: %s, communities: [reddit/novapay]}
                  - {name: reddit-slack, format: slack, url: "%s", communities: ["reddit/*"]}
                  - {name: emberfall, format: json, url: "%s", secret: other, communities: [discord/emberfall]}
                """, receiver.url("/novapay"), SECRET, receiver.url("/slack"), receiver.url("/emberfall")));
        Configuration config = MonitorConfig.load(null, Map.of(
                MonitorOptions.KAFKA_BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(),
                MonitorOptions.ELASTICSEARCH_HOSTS.key(), elasticsearch.url(),
                MonitorOptions.SOURCE_TOPICS.key(), POSTS_TOPIC + ":canonical",
                MonitorOptions.SOURCE_STARTING_OFFSETS.key(), "earliest",
                MonitorOptions.SOURCE_BOUNDED.key(), "true",
                MonitorOptions.KAFKA_GROUP_ID.key(), "alerting-" + UUID.randomUUID(),
                MonitorOptions.ALERTS_TOPIC.key(), ALERTS_TOPIC,
                MonitorOptions.ALERTS_WEBHOOK_ROUTES.key(), routes.toString(),
                MonitorOptions.ALERTS_GRAFANA_URL.key(), "http://grafana.test:3000"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        MonitorJob.configure(env, config);
        env.execute("alerting-pipeline");
        alerts = readAlertsTopic();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static List<JsonNode> of(String scope) {
        return alerts.stream().filter(a -> scope(a).equals(scope)).toList();
    }

    private static String scope(JsonNode alert) {
        return alert.path("platform").asText() + "/" + alert.path("community").asText()
                + (alert.path("micro_community").isNull() ? "" : "/" + alert.path("micro_community").asText());
    }

    @Test
    void theCrisisIsOneIncidentOnTheAlertsTopicAndTheQuietMicroCommunitiesRaiseNothing() {
        List<JsonNode> crisis = of(CRISIS_SCOPE);
        assertThat(alerts).as("every alert is about the crisis or its community")
                .allMatch(a -> scope(a).equals(CRISIS_SCOPE) || scope(a).equals("reddit/novapay"));
        assertThat(crisis).extracting(a -> a.path("alert_id").asText()).as("one incident").hasSize(crisis.size())
                .containsOnly(crisis.get(0).path("alert_id").asText());
        assertThat(crisis).extracting(a -> a.path("version").asLong()).isSorted().doesNotHaveDuplicates();

        JsonNode opened = crisis.get(0);
        assertThat(opened.path("state").asText()).isEqualTo("open");
        assertThat(opened.path("signal").asText()).isEqualTo("crisis_spike");
        assertThat(Instant.parse(opened.path("started_at").asText()))
                .isBetween(TRAFFIC.crisisStart(), TRAFFIC.crisisEnd());
        assertThat(opened.path("observed").asDouble()).isGreaterThan(opened.path("expected").asDouble()
                + 2 * opened.path("spread").asDouble());
        assertThat(opened.path("dashboard_url").asText()).startsWith("http://grafana.test:3000/d/undercurrent-crisis-room/")
                .contains("var-micro_community=novapay");
        assertThat(crisis.get(crisis.size() - 1).path("state").asText()).as("resolved once it was over")
                .isEqualTo("resolved");

        List<JsonNode> community = of("reddit/novapay");
        if (!community.isEmpty()) {
            String parent = community.get(0).path("alert_id").asText();
            assertThat(community).extracting(a -> a.path("alert_id").asText()).containsOnly(parent);
            assertThat(crisis.get(crisis.size() - 1).path("parent_alert_id").asText()).isEqualTo(parent);
        }
    }

    @Test
    void theAlertCitesTheCrisisPostsAsEvidence() {
        JsonNode opened = of(CRISIS_SCOPE).get(0);
        assertThat(opened.path("most_negative")).as("the micro-maps' most negative posts").isNotEmpty()
                .allSatisfy(post -> {
                    assertThat(post.path("id").asText()).startsWith("reddit:");
                    assertThat(post.path("author").asText()).isNotBlank();
                    assertThat(post.path("text").asText()).isNotBlank();
                    assertThat(post.path("score").asDouble()).isNegative();
                });
        assertThat(opened.path("most_engaged")).isNotEmpty();
    }

    @Test
    void theIndexHoldsTheIncidentsLatestVersion() throws Exception {
        JsonNode last = of(CRISIS_SCOPE).get(of(CRISIS_SCOPE).size() - 1);
        try (RestClientTransport transport = ElasticsearchClients.transport(List.of(elasticsearch.url()))) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            client.indices().refresh(r -> r.index("undercurrent-alerts-*"));
            String id = last.path("alert_id").asText();
            GetResponse<JsonNode> doc = client.get(g -> g.index("undercurrent-alerts-2025.01.06").id(id), JsonNode.class);
            assertThat(doc.found()).isTrue();
            assertThat(doc.source().path("version").asLong()).isEqualTo(last.path("version").asLong());
            assertThat(doc.source().path("state").asText()).isEqualTo("resolved");
            assertThat(doc.source().path("most_negative")).isEqualTo(last.path("most_negative"));
            long documents = client.count(c -> c.index("undercurrent-alerts-*")).count();
            assertThat(documents).isEqualTo(alerts.stream().map(a -> a.path("alert_id").asText()).distinct().count());
        }
    }

    @Test
    void theRoutedWebhooksGetEveryUpdateSignedAndTheOthersNothing() throws Exception {
        List<WebhookEndpoint.Request> signed = receiver.all().stream().filter(r -> r.path().equals("/novapay")).toList();
        List<Long> topicVersions = of(CRISIS_SCOPE).stream().map(a -> a.path("version").asLong()).toList();
        List<Long> deliveredVersions = new ArrayList<>();
        for (WebhookEndpoint.Request request : signed) {
            assertThat(HmacSignature.verify(SECRET, request.body(), request.header(HmacSignature.HEADER))).isTrue();
            JsonNode alert = JSON.readTree(request.body());
            if (scope(alert).equals(CRISIS_SCOPE)) {
                deliveredVersions.add(alert.path("version").asLong());
            }
        }
        assertThat(deliveredVersions).containsExactlyInAnyOrderElementsOf(topicVersions);
        assertThat(receiver.all()).filteredOn(r -> r.path().equals("/slack")).hasSize(signed.size())
                .allSatisfy(r -> assertThat(JSON.readTree(r.body()).path("text").asText()).contains("reddit/novapay"));
        assertThat(receiver.all()).filteredOn(r -> r.path().equals("/emberfall")).isEmpty();
    }

    private static void publish(List<Post> posts) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Post post : posts) {
                producer.send(new ProducerRecord<>(POSTS_TOPIC, post.id.getBytes(StandardCharsets.UTF_8),
                        CanonicalPostJson.encode(post)));
            }
            producer.flush();
        }
    }

    /** Every record on the alerts topic, in order (one partition). */
    private static List<JsonNode> readAlertsTopic() throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(ALERTS_TOPIC));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    JsonNode alert = JSON.readTree(record.value());
                    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(alert.path("alert_id").asText());
                    read.add(alert);
                }
            }
        }
        assertThat(read).as("alerts on the topic").isNotEmpty();
        return read;
    }
}
