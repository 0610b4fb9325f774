package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.records.DeadLetter;
import io.undercurrent.jobs.records.ScoredPost;
import io.undercurrent.jobs.sources.PostFiles;
import io.undercurrent.jobs.sources.PostFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the monitor's own workflow ({@link MonitorJob#defineWorkflow}) over a file of posts on a local Flink
 * cluster in this JVM: bounded, as fast as the machine allows, with the file as the source and no Kafka or
 * Elasticsearch. Alerts stream back to the caller as the job raises them; so does progress.
 */
final class Backtest {
    private static final String POSTS = "backtest-posts";
    private static final String DEAD_LETTERS = "backtest-dead-letters";

    /** Hears what the running backtest does; called from two threads, one for each method. */
    interface Listener {
        /** {@code records} more records (posts or dead letters) are through; the latest event time among them. */
        void progress(long records, long latestEventTime);

        void alert(Alert alert);
    }

    record Result(long posts, long deadLetters, Duration wallTime, List<Alert> alerts) {}

    private Backtest() {}

    static Result run(Path input, PostFormat format, Configuration config, Listener listener) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config);
        String topic = "file:" + input.getFileName();
        MonitorJob.Sinks sinks = new MonitorJob.Sinks(new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                new DiscardingSink<>(), Map.of());
        MonitorJob.Streams streams = MonitorJob.defineWorkflow(env, PostFiles.lines(input, topic),
                Map.of(topic, format), sinks, config);

        DataStream<ProgressTicks.Tick> ticks = streams.posts()
                .process(new ProgressTicks<ScoredPost>(POSTS, scored -> scored.post.createdAt))
                .returns(ProgressTicks.Tick.class)
                .union(streams.deadLetters()
                        .process(new ProgressTicks<DeadLetter>(DEAD_LETTERS, letter -> Long.MIN_VALUE))
                        .returns(ProgressTicks.Tick.class));
        long started = System.nanoTime();
        List<Alert> alerts = new ArrayList<>();
        try (CloseableIterator<ProgressTicks.Tick> progress = ticks.collectAsync();
                CloseableIterator<Alert> raised = streams.alerts().collectAsync()) {
            JobClient job = env.executeAsync("undercurrent backtest " + input.getFileName());
            Thread progressReader = new Thread(() -> progress.forEachRemaining(
                    tick -> listener.progress(tick.records, tick.latestEventTime)), "backtest-progress");
            progressReader.setDaemon(true);
            progressReader.start();
            raised.forEachRemaining(alert -> {
                alerts.add(alert);
                listener.alert(alert);
            });
            JobExecutionResult result = job.getJobExecutionResult().get();
            progressReader.join();
            return new Result(count(result, POSTS), count(result, DEAD_LETTERS),
                    Duration.ofNanos(System.nanoTime() - started), alerts);
        }
    }

    private static long count(JobExecutionResult result, String accumulator) {
        Object value = result.getAccumulatorResult(accumulator);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
