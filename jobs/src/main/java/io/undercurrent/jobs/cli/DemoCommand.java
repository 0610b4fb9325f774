package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.config.DemoOptions;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.embedded.EmbeddedMonitor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the whole monitor embedded, with synthetic traffic, and shows what it sees until Ctrl-C. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start the whole monitor embedded, with synthetic traffic.",
            "A real Kafka broker (KRaft), a real Elasticsearch node, the Flink job on a local cluster with its",
            "web UI, local webhook receivers, and realistic social traffic: 40 minutes of history at once, then",
            "live, with a scripted crisis 3 to 4 minutes in. Prints the URLs and a live summary of micro-maps,",
            "community health and alerts with their evidence; Ctrl-C stops everything."
        })
public class DemoCommand implements Callable<Integer> {

    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    @Mixin
    ConfigMixin settings;

    @Override
    public Integer call() throws Exception {
        Configuration config = settings.load();
        PrintStream out = System.out;
        long startedAt = System.nanoTime();
        out.println("Starting Kafka, Elasticsearch, the Flink job and the traffic generator...");
        EmbeddedMonitor monitor = EmbeddedMonitor.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the demo...");
            monitor.close();
            out.println("Demo stopped.");
            stopped.countDown();
        }, "demo-shutdown"));

        String banner = String.format("Undercurrent demo up in %d s, after publishing %d posts of history."
                        + " Ctrl-C stops everything.%n"
                        + "  Flink web UI   %s%n  Elasticsearch  %s  (try %s/undercurrent-posts-*/_search?q=refund)%n"
                        + "  Kafka          %s  (posts.*, %s, %s)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt), monitor.historyPosts(),
                monitor.webUiUrl(), monitor.elasticsearchUrl(), monitor.elasticsearchUrl(),
                monitor.kafkaBootstrapServers(), config.get(MonitorOptions.DEAD_LETTER_TOPIC),
                config.get(MonitorOptions.ALERTS_TOPIC));
        out.print(banner);
        boolean interactive = System.console() != null;
        long intervalMillis = config.get(DemoOptions.SUMMARY_INTERVAL).toMillis();
        try (DemoSummary summary = new DemoSummary(monitor)) {
            while (!stopped.await(intervalMillis, TimeUnit.MILLISECONDS)) {
                String table;
                try {
                    table = summary.render();
                } catch (IOException | RuntimeException e) {
                    if (stopped.getCount() == 0) {
                        break; // Ctrl-C stopped Elasticsearch or Kafka under the summary's feet
                    }
                    table = "The summary could not be read this time: " + e + System.lineSeparator();
                }
                out.print((interactive ? CLEAR_SCREEN + banner : "") + table);
                out.flush();
            }
        }
        return 0;
    }
}
