package io.undercurrent.jobs.embedded;

import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.config.DemoOptions;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.generator.CrisisScript;
import io.undercurrent.jobs.generator.GeneratorConfig;
import io.undercurrent.jobs.generator.GeneratorRunner;
import io.undercurrent.jobs.generator.TrafficGenerator;
import io.undercurrent.jobs.generator.TrafficPublisher;
import io.undercurrent.jobs.sinks.kafka.DeadLetterLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole monitor on this machine: a real Kafka broker, a real Elasticsearch node, local webhook receivers, the
 * Flink job on a local cluster with its web UI, and synthetic traffic flowing in: first its recent history at once,
 * so the detectors have baselines, then live. Started in that order, each once the one before is healthy;
 * {@link #close()} stops them in reverse order.
 */
public final class EmbeddedMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMonitor.class);
    /** Where the demo's generator publishes: the canonical-JSON topic of the default source topics. */
    public static final String TRAFFIC_TOPIC = "posts.canonical";
    private static final int PARTITIONS_PER_TOPIC = 2;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Configuration jobConfig;
    private String elasticsearchUrl;
    private String webUiUrl;
    private GeneratorRunner traffic;
    private DemoWebhooks webhooks;
    private ScriptedCrisis scriptedCrisis;
    private long historyPosts;

    private EmbeddedMonitor() {}

    public static EmbeddedMonitor start(Configuration config) throws Exception {
        EmbeddedMonitor monitor = new EmbeddedMonitor();
        try {
            monitor.startAll(config);
            return monitor;
        } catch (Exception | Error e) {
            monitor.close();
            throw e;
        }
    }

    private void startAll(Configuration config) throws Exception {
        String configuredWorkDir = config.get(DemoOptions.WORK_DIR);
        Path workDir;
        if (configuredWorkDir.isBlank()) {
            workDir = Files.createTempDirectory("undercurrent-demo-");
            started.push(() -> Directories.deleteRecursively(workDir));
        } else {
            workDir = Files.createDirectories(Path.of(configuredWorkDir));
        }

        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults()
                .withWorkDir(workDir.resolve("kafka"))
                .withPort(config.get(DemoOptions.KAFKA_PORT)));
        started.push(kafka);
        kafka.createTopics(topics(config),
                Map.of(config.get(MonitorOptions.DEAD_LETTER_TOPIC), DeadLetterLimits.topicConfig()));

        EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.builder()
                .httpPort(config.get(DemoOptions.ELASTICSEARCH_PORT))
                .start();
        started.push(elasticsearch);
        elasticsearchUrl = elasticsearch.url();

        jobConfig = DemoOptions.withDemoDefaults(config);
        if (!config.contains(MonitorOptions.ALERTS_WEBHOOK_ROUTES)) {
            DemoWebhooks webhooks = DemoWebhooks.start();
            started.push(webhooks);
            this.webhooks = webhooks;
            jobConfig.set(MonitorOptions.ALERTS_WEBHOOK_ROUTES,
                    webhooks.writeRoutes(workDir.resolve("webhooks.yaml")).toString());
        }
        jobConfig.set(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        jobConfig.set(MonitorOptions.ELASTICSEARCH_HOSTS, List.of(elasticsearchUrl));
        jobConfig.set(RestOptions.PORT, config.get(DemoOptions.WEB_UI_PORT));
        jobConfig.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, workDir.resolve("checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(jobConfig);
        MonitorJob.configure(env, jobConfig);
        JobClient job = env.executeAsync(jobConfig.get(MonitorOptions.JOB_NAME));
        started.push(() -> cancel(job));
        webUiUrl = "http://localhost:" + jobConfig.get(RestOptions.PORT);
        LOG.info("Flink job {} submitted to the local cluster, web UI at {}", job.getJobID(), webUiUrl);

        TrafficPublisher publisher = new TrafficPublisher(kafka.bootstrapServers(), TRAFFIC_TOPIC);
        started.push(publisher);
        Duration history = config.get(DemoOptions.TRAFFIC_HISTORY);
        GeneratorConfig traffic = GeneratorConfig.demo(System.currentTimeMillis(), history)
                .withSpeedUp(config.get(DemoOptions.TRAFFIC_SPEEDUP));
        TrafficGenerator generator = new TrafficGenerator(traffic, config.get(DemoOptions.TRAFFIC_SEED));
        long replayStarted = System.nanoTime();
        historyPosts = GeneratorRunner.catchUp(generator, publisher);
        LOG.info("Published {} posts of history ({} of traffic) in {} ms", historyPosts, history,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - replayStarted));
        this.traffic = GeneratorRunner.start(generator, publisher);
        started.push(this.traffic);
        CrisisScript crisis = traffic.crisis();
        scriptedCrisis = new ScriptedCrisis(crisis.platform(), crisis.community(), crisis.microCommunity(),
                this.traffic.wallClockAt(traffic.crisisStartMillis()));
    }

    /**
     * The crisis the demo's traffic holds, and when (wall clock, epoch millis) its first posts are published.
     */
    public record ScriptedCrisis(String platform, String community, String microCommunity, long firstPostsAt) {
        /** "platform/community/microCommunity", as alerts name their scope. */
        public String scope() {
            return platform + "/" + community + "/" + microCommunity;
        }
    }

    public ScriptedCrisis scriptedCrisis() {
        return scriptedCrisis;
    }

    /** The demo's own webhook receivers; null when the configuration names its own webhooks. */
    public DemoWebhooks webhooks() {
        return webhooks;
    }

    /** Posts of history published before the traffic went live. */
    public long historyPosts() {
        return historyPosts;
    }

    public Configuration jobConfig() {
        return jobConfig;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public String webUiUrl() {
        return webUiUrl;
    }

    public String kafkaBootstrapServers() {
        return jobConfig.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS);
    }

    /** Posts the generator has published so far. */
    public long postsPublished() {
        return traffic == null ? 0 : traffic.emitted();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part, e.toString());
            }
        }
    }

    private static Map<String, Integer> topics(Configuration config) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        config.get(MonitorOptions.SOURCE_TOPICS).keySet().forEach(topic -> topics.put(topic, PARTITIONS_PER_TOPIC));
        topics.put(TRAFFIC_TOPIC, PARTITIONS_PER_TOPIC);
        topics.put(config.get(MonitorOptions.DEAD_LETTER_TOPIC), 1);
        topics.put(config.get(MonitorOptions.ALERTS_TOPIC), 1);
        return topics;
    }

    private static void cancel(JobClient job) throws Exception {
        LOG.info("Cancelling Flink job {}", job.getJobID());
        job.cancel().get();
    }
}
