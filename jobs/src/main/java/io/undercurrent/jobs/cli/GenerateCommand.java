package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.embedded.EmbeddedMonitor;
import io.undercurrent.jobs.generator.GeneratorConfig;
import io.undercurrent.jobs.generator.GeneratorRunner;
import io.undercurrent.jobs.generator.TrafficGenerator;
import io.undercurrent.jobs.generator.TrafficPublisher;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Publishes the demo's synthetic social traffic to an external Kafka, e.g. the docker-compose stack. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Publish synthetic social traffic to Kafka until stopped.",
            "Canonical JSON posts from about 20 micro-communities in 4 communities, with a day-night rhythm,",
            "replies, engagement, and a scripted crisis."
        })
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = EmbeddedMonitor.TRAFFIC_TOPIC, description = "Topic to publish to.")
    String topic;

    @Option(names = "--posts-per-second", defaultValue = "20", description = "Mean rate over a day.")
    double postsPerSecond;

    @Option(names = "--speedup", defaultValue = "1", description = "Simulated seconds per wall-clock second.")
    double speedUp;

    @Option(names = "--seed", defaultValue = "42", description = "Same seed, same posts.")
    long seed;

    @Option(names = "--no-crisis", description = "Leave out the scripted crisis.")
    boolean noCrisis;

    @Override
    public Integer call() throws Exception {
        GeneratorConfig config = GeneratorConfig.demo().withPostsPerSecond(postsPerSecond).withSpeedUp(speedUp);
        if (noCrisis) {
            config = config.withCrisis(null);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        TrafficPublisher publisher = new TrafficPublisher(bootstrapServers, topic);
        GeneratorRunner runner = GeneratorRunner.start(new TrafficGenerator(config, seed), publisher);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publisher.close();
            stopped.countDown();
        }, "generator-shutdown"));
        // Returns when Ctrl-C stopped the generator (0), or when publishing failed and the generator gave up (1).
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (!runner.isRunning()) {
                return 1;
            }
        }
        return 0;
    }
}
