package io.undercurrent.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsRunTheDemoWithoutAFile() {
        Configuration config = MonitorConfig.load(null, Map.of());
        assertThat(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("localhost:9092");
        assertThat(config.get(MonitorOptions.SOURCE_TOPICS)).containsEntry("posts.reddit", "reddit");
        assertThat(config.get(MonitorOptions.MICROMAP_RESOLUTIONS))
                .containsExactly(Duration.ofMinutes(1), Duration.ofHours(1));
    }

    @Test
    void readsNestedAndFlatYamlWithMapsListsAndDurations() throws Exception {
        Path file = dir.resolve("monitor.yaml");
        Files.writeString(file, String.join("\n",
                "kafka:",
                "  bootstrap-servers: broker-1:9092,broker-2:9092",
                "source:",
                "  topics:",
                "    social.reddit: reddit",
                "    social.any: auto",
                "elasticsearch.hosts: [http://es-1:9200, http://es-2:9200]",
                "micromap:",
                "  window: 5 min",
                "state.backend.type: rocksdb",
                ""));

        Configuration config = MonitorConfig.load(file, Map.of());

        assertThat(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("broker-1:9092,broker-2:9092");
        assertThat(config.get(MonitorOptions.SOURCE_TOPICS))
                .isEqualTo(Map.of("social.reddit", "reddit", "social.any", "auto"));
        assertThat(config.get(MonitorOptions.ELASTICSEARCH_HOSTS)).isEqualTo(List.of("http://es-1:9200", "http://es-2:9200"));
        assertThat(config.get(MonitorOptions.MICROMAP_RESOLUTIONS)).as("the former single-window key")
                .containsExactly(Duration.ofMinutes(5));
        assertThat(config.toMap()).containsEntry("state.backend.type", "rocksdb");
    }

    @Test
    void micromapResolutionsAreAYamlListOrSemicolonSeparated() throws Exception {
        Path file = dir.resolve("monitor.yaml");
        Files.writeString(file, "micromap:\n  resolutions: [1 min, 15 min, 1 d]\n");

        assertThat(MonitorConfig.load(file, Map.of()).get(MonitorOptions.MICROMAP_RESOLUTIONS))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));
        assertThat(MonitorConfig.load(null, Map.of("micromap.resolutions", "30 s;5 min"))
                        .get(MonitorOptions.MICROMAP_RESOLUTIONS))
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    @Test
    void commandLineOverridesWinOverTheFile() throws Exception {
        Path file = dir.resolve("monitor.yaml");
        Files.writeString(file, "kafka.bootstrap-servers: from-file:9092\n");

        Configuration config = MonitorConfig.load(file, Map.of("kafka.bootstrap-servers", "from-cli:9092"));

        assertThat(config.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("from-cli:9092");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> MonitorConfig.load(dir.resolve("nope.yaml"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("config file not found");
    }
}
