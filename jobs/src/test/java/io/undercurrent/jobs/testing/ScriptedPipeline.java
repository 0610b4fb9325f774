package io.undercurrent.jobs.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.config.MonitorConfig;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.embedded.EmbeddedElasticsearch;
import io.undercurrent.jobs.embedded.EmbeddedKafka;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchClients;
import io.undercurrent.jobs.sinks.kafka.DeadLetterJson;
import io.undercurrent.jobs.sinks.kafka.DeadLetterLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.flink.configuration.CheckpointingOptions;
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

/**
 * The real monitor job between a real Kafka broker and a real Elasticsearch node, for end-to-end tests: publish
 * the {@link ScriptedStream}, run the job bounded to the end of what was published, then read what it wrote.
 */
public final class ScriptedPipeline implements AutoCloseable {

    public static final String DEAD_LETTER_TOPIC = "undercurrent.dead-letters";

    private final EmbeddedKafka kafka;
    private final EmbeddedElasticsearch elasticsearch;
    private final RestClientTransport transport;
    /** Checkpoints go to files, as in production: window and detector state outgrow the JobManager's 5 MB. */
    private final Path checkpoints;

    private ScriptedPipeline(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) throws IOException {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.transport = ElasticsearchClients.transport(List.of(elasticsearch.url()));
        this.checkpoints = Files.createTempDirectory("undercurrent-checkpoints-");
    }

    public static ScriptedPipeline start() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults());
        try {
            Map<String, Integer> topics = new HashMap<>();
            ScriptedStream.topicFormats().keySet().forEach(topic -> topics.put(topic, 1));
            topics.put(DEAD_LETTER_TOPIC, 1);
            kafka.createTopics(topics, Map.of(DEAD_LETTER_TOPIC, DeadLetterLimits.topicConfig()));
            return new ScriptedPipeline(kafka, EmbeddedElasticsearch.builder().start());
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public ElasticsearchClient elasticsearch() {
        return new ElasticsearchClient(transport);
    }

    public void publish(List<ScriptedStream.Message> messages) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ScriptedStream.Message message : messages) {
                producer.send(new ProducerRecord<>(message.topic(), message.value().length == 0 ? null
                        : message.value()));
            }
            producer.flush();
        }
    }

    /**
     * Runs the production job wiring ({@link MonitorJob#configure}) bounded to the records published so far,
     * from the beginning of every topic, and makes what it indexed searchable.
     */
    public void runJobToEnd() throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers());
        settings.put(MonitorOptions.ELASTICSEARCH_HOSTS.key(), elasticsearch.url());
        settings.put(MonitorOptions.DEAD_LETTER_TOPIC.key(), DEAD_LETTER_TOPIC);
        settings.put(MonitorOptions.SOURCE_TOPICS.key(), ScriptedStream.topicFormats().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).reduce((a, b) -> a + "," + b).orElseThrow());
        settings.put(MonitorOptions.SOURCE_STARTING_OFFSETS.key(), "earliest");
        settings.put(MonitorOptions.SOURCE_BOUNDED.key(), "true");
        settings.put(MonitorOptions.KAFKA_GROUP_ID.key(), "scripted-" + UUID.randomUUID());
        settings.put(CheckpointingOptions.CHECKPOINTS_DIRECTORY.key(), checkpoints.toUri().toString());
        // The platform fixtures were captured years apart: let every post count in its window, whatever the order.
        settings.put(MonitorOptions.MICROMAP_ALLOWED_LATENESS.key(), "36500 d");
        Configuration config = MonitorConfig.load(null, settings);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        MonitorJob.configure(env, config);
        env.execute("scripted-stream");
        elasticsearch().indices().refresh(r -> r.index("undercurrent-*"));
    }

    /** Every dead letter on the topic so far. */
    public List<DeadLetter> deadLetters(int atLeast) throws IOException {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTER_TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline && (letters.size() < atLeast || emptyPolls < 2)) {
                var records = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    letters.add(DeadLetterJson.fromJson(record.value()));
                }
            }
        }
        return letters;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(checkpoints)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        transport.close();
        elasticsearch.close();
        kafka.close();
    }
}
