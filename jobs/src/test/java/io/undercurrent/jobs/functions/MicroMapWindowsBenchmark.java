package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.ScoredPost;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Drives the micro-map windowing alone with generated posts across many micro-communities and prints its
 * throughput next to Flink's plain tumbling event-time window counting the same posts under the same keys (the
 * floor the framework sets), all from one run on a local MiniCluster. Throughput per core is events per second
 * of CPU time the JVM spent (all threads), so it holds whatever the parallelism.
 *
 * <pre>
 * ./mvnw -B -q -pl nlp-models install -DskipTests
 * ./mvnw -B -q -pl jobs test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:exec -Dexec.classpathScope=test \
 *     -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.undercurrent.jobs.functions.MicroMapWindowsBenchmark --posts 2000000 \
 *     --micro-communities 100000 --parallelism 1 --state-backend hashmap --jobs posts,count,windows,stage"
 * </pre>
 *
 * {@code --flink key=value} (repeatable) sets any Flink option, e.g. RocksDB tuning:
 * {@code --state-backend rocksdb --flink state.backend.rocksdb.use-bloom-filter=true}.
 */
public final class MicroMapWindowsBenchmark {

    private record Options(long posts, int microCommunities, double postsPerSecond, int parallelism,
            String stateBackend, List<String> jobs, Map<String, String> flink) {

        static Options parse(String[] args) {
            long posts = 2_000_000;
            int microCommunities = 100_000;
            double postsPerSecond = 2_000;
            int parallelism = 1;
            String stateBackend = "hashmap";
            List<String> jobs = List.of("posts", "count", "windows", "stage");
            Map<String, String> flink = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--posts" -> posts = Long.parseLong(args[i + 1]);
                    case "--micro-communities" -> microCommunities = Integer.parseInt(args[i + 1]);
                    case "--posts-per-second" -> postsPerSecond = Double.parseDouble(args[i + 1]);
                    case "--parallelism" -> parallelism = Integer.parseInt(args[i + 1]);
                    case "--state-backend" -> stateBackend = args[i + 1];
                    case "--jobs" -> jobs = List.of(args[i + 1].split(","));
                    case "--flink" -> flink.put(args[i + 1].split("=", 2)[0], args[i + 1].split("=", 2)[1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!jobs.contains("count")) {
                throw new IllegalArgumentException("--jobs must include count, the baseline");
            }
            return new Options(posts, microCommunities, postsPerSecond, parallelism, stateBackend, jobs, flink);
        }
    }

    private record Result(String name, long events, double seconds, double cpuSeconds) {}

    private static final String BASELINE = "Flink tumbling 1m window, count";

    private MicroMapWindowsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        MicroMapSettings settings = MicroMapSettings.defaults();
        CommunityRegistry registry = registryWithStaff(options.microCommunities());
        System.out.printf(Locale.ROOT, "%,d posts over %,d micro-communities (%,d communities), %,.0f posts per "
                        + "event-time second, parallelism %d, %s state %s, %d cores%n",
                options.posts(), options.microCommunities(),
                options.microCommunities() / BenchmarkPosts.MICRO_COMMUNITIES_PER_COMMUNITY,
                options.postsPerSecond(), options.parallelism(), options.stateBackend(), options.flink(),
                Runtime.getRuntime().availableProcessors());

        List<Result> results = new ArrayList<>();
        if (options.jobs().contains("posts")) {
            results.add(run("posts only (generate, event time)", options, posts -> posts.sinkTo(new DiscardingSink<>())));
        }
        results.add(run(BASELINE, options, posts -> posts
                .keyBy(new MicroCommunityKey())
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(new Count())
                .sinkTo(new DiscardingSink<>())));
        if (options.jobs().contains("windows")) {
            results.add(run("micro-map windows 1m (tracker + maps)", options, posts -> {
                DataStream<CommunityPost> annotated = posts.keyBy(new MicroCommunityKey())
                        .process(new ConversationTracker(registry, settings));
                MicroMapWindows.apply(DataStreamUtils.reinterpretAsKeyedStream(annotated, new CommunityPostKey()),
                                Duration.ofMinutes(1), settings)
                        .sinkTo(new DiscardingSink<>());
            }));
        }
        if (options.jobs().contains("stage")) {
            results.add(run("micro-map stage 1m+1h with roll-ups, health", options, posts -> {
                MicroMapStage.Outputs outputs = MicroMapStage.apply(posts, settings, registry);
                outputs.maps().sinkTo(new DiscardingSink<>());
                outputs.health().sinkTo(new DiscardingSink<>());
            }));
        }
        print(results);
    }

    private static Result run(String name, Options options, Consumer<DataStream<ScoredPost>> stage) throws Exception {
        Configuration config = Configuration.fromMap(options.flink());
        config.set(StateBackendOptions.STATE_BACKEND, options.stateBackend());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(options.parallelism());
        DataStream<ScoredPost> posts = env
                .fromSource(new NumberSequenceSource(0, options.posts() - 1), WatermarkStrategy.noWatermarks(), "sequence")
                .map(new BenchmarkPosts(options.microCommunities(), options.postsPerSecond()))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<ScoredPost>forBoundedOutOfOrderness(Duration.ofSeconds(10))
                        .withTimestampAssigner((post, timestamp) -> post.post.createdAt));
        stage.accept(posts);
        System.gc();
        long cpuBefore = processCpuNanos();
        long before = System.nanoTime();
        env.execute(name);
        double seconds = (System.nanoTime() - before) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        Result result = new Result(name, options.posts(), seconds, cpuSeconds);
        System.out.printf(Locale.ROOT, "  done: %s in %.1f s%n", name, seconds);
        return result;
    }

    private static void print(List<Result> results) {
        Result baseline = results.stream().filter(r -> r.name().equals(BASELINE)).findFirst().orElseThrow();
        System.out.printf(Locale.ROOT, "%n%-46s %10s %10s %14s %16s %10s%n",
                "job", "wall s", "CPU s", "events/s", "events/CPU-s", "vs count");
        for (Result r : results) {
            double perCpu = r.events() / r.cpuSeconds();
            System.out.printf(Locale.ROOT, "%-46s %10.1f %10.1f %,14.0f %,16.0f %9.2fx%n", r.name(), r.seconds(),
                    r.cpuSeconds(), r.events() / r.seconds(), perCpu,
                    perCpu / (baseline.events() / baseline.cpuSeconds()));
        }
    }

    /** Every community has the staff account the generated posts use now and then. */
    private static CommunityRegistry registryWithStaff(int microCommunities) {
        StringBuilder yaml = new StringBuilder("bench:\n");
        for (int c = 0; c * BenchmarkPosts.MICRO_COMMUNITIES_PER_COMMUNITY < microCommunities; c++) {
            yaml.append("  community-").append(c).append(": {staff: [staff]}\n");
        }
        return CommunityRegistry.parse(yaml.toString(), "benchmark");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The plain window's aggregate: how many posts. */
    private static final class Count implements AggregateFunction<ScoredPost, Long, Long> {
        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(ScoredPost post, Long count) {
            return count + 1;
        }

        @Override
        public Long getResult(Long count) {
            return count;
        }

        @Override
        public Long merge(Long a, Long b) {
            return a + b;
        }
    }
}
