package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.records.Alert;
import io.undercurrent.jobs.sources.PostFiles;
import io.undercurrent.jobs.sources.PostFormat;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backtest --input FILE}: which alerts would the monitor have raised on these posts? Runs the monitor's own
 * workflow, bounded, over the file on a local Flink cluster, with the configuration's detector settings.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Run the monitor job over a file of posts (one JSON payload per line, .gz allowed) as fast as the machine"
                    + " allows, without Kafka or Elasticsearch, and print the alerts it would have raised.",
            "Example: java -jar undercurrent.jar backtest --input posts.jsonl"
        })
public class BacktestCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Posts, one payload per line.")
    Path input;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "canonical, mastodon, reddit, discord, discourse or auto (recognise each line; default).")
    String format;

    @Mixin
    ConfigMixin settings;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) {
            System.err.println("No such file: " + input);
            return 2;
        }
        PostFormat postFormat = PostFormat.fromConfigName(format);
        Configuration config = settings.load();
        long lines = PostFiles.countLines(input);
        PrintStream out = System.out;
        out.printf("Backtest of %s (%s, %,d lines)%n%n", input, postFormat.configName(), lines);
        ProgressBar bar = new ProgressBar(System.err, lines, System.console() != null);
        Backtest.Result result = Backtest.run(input, postFormat, config, new Backtest.Listener() {
            @Override
            public void progress(long records, long latestEventTime) {
                bar.advance(records, latestEventTime);
            }

            @Override
            public void alert(Alert alert) {
                synchronized (bar) {
                    bar.clear();
                    AlertReport.print(out, alert, alert.version == 1);
                }
            }
        });
        bar.finish();
        BacktestReport.printSummary(out, result, lines);
        return 0;
    }
}
