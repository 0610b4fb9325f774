package io.undercurrent.jobs.dashboards;

import io.undercurrent.jobs.testing.RepositoryRoot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.undercurrent.jobs.config.MonitorConfig;
import io.undercurrent.jobs.config.MonitorOptions;
import io.undercurrent.jobs.sinks.kafka.DeadLetterLimits;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Keeps docker-compose.yml right without a Docker engine: start order waits on health checks, the Flink
 * containers run the jar Maven builds with a monitor configuration of known options, that configuration points
 * at the stack's own services, Grafana gets the dashboards/ folder and every variable it needs, and the images
 * are the versions the build tests against.
 */
class DockerComposeTest {

    private static final Path ROOT = RepositoryRoot.locate();
    private static final String MONITOR_CONFIG = "./jobs/config/compose-monitor.yaml";
    /** Where Flink's application mode looks for the job jar. */
    private static final String USRLIB = "/opt/flink/usrlib/";
    /** Holders of the Flink options a monitor configuration may set next to the monitor's own. */
    private static final List<Class<?>> FLINK_OPTION_HOLDERS = List.of(CheckpointingOptions.class,
            StateBackendOptions.class, StateRecoveryOptions.class, RestartStrategyOptions.class, CoreOptions.class,
            PipelineOptions.class, ExecutionOptions.class);
    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)");

    private final JsonNode compose = Json.readYaml(ROOT.resolve("docker-compose.yml"));
    private final JsonNode services = compose.path("services");
    private final Configuration monitor = MonitorConfig.load(ROOT.resolve(MONITOR_CONFIG), Map.of());

    @Test
    void everyServiceWaitsForItsDependenciesToBeHealthyOrDone() {
        services.fields().forEachRemaining(service -> service.getValue().path("depends_on").fields().forEachRemaining(dependency -> {
            String where = service.getKey() + " -> " + dependency.getKey();
            JsonNode target = services.path(dependency.getKey());
            assertThat(target.isMissingNode()).as(where + " exists").isFalse();
            String condition = dependency.getValue().path("condition").asText();
            assertThat(condition).as(where).isIn("service_healthy", "service_completed_successfully");
            if (condition.equals("service_healthy")) {
                assertThat(target.path("healthcheck").path("test").isEmpty()).as(where + " has a health check").isFalse();
            } else {
                assertThat(target.path("restart").asText()).as(where + " runs once").isEqualTo("no");
            }
        }));
    }

    @Test
    void theJobManagerRunsTheJarMavenBuildsWithTheComposeMonitorConfiguration() throws Exception {
        Document jobsPom = xml(ROOT.resolve("jobs/pom.xml"));
        String jar = "./jobs/target/" + jobsPom.getElementsByTagName("finalName").item(0).getTextContent() + ".jar";
        String mainClass = jobsPom.getElementsByTagName("mainClass").item(0).getTextContent();
        assertThat(ROOT.resolve(MONITOR_CONFIG)).isRegularFile();

        JsonNode jobManager = services.path("jobmanager");
        String monitorMount = mountTarget(jobManager, MONITOR_CONFIG);
        assertThat(strings(jobManager.path("command")))
                .containsExactly("standalone-job", "--job-classname", mainClass, "run", "--config", monitorMount);
        for (String flink : flinkServices()) {
            assertThat(mountTarget(services.path(flink), jar)).as(flink).startsWith(USRLIB);
        }
        assertThat(mountTarget(services.path("traffic-generator"), jar)).isNotNull();
    }

    @Test
    void twoTaskManagersShareTheCheckpointVolumeWithTheJobManager() {
        List<String> taskManagers = flinkServices().stream()
                .filter(name -> strings(services.path(name).path("command")).get(0).equals("taskmanager"))
                .toList();
        assertThat(taskManagers).hasSize(2);

        String checkpoints = URI.create(monitor.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).getPath();
        String volume = volumeMountedAt(services.path("jobmanager"), checkpoints);
        assertThat(compose.path("volumes").has(volume)).as("named volume " + volume).isTrue();
        for (String flink : flinkServices()) {
            assertThat(volumeMountedAt(services.path(flink), checkpoints)).as(flink).isEqualTo(volume);
        }
        JsonNode init = services.path("checkpoints-init");
        assertThat(volumeMountedAt(init, checkpoints)).isEqualTo(volume);
        assertThat(strings(init.path("entrypoint"))).contains("chown", checkpoints);
    }

    @Test
    void theMonitorConfigurationSetsOnlyKnownOptionsToValidValues() throws Exception {
        Map<String, ConfigOption<?>> known = new HashMap<>();
        options(MonitorOptions.class).forEach(option -> known.put(option.key(), option));
        for (Class<?> holder : FLINK_OPTION_HOLDERS) {
            options(holder).forEach(option -> known.putIfAbsent(option.key(), option));
        }
        assertThat(monitor.keySet()).isNotEmpty().allSatisfy(key -> assertThat(known).as("known option").containsKey(key));
        for (String key : monitor.keySet()) {
            assertThatCode(() -> monitor.get(known.get(key))).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    void theMonitorUsesTheStacksKafkaAndElasticsearch() {
        String bootstrap = monitor.get(MonitorOptions.KAFKA_BOOTSTRAP_SERVERS);
        String kafkaService = bootstrap.substring(0, bootstrap.indexOf(':'));
        String advertised = services.path(kafkaService).path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        assertThat(advertised).as("a listener the containers reach").contains("://" + bootstrap);
        assertThat(strings(services.path("traffic-generator").path("command")))
                .containsSubsequence("--bootstrap-servers", bootstrap);

        for (String host : monitor.get(MonitorOptions.ELASTICSEARCH_HOSTS)) {
            URI uri = URI.create(host);
            assertThat(services.has(uri.getHost())).as(host + " is a service of the stack").isTrue();
            assertThat(services.path(uri.getHost()).path("image").asText()).as(host).contains("elasticsearch");
            assertThat(uri.getPort()).as(host).isEqualTo(9200);
        }

        JsonNode init = services.path("kafka-init");
        Set<String> created = Set.of(init.path("environment").path("TOPICS").asText().split("\\s+"));
        assertThat(created).containsAll(monitor.get(MonitorOptions.SOURCE_TOPICS).keySet());
        assertThat(init.path("environment").path("DEAD_LETTER_TOPIC").asText())
                .isEqualTo(monitor.get(MonitorOptions.DEAD_LETTER_TOPIC));
        assertThat(init.path("environment").path("DEAD_LETTER_MAX_MESSAGE_BYTES").asText())
                .isEqualTo(String.valueOf(DeadLetterLimits.MAX_MESSAGE_BYTES));
        assertThat(String.join("\n", strings(init.path("command"))))
                .contains("--topic \"$$DEAD_LETTER_TOPIC\"")
                .contains("--config max.message.bytes=\"$$DEAD_LETTER_MAX_MESSAGE_BYTES\"");
        assertThat(services.path("jobmanager").path("depends_on").has("kafka-init")).isTrue();
    }

    @Test
    void grafanaIsProvisionedFromTheDashboardsFolderWithEveryVariableItNeeds() throws Exception {
        JsonNode grafana = services.path("grafana");
        assertThat(mountTarget(grafana, "./dashboards")).isEqualTo(DashboardProvisioningTest.GRAFANA_PROVISIONING);

        JsonNode environment = grafana.path("environment");
        assertThat(environment.path("GF_SECURITY_ADMIN_PASSWORD").asText()).startsWith("${GRAFANA_ADMIN_PASSWORD");
        String home = environment.path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
        assertThat(home).startsWith(DashboardProvisioningTest.GRAFANA_PROVISIONING + "/");
        assertThat(ROOT.resolve("dashboards").resolve(home.substring(DashboardProvisioningTest.GRAFANA_PROVISIONING.length() + 1)))
                .isRegularFile();

        Set<String> needed = new HashSet<>();
        try (var files = Files.walk(ROOT.resolve("dashboards"))) {
            for (Path yaml : files.filter(file -> file.toString().endsWith(".yaml")).toList()) {
                environmentReferences(Json.readYaml(yaml), needed);
            }
        }
        assertThat(needed).isNotEmpty();
        needed.forEach(variable -> assertThat(environment.has(variable)).as("Grafana's environment sets " + variable).isTrue());
    }

    @Test
    void publishedHostPortsDoNotCollide() {
        List<String> hostPorts = new ArrayList<>();
        services.forEach(service -> service.path("ports").forEach(port -> hostPorts.add(port.asText().split(":")[0])));
        assertThat(hostPorts).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void imagesArePinnedToTheVersionsTheBuildTestsAgainst() throws Exception {
        Document rootPom = xml(ROOT.resolve("pom.xml"));
        Map<String, String> tags = new HashMap<>();
        services.fields().forEachRemaining(service -> {
            String image = service.getValue().path("image").asText();
            assertThat(image).as(service.getKey()).contains(":").doesNotEndWith(":latest");
            tags.put(image.substring(0, image.lastIndexOf(':')), image.substring(image.lastIndexOf(':') + 1));
        });
        assertThat(tags.get("docker.elastic.co/elasticsearch/elasticsearch")).isEqualTo(property(rootPom, "elasticsearch.version"));
        assertThat(tags.get("apache/kafka")).isEqualTo(property(rootPom, "kafka.version"));
        assertThat(tags.get("flink")).startsWith(property(rootPom, "flink.version") + "-");
    }

    @Test
    void theTrafficGeneratorOnlyRunsWhenAskedFor() {
        assertThat(strings(services.path("traffic-generator").path("profiles"))).containsExactly("traffic");
        services.fields().forEachRemaining(service -> {
            if (!service.getKey().equals("traffic-generator")) {
                assertThat(service.getValue().path("profiles").isEmpty()).as(service.getKey()).isTrue();
            }
        });
    }

    /**
     * The environment variables Grafana fills into a provisioning file. Alert queries ("model") are sent as
     * written, so their "$B"-style references to other queries are not the environment's.
     */
    private static void environmentReferences(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            Matcher reference = ENVIRONMENT_REFERENCE.matcher(node.asText());
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("model")) {
                environmentReferences(field.getValue(), names);
            }
        });
        if (node.isArray()) {
            node.forEach(item -> environmentReferences(item, names));
        }
    }

    /** The services running the Flink image: the JobManager and the TaskManagers. */
    private List<String> flinkServices() {
        List<String> flink = new ArrayList<>();
        services.fields().forEachRemaining(service -> {
            List<String> command = strings(service.getValue().path("command"));
            if (!command.isEmpty() && Set.of("standalone-job", "taskmanager").contains(command.get(0))) {
                flink.add(service.getKey());
            }
        });
        return flink;
    }

    /** Where the service mounts the given host path, or null. */
    private static String mountTarget(JsonNode service, String source) {
        for (String volume : strings(service.path("volumes"))) {
            String[] parts = volume.split(":");
            if (parts[0].equals(source)) {
                return parts[1];
            }
        }
        return null;
    }

    /** The volume (or host path) the service mounts at the given container path, or null. */
    private static String volumeMountedAt(JsonNode service, String target) {
        for (String volume : strings(service.path("volumes"))) {
            String[] parts = volume.split(":");
            if (parts[1].equals(target)) {
                return parts[0];
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        node.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static List<ConfigOption<?>> options(Class<?> holder) throws IllegalAccessException {
        List<ConfigOption<?>> options = new ArrayList<>();
        for (Field field : holder.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ConfigOption.class.isAssignableFrom(field.getType())) {
                options.add((ConfigOption<?>) field.get(null));
            }
        }
        return options;
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String property(Document pom, String name) {
        return pom.getElementsByTagName(name).item(0).getTextContent().trim();
    }
}
