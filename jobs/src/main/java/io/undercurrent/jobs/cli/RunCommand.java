package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.MonitorJob;
import io.undercurrent.jobs.config.MonitorOptions;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the monitor against external Kafka and Elasticsearch. Locally it starts an in-process Flink cluster;
 * under {@code flink run} (or a Flink application-mode cluster) it submits to that cluster.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the monitor job against external Kafka and Elasticsearch.",
            "Locally: java -jar undercurrent.jar run --config monitor.yaml",
            "On a cluster: flink run undercurrent.jar run --config monitor.yaml"
        })
public class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigMixin settings;

    @Override
    public Integer call() throws Exception {
        Configuration config = settings.load();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        MonitorJob.configure(env, config);
        env.execute(config.get(MonitorOptions.JOB_NAME));
        return 0;
    }
}
