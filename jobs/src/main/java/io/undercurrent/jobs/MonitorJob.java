package io.undercurrent.jobs;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.functions.AlertingStage;
import io.undercurrent.jobs.functions.ExtractTopicsFunction;
import io.undercurrent.jobs.functions.MicroMapStage;
import io.undercurrent.jobs.functions.ParsePostFunction;
import io.undercurrent.jobs.functions.PostWatermarks;
import io.undercurrent.jobs.functions.ScoreSentimentFunction;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.HealthReport;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.RawRecord;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.sinks.MonitorSinks;
import io.undercurrent.jobs.sinks.elasticsearch.IndexTemplates;
import io.undercurrent.jobs.sources.PostFormat;
import io.undercurrent.jobs.sources.PostSources;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's dataflow, read top to bottom: raw Kafka records are parsed into canonical posts (bad ones to
 * the dead-letter sink), stamped with event time, scored for sentiment, given topics, indexed, and folded into
 * per micro-community micro-maps and health reports with their roll-ups (see {@link MicroMapStage}); the detectors
 * judge the finest micro-maps into alerts. Sources and sinks come in as arguments so tests and the backtest run the
 * same workflow.
 */
public final class MonitorJob {

    /** Where the monitor writes; each alert sink (Kafka, Elasticsearch, webhooks) by a name that is part of its uid. */
    public record Sinks(Sink<ScoredPost> posts, Sink<MicroMap> microMaps, Sink<HealthReport> health,
            Sink<DeadLetter> deadLetters, Map<String, Sink<Alert>> alerts) {}

    /** The workflow's streams, for callers that watch them (the backtest's progress and alerts). */
    public record Streams(DataStream<ScoredPost> posts, DataStream<DeadLetter> deadLetters, DataStream<Alert> alerts) {}

    /** Checkpoint interval when {@code execution.checkpointing.interval} is not set. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(MonitorJob.class);

    private MonitorJob() {}

    /**
     * Wires the production job into {@code env}: installs the Elasticsearch index templates, turns on
     * exactly-once checkpoints (Kafka offsets are part of them), and reads and writes what {@code config} names.
     * The caller executes it.
     */
    public static void configure(StreamExecutionEnvironment env, Configuration config) throws IOException {
        IndexTemplates.install(config.get(MonitorOptions.ELASTICSEARCH_HOSTS));
        if (!config.contains(CheckpointingOptions.CHECKPOINTS_DIRECTORY)) {
            LOG.warn("No execution.checkpointing.dir set: checkpoints are kept in the JobManager's memory, which holds"
                    + " at most 5 MB of state; set it to a durable directory for real traffic");
        }
        env.enableCheckpointing(config.getOptional(CheckpointingOptions.CHECKPOINTING_INTERVAL)
                .orElse(DEFAULT_CHECKPOINT_INTERVAL)
                .toMillis());
        Map<String, PostFormat> topicFormats = PostSources.topicFormats(config.get(MonitorOptions.SOURCE_TOPICS));
        KafkaSourceBuilder<RawRecord> source = PostSources.kafkaBuilder(
                config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS),
                topicFormats,
                config.get(MonitorOptions.KAFKA_GROUP_ID),
                PostSources.startingOffsets(config.get(MonitorOptions.SOURCE_STARTING_OFFSETS)));
        if (config.get(MonitorOptions.SOURCE_BOUNDED)) {
            source.setBounded(OffsetsInitializer.latest());
        }
        defineWorkflow(env, source.build(), topicFormats, MonitorSinks.fromConfig(config), config);
    }

    public static Streams defineWorkflow(
            StreamExecutionEnvironment env,
            Source<RawRecord, ?, ?> source,
            Map<String, PostFormat> topicFormats,
            Sinks sinks,
            Configuration config) {
        DataStream<RawRecord> raw = env.fromSource(source, WatermarkStrategy.noWatermarks(), "posts-source")
                .uid("posts-source");

        SingleOutputStreamOperator<Post> parsed = raw.process(new ParsePostFunction(topicFormats))
                .name("parse-posts")
                .uid("parse-posts");
        DataStream<DeadLetter> deadLetters = parsed.getSideOutput(ParsePostFunction.DEAD_LETTERS);
        deadLetters.sinkTo(sinks.deadLetters()).name("dead-letters").uid("dead-letters-sink");

        DataStream<ScoredPost> scored = parsed
                .assignTimestampsAndWatermarks(PostWatermarks.strategy(
                        config.get(MonitorOptions.WATERMARK_OUT_OF_ORDERNESS),
                        config.get(MonitorOptions.WATERMARK_IDLENESS)))
                .name("event-time")
                .uid("event-time")
                .map(new ScoreSentimentFunction(config.get(MonitorOptions.SENTIMENT_MODEL)))
                .name("score-sentiment")
                .uid("score-sentiment")
                .map(new ExtractTopicsFunction())
                .name("extract-topics")
                .uid("extract-topics");
        scored.sinkTo(sinks.posts()).name("index-posts").uid("posts-sink");

        MicroMapStage.Outputs microMaps = MicroMapStage.apply(
                scored, MicroMapSettings.from(config), CommunityRegistry.fromConfig(config));
        microMaps.maps().sinkTo(sinks.microMaps()).name("index-micro-maps").uid("micro-maps-sink");
        microMaps.health().sinkTo(sinks.health()).name("index-health").uid("health-sink");

        DataStream<Alert> alerts = AlertingStage.apply(microMaps.finest(), config);
        sinks.alerts().forEach((name, sink) -> alerts.sinkTo(sink).name("alerts-" + name).uid("alerts-" + name + "-sink"));
        return new Streams(scored, deadLetters, alerts);
    }
}
