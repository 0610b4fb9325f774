package io.undercurrent.jobs.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real single-node Elasticsearch on 127.0.0.1, started from the distribution zip the build fetches
 * ({@link EmbeddedArtifacts}). The zip is unpacked once into a cache directory; every node gets its own config,
 * data and log directories. When the JVM runs as root the node runs as an unprivileged system user, because
 * Elasticsearch refuses root. {@link #close()} (or JVM shutdown) stops the node and everything it started.
 *
 * <pre>{@code
 * try (EmbeddedElasticsearch es = EmbeddedElasticsearch.builder().start()) {
 *     String url = es.url(); // http://127.0.0.1:<free port>
 * }
 * }</pre>
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 25;

    private final Process process;
    private final RunDirectory run;
    private final Thread shutdownHook;
    /** Known once the node has written its ports file. */
    private volatile String url;
    private boolean closed;

    private EmbeddedElasticsearch(Process process, RunDirectory run) {
        this.process = process;
        this.run = run;
        this.shutdownHook = new Thread(this::close, "embedded-elasticsearch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:9200}. */
    public String url() {
        return url;
    }

    /** Pid of the Elasticsearch launcher; the server JVM is its child. */
    public long pid() {
        return process.pid();
    }

    /** Stops the node and every process it started, then removes its private directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping Elasticsearch at {} (pid {})", url == null ? "(not up yet)" : url, process.pid());
        boolean clean = ProcessTree.stop(process.toHandle(), STOP_GRACE);
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook runs anyway and finds the node closed
            }
        }
        try {
            run.delete();
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", run.path(), e.toString());
        }
        LOG.info("Elasticsearch stopped{}", clean ? "" : " (killed after " + STOP_GRACE.toSeconds() + " s)");
    }

    /** Settings of the node to start; everything has a working default. */
    public static final class Builder {
        private Path distribution = EmbeddedArtifacts.directory().resolve("elasticsearch.zip");
        private Path workDir = defaultWorkDir();
        private Path dataDir;
        private int httpPort;
        private String heap = "512m";
        private Duration startupTimeout = Duration.ofMinutes(3);
        private String systemUser = "undercurrent";

        private Builder() {}

        /** The distribution zip; default {@code <embedded artifacts>/elasticsearch.zip}. */
        public Builder distribution(Path zip) {
            this.distribution = zip;
            return this;
        }

        /**
         * Where the distribution is unpacked and nodes keep their run directories. Default
         * {@code ~/.cache/undercurrent}, or {@code /var/cache/undercurrent} as root (the unprivileged node user
         * cannot enter root's home).
         */
        public Builder workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        /** Keep the indices here across runs; default: a fresh directory removed on close. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** HTTP port; 0 (default) picks a free one. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** JVM heap, e.g. "512m" (default). */
        public Builder heap(String size) {
            this.heap = size;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** The unprivileged user the node runs as when the JVM runs as root; default "undercurrent". */
        public Builder systemUser(String name) {
            this.systemUser = name;
            return this;
        }

        /** Starts the node and returns once the cluster health is yellow or green. */
        public EmbeddedElasticsearch start() throws IOException {
            long started = System.nanoTime();
            if (Files.notExists(workDir)) {
                Files.createDirectories(workDir);
                Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            ServiceUser user = ServiceUser.forServer(systemUser, workDir);
            Path runsRoot = workDir.resolve("runs");
            RunDirectory.reapStale(runsRoot);
            Path home = ElasticsearchDistribution.install(distribution, workDir);
            Path java = Path.of(System.getProperty("java.home"));
            user.requireCanReach(home.resolve("bin"), "Elasticsearch installation");
            user.requireCanReach(java.resolve("bin"), "Java runtime");

            RunDirectory run = RunDirectory.create(runsRoot, "elasticsearch-");
            Process process;
            try {
                Path data = configure(home, run.path());
                user.own(run.path());
                if (dataDir != null) {
                    user.requireCanReach(dataDir, "data directory");
                    user.own(dataDir);
                }
                LOG.info("Starting Elasticsearch from {} as user '{}' (data in {})", home, user.name(), data);
                process = launch(user, home, java, run.path());
                run.recordServer(process.toHandle());
            } catch (IOException | RuntimeException e) {
                run.delete();
                throw e;
            }
            EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, run);
            try {
                node.awaitHealthy(startupTimeout);
            } catch (IOException | RuntimeException e) {
                node.close();
                throw e;
            }
            LOG.info("Elasticsearch is up at {} after {} s (pid {})", node.url,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9), node.pid());
            return node;
        }

        private Path configure(Path home, Path runDir) throws IOException {
            Path config = Files.createDirectories(runDir.resolve("config"));
            try (Stream<Path> files = Files.list(home.resolve("config"))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Files.copy(file, config.resolve(file.getFileName()));
                }
            }
            Path logs = Files.createDirectories(runDir.resolve("logs"));
            Files.createDirectories(runDir.resolve("tmp"));
            Path data = dataDir != null ? Files.createDirectories(dataDir) : Files.createDirectories(runDir.resolve("data"));
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("cluster.name", "undercurrent-embedded");
            settings.put("node.name", "embedded");
            settings.put("discovery.type", "single-node");
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(httpPort));
            settings.put("transport.port", "0");
            // Writes logs/http.ports with the bound address, so port 0 needs no guessing.
            settings.put("node.portsfile", "true");
            settings.put("path.data", data.toAbsolutePath().toString());
            settings.put("path.logs", logs.toAbsolutePath().toString());
            settings.put("xpack.security.enabled", "false");
            // A nearly full developer disk must not turn the demo's indices read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            String yaml = settings.entrySet().stream()
                    .map(e -> e.getKey() + ": \"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(config.resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
            return data;
        }

        private Process launch(ServiceUser user, Path home, Path java, Path runDir) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(user.command(List.of(home.resolve("bin/elasticsearch").toString())))
                    .directory(runDir.resolve("logs").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog(runDir).toFile()));
            Map<String, String> env = builder.environment();
            // The launcher warns about and ignores these; ES_JAVA_* are its own.
            Stream.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS").forEach(env::remove);
            env.put("ES_JAVA_HOME", java.toString());
            env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            env.put("ES_PATH_CONF", runDir.resolve("config").toString());
            env.put("ES_TMPDIR", runDir.resolve("tmp").toString());
            // The launcher's own JVM probes the server's JVM flags in a temporary directory it leaves behind
            // (final-flags*, with a gc.log): keep that inside the run directory, which is removed on close.
            env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + runDir.resolve("tmp"));
            env.put("HOME", runDir.toString());
            return builder.start();
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path portsFile = run.path().resolve("logs/http.ports");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw startFailure("exited with code " + process.exitValue() + " during start-up");
            }
            List<String> ports = Files.exists(portsFile) ? Files.readAllLines(portsFile) : List.of();
            if (!ports.isEmpty()) {
                String candidate = "http://" + ports.get(0).trim();
                if (isHealthy(http, candidate)) {
                    url = candidate;
                    return;
                }
            }
            sleep(POLL_INTERVAL);
        }
        throw startFailure("was not healthy within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException startFailure(String what) {
        Path log = consoleLog(run.path());
        return new IllegalStateException("Elasticsearch " + what + "; last lines of " + log
                + " (stack frames left out):\n" + tail(log));
    }

    private static boolean isHealthy(HttpClient http, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode health = JSON.readTree(response.body());
            String status = health.path("status").asText();
            return status.equals("green") || status.equals("yellow");
        } catch (IOException notUpYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static Path consoleLog(Path runDir) {
        return runDir.resolve("logs/console.log");
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.stripLeading().startsWith("at "))
                    .collect(Collectors.toList());
            return String.join("\n", new ArrayList<>(lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES),
                    lines.size())));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static Path defaultWorkDir() {
        if (ServiceUser.runningAsRoot()) {
            return Path.of("/var/cache/undercurrent");
        }
        String xdgCache = System.getenv("XDG_CACHE_HOME");
        Path cache = xdgCache != null && !xdgCache.isBlank()
                ? Path.of(xdgCache) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("undercurrent");
    }
}
