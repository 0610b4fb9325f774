package io.undercurrent.jobs.cli;

import io.undercurrent.jobs.config.MonitorConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine.Option;

/** The {@code --config FILE} and {@code -D key=value} options every command that runs the monitor takes. */
public class ConfigMixin {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML file with monitor and Flink settings (see README, Configuration).")
    Path configFile;

    @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Override one setting, e.g. -D kafka.bootstrap-servers=broker:9092. Repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    public Configuration load() {
        return MonitorConfig.load(configFile, overrides);
    }
}
