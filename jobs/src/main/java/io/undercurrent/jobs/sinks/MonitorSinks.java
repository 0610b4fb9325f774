package io.undercurrent.jobs.sinks;

import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.sinks.alerts.AlertSerializationSchema;
import io.undercurrent.jobs.sinks.alerts.WebhookRoutes;
import io.undercurrent.jobs.sinks.alerts.WebhookSettings;
import io.undercurrent.jobs.sinks.alerts.WebhookSink;
import io.undercurrent.jobs.sinks.elasticsearch.AlertDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchSink;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchSinkBuilder;
import io.undercurrent.jobs.sinks.elasticsearch.HealthDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.IndexRequestEntry;
import io.undercurrent.jobs.sinks.elasticsearch.KafkaRejectedDocumentHandler;
import io.undercurrent.jobs.sinks.elasticsearch.MicroMapDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.PostDocuments;
import io.undercurrent.jobs.sinks.kafka.DeadLetterLimits;
import io.undercurrent.jobs.sinks.kafka.DeadLetterSerializationSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.configuration.Configuration;

/**
 * The production sinks: Elasticsearch for posts, micro-maps and health reports, Kafka for dead letters, and for alerts the Kafka
 * alerts topic, the Elasticsearch alerts index and the configured webhooks.
 */
public final class MonitorSinks {

    /** The community registry setting naming the team a micro-community's alerts are routed to. */
    static final String ROUTING_TEAM = "routing.team";

    private MonitorSinks() {}

    public static MonitorJob.Sinks fromConfig(Configuration config) {
        return new MonitorJob.Sinks(
                elasticsearch(config, new PostDocuments()).build(),
                elasticsearch(config, new MicroMapDocuments()).build(),
                elasticsearch(config, new HealthDocuments()).build(),
                deadLetters(config),
                alerts(config));
    }

    /** Kafka and Elasticsearch always; webhooks when a routes file is configured. */
    private static Map<String, Sink<Alert>> alerts(Configuration config) {
        Map<String, Sink<Alert>> sinks = new LinkedHashMap<>();
        sinks.put("kafka", KafkaSink.<Alert>builder()
                .setBootstrapServers(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS))
                .setRecordSerializer(new AlertSerializationSchema(config.get(MonitorOptions.ALERTS_TOPIC)))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build());
        // One bulk request at a time keeps an incident's updates in order, so the newest version stays indexed.
        sinks.put("elasticsearch", elasticsearch(config, new AlertDocuments()).setMaxInFlightRequests(1).build());
        config.getOptional(MonitorOptions.ALERTS_WEBHOOK_ROUTES).ifPresent(routes -> sinks.put("webhooks",
                new WebhookSink(WebhookRoutes.load(Path.of(routes)).withTeams(registryTeams(config)),
                        webhookSettings(config))));
        return sinks;
    }

    /** A scope's team is its {@code routing.team} setting in the community registry. */
    private static WebhookRoutes.Teams registryTeams(Configuration config) {
        CommunityRegistry registry = CommunityRegistry.fromConfig(config);
        return (platform, community, microCommunity) ->
                registry.settings(platform, community, microCommunity).get(ROUTING_TEAM);
    }

    public static WebhookSettings webhookSettings(Configuration config) {
        return new WebhookSettings(
                config.get(MonitorOptions.ALERTS_WEBHOOK_QUEUE_CAPACITY),
                config.get(MonitorOptions.ALERTS_WEBHOOK_MAX_ATTEMPTS),
                config.get(MonitorOptions.ALERTS_WEBHOOK_INITIAL_BACKOFF),
                config.get(MonitorOptions.ALERTS_WEBHOOK_MAX_BACKOFF),
                config.get(MonitorOptions.ALERTS_WEBHOOK_TIMEOUT));
    }

    private static <T> ElasticsearchSinkBuilder<T> elasticsearch(
            Configuration config, ElementConverter<T, IndexRequestEntry> documents) {
        return ElasticsearchSink.<T>builder()
                .setHosts(config.get(MonitorOptions.ELASTICSEARCH_HOSTS))
                .setConverter(documents)
                .setRejectedDocumentHandler(new KafkaRejectedDocumentHandler(
                        config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS),
                        config.get(MonitorOptions.DEAD_LETTER_TOPIC)))
                .setMaxBatchSize(config.get(MonitorOptions.ELASTICSEARCH_MAX_BATCH_SIZE))
                .setMaxTimeInBuffer(config.get(MonitorOptions.ELASTICSEARCH_MAX_TIME_IN_BUFFER));
    }

    private static KafkaSink<DeadLetter> deadLetters(Configuration config) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS))
                .setRecordSerializer(new DeadLetterSerializationSchema(config.get(MonitorOptions.DEAD_LETTER_TOPIC)))
                .setKafkaProducerConfig(DeadLetterLimits.producerConfig())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
