package io.undercurrent.jobs.sinks;

import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.sinks.elasticsearch.ElasticsearchSink;
import io.undercurrent.jobs.sinks.elasticsearch.HealthDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.IndexRequestEntry;
import io.undercurrent.jobs.sinks.elasticsearch.KafkaRejectedDocumentHandler;
import io.undercurrent.jobs.sinks.elasticsearch.MicroMapDocuments;
import io.undercurrent.jobs.sinks.elasticsearch.PostDocuments;
import io.undercurrent.jobs.sinks.kafka.DeadLetterSerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.configuration.Configuration;

/** The production sinks: Elasticsearch for posts, micro-maps and health reports, Kafka for dead letters. */
public final class MonitorSinks {

    private MonitorSinks() {}

    public static MonitorJob.Sinks fromConfig(Configuration config) {
        return new MonitorJob.Sinks(
                elasticsearch(config, new PostDocuments()),
                elasticsearch(config, new MicroMapDocuments()),
                elasticsearch(config, new HealthDocuments()),
                deadLetters(config));
    }

    private static <T> ElasticsearchSink<T> elasticsearch(
            Configuration config, ElementConverter<T, IndexRequestEntry> documents) {
        return ElasticsearchSink.<T>builder()
                .setHosts(config.get(MonitorOptions.ELASTICSEARCH_HOSTS))
                .setConverter(documents)
                .setRejectedDocumentHandler(new KafkaRejectedDocumentHandler(
                        config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS),
                        config.get(MonitorOptions.DEAD_LETTER_TOPIC)))
                .setMaxBatchSize(config.get(MonitorOptions.ELASTICSEARCH_MAX_BATCH_SIZE))
                .setMaxTimeInBuffer(config.get(MonitorOptions.ELASTICSEARCH_MAX_TIME_IN_BUFFER))
                .build();
    }

    private static KafkaSink<DeadLetter> deadLetters(Configuration config) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS))
                .setRecordSerializer(new DeadLetterSerializationSchema(config.get(MonitorOptions.DEAD_LETTER_TOPIC)))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
