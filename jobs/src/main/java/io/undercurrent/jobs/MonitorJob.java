package io.undercurrent.jobs;

import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.functions.MicroMapWindows;
import io.undercurrent.jobs.functions.ParsePostFunction;
import io.undercurrent.jobs.functions.PostWatermarks;
import io.undercurrent.jobs.functions.ScoreSentimentFunction;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.MicroMap;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.RawRecord;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.sources.PostFormat;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The monitor's dataflow, read top to bottom: raw Kafka records are parsed into canonical posts (bad ones to
 * the dead-letter sink), stamped with event time, scored for sentiment, indexed, and folded into per
 * micro-community micro-maps. Sources and sinks come in as arguments so tests can run the same workflow.
 */
public final class MonitorJob {

    /** Where the monitor writes. */
    public record Sinks(Sink<ScoredPost> posts, Sink<MicroMap> microMaps, Sink<DeadLetter> deadLetters) {}

    private MonitorJob() {}

    public static void defineWorkflow(
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
        parsed.getSideOutput(ParsePostFunction.DEAD_LETTERS).sinkTo(sinks.deadLetters()).name("dead-letters")
                .uid("dead-letters-sink");

        DataStream<ScoredPost> scored = parsed
                .assignTimestampsAndWatermarks(PostWatermarks.strategy(
                        config.get(MonitorOptions.WATERMARK_OUT_OF_ORDERNESS),
                        config.get(MonitorOptions.WATERMARK_IDLENESS)))
                .name("event-time")
                .uid("event-time")
                .map(new ScoreSentimentFunction(config.get(MonitorOptions.SENTIMENT_MODEL)))
                .name("score-sentiment")
                .uid("score-sentiment");
        scored.sinkTo(sinks.posts()).name("index-posts").uid("posts-sink");

        MicroMapWindows.apply(
                        scored,
                        config.get(MonitorOptions.MICROMAP_WINDOW),
                        config.get(MonitorOptions.MICROMAP_ALLOWED_LATENESS))
                .sinkTo(sinks.microMaps())
                .name("index-micro-maps")
                .uid("micro-maps-sink");
    }
}
