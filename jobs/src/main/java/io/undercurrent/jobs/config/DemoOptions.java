package io.undercurrent.jobs.config;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;

/** Settings of the embedded demo ({@code demo} command): ports, work directory, synthetic traffic. */
public final class DemoOptions {

    public static final ConfigOption<Integer> KAFKA_PORT = key("demo.kafka.port")
            .intType()
            .defaultValue(9092)
            .withDescription("Port of the embedded Kafka broker (0 picks a free one).");

    public static final ConfigOption<Integer> ELASTICSEARCH_PORT = key("demo.elasticsearch.port")
            .intType()
            .defaultValue(9200)
            .withDescription("HTTP port of the embedded Elasticsearch node (0 picks a free one).");

    public static final ConfigOption<Integer> WEB_UI_PORT = key("demo.flink.web-ui-port")
            .intType()
            .defaultValue(8081)
            .withDescription("Port of the local Flink cluster's web UI.");

    public static final ConfigOption<String> WORK_DIR = key("demo.work-dir")
            .stringType()
            .defaultValue("")
            .withDescription("Where the demo keeps broker, node and checkpoint data; a fresh temporary directory"
                    + " when empty.");

    public static final ConfigOption<Double> TRAFFIC_SPEEDUP = key("demo.traffic.speedup")
            .doubleType()
            .defaultValue(1.0)
            .withDescription("Simulated seconds of synthetic traffic per wall-clock second.");

    public static final ConfigOption<Duration> TRAFFIC_HISTORY = key("demo.traffic.history")
            .durationType()
            .defaultValue(Duration.ofMinutes(40))
            .withDescription("Synthetic traffic from before the start, published at once, so the detectors have"
                    + " baselines by the time the scripted crisis comes (keep it above detectors.warmup).");

    /** What the demo changes in the monitor's defaults; settings from a file or {@code -D} still win. */
    static final Map<ConfigOption<Duration>, Duration> MONITOR_DEFAULTS = Map.of(
            // The history replayed is short, so the detectors judge after 30 minutes of it, not 2 hours.
            MonitorOptions.DETECTORS_WARMUP, Duration.ofMinutes(30),
            // The generator publishes in time order: event time can follow the newest post closely.
            MonitorOptions.WATERMARK_OUT_OF_ORDERNESS, Duration.ofSeconds(2));

    public static final ConfigOption<Long> TRAFFIC_SEED = key("demo.traffic.seed")
            .longType()
            .defaultValue(42L)
            .withDescription("Seed of the synthetic traffic generator (same seed, same posts).");

    public static final ConfigOption<Duration> SUMMARY_INTERVAL = key("demo.summary-interval")
            .durationType()
            .defaultValue(Duration.ofSeconds(10))
            .withDescription("How often the terminal summary is refreshed.");

    private DemoOptions() {}

    /** {@code config} with the demo's defaults for monitor settings it does not set itself. */
    public static Configuration withDemoDefaults(Configuration config) {
        Configuration demo = new Configuration(config);
        MONITOR_DEFAULTS.forEach((option, value) -> {
            if (!config.contains(option)) {
                demo.set(option, value);
            }
        });
        return demo;
    }
}
