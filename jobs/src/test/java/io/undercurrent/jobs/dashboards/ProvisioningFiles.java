package io.undercurrent.jobs.dashboards;

import io.undercurrent.jobs.testing.RepositoryRoot;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every file of the Grafana provisioning folder ({@code dashboards/} at the top of the checkout), read the way
 * Grafana reads them: YAML files in {@code datasources/}, {@code dashboards/} and {@code alerting/}, and the
 * dashboard JSON files beside the dashboard provider.
 */
final class ProvisioningFiles {

    final Path folder;
    final List<GrafanaDatasource> datasources = new ArrayList<>();
    final List<JsonNode> dashboardProviders = new ArrayList<>();
    final List<DashboardFile> dashboards = new ArrayList<>();
    final List<JsonNode> ruleGroups = new ArrayList<>();
    final List<JsonNode> contactPoints = new ArrayList<>();
    final List<JsonNode> policies = new ArrayList<>();

    private ProvisioningFiles(Path folder) {
        this.folder = folder;
    }

    static ProvisioningFiles load() {
        return load(RepositoryRoot.locate().resolve("dashboards"));
    }

    static ProvisioningFiles load(Path folder) {
        ProvisioningFiles files = new ProvisioningFiles(folder);
        for (Path yaml : list(folder.resolve("datasources"), ".yaml")) {
            Json.readYaml(yaml).path("datasources").forEach(ds -> files.datasources.add(GrafanaDatasource.of(ds)));
        }
        for (Path yaml : list(folder.resolve("dashboards"), ".yaml")) {
            Json.readYaml(yaml).path("providers").forEach(files.dashboardProviders::add);
        }
        for (Path json : list(folder.resolve("dashboards"), ".json")) {
            files.dashboards.add(new DashboardFile(json, Json.read(json)));
        }
        for (Path yaml : list(folder.resolve("alerting"), ".yaml")) {
            JsonNode alerting = Json.readYaml(yaml);
            alerting.path("groups").forEach(files.ruleGroups::add);
            alerting.path("contactPoints").forEach(files.contactPoints::add);
            alerting.path("policies").forEach(files.policies::add);
        }
        return files;
    }

    Map<String, GrafanaDatasource> datasourcesByUid() {
        return datasources.stream().collect(Collectors.toMap(GrafanaDatasource::uid, Function.identity(), (a, b) -> a));
    }

    Map<String, DashboardFile> dashboardsByUid() {
        return dashboards.stream().collect(Collectors.toMap(DashboardFile::uid, Function.identity(), (a, b) -> a));
    }

    List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        ruleGroups.forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
