package io.undercurrent.jobs.embedded;

import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (the {@code kafka_2.13} server from Maven Central) in KRaft mode, one node acting as broker
 * and controller, running in a child JVM on 127.0.0.1. Its classpath is the broker libraries the build copies to
 * {@code <embedded dir>/kafka-libs} plus this JVM's own classpath (which carries kafka-clients, Jackson and the
 * logging binding). The child's logs go to {@code broker.log} in its work directory.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How to start the broker.
     *
     * @param libsDir the broker libraries (the build's {@code jobs/target/embedded/kafka-libs})
     * @param workDir where configuration, data and logs go; null for a temporary directory deleted on close
     * @param port client listener port; 0 for a free one
     * @param maxHeap the child's -Xmx value, e.g. "512m"
     * @param startTimeout how long to wait for the broker to answer
     */
    public record Options(Path libsDir, Path workDir, int port, String maxHeap, Duration startTimeout) {

        public static Options defaults() {
            return new Options(EmbeddedArtifacts.directory().resolve("kafka-libs"), null, 0, "512m",
                    Duration.ofSeconds(120));
        }

        public Options withWorkDir(Path dir) {
            return new Options(libsDir, dir, port, maxHeap, startTimeout);
        }

        public Options withPort(int clientPort) {
            return new Options(libsDir, workDir, clientPort, maxHeap, startTimeout);
        }
    }

    private final Path workDir;
    private final boolean temporaryWorkDir;
    private final int port;
    private final ChildProcess broker;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(Path workDir, boolean temporaryWorkDir, int port, ChildProcess broker) {
        this.workDir = workDir;
        this.temporaryWorkDir = temporaryWorkDir;
        this.port = port;
        this.broker = broker;
        this.shutdownHook = new Thread(this::close, "embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats the storage, starts the broker and returns once it answers an admin request. */
    public static EmbeddedKafka start(Options options) throws IOException, InterruptedException {
        long startedAt = System.nanoTime();
        requireBrokerLibs(options.libsDir());
        int port = options.port() == 0 ? freePort() : requireFree(options.port());
        int controllerPort = freePort();
        boolean temporary = options.workDir() == null;
        Path workDir = temporary
                ? Files.createTempDirectory("undercurrent-kafka-")
                : Files.createDirectories(options.workDir());
        LOG.info("Starting embedded Kafka broker (KRaft) on {}:{}, work dir {}", HOST, port, workDir);
        ChildProcess broker;
        try {
            broker = launch(options, workDir, port, controllerPort);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (temporary) {
                deleteRecursively(workDir);
            }
            throw e;
        }
        EmbeddedKafka kafka = new EmbeddedKafka(workDir, temporary, port, broker);
        try {
            kafka.awaitReady(System.nanoTime() + options.startTimeout().toNanos());
        } catch (IOException | InterruptedException | RuntimeException e) {
            kafka.close();
            throw e;
        }
        LOG.info("Embedded Kafka started in {} ms on {} (pid {})",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), kafka.bootstrapServers(),
                broker.pid());
        return kafka;
    }

    /** Writes the configuration, formats the storage on first use and starts the broker JVM. */
    private static ChildProcess launch(Options options, Path workDir, int port, int controllerPort)
            throws IOException, InterruptedException {
        Path config = writeServerProperties(workDir, port, controllerPort);
        List<String> jvm = childJvm(options, writeLogConfig(workDir));
        if (!Files.exists(workDir.resolve("data").resolve("meta.properties"))) {
            ChildProcess.run("Kafka storage format", command(jvm, "kafka.tools.StorageTool", "format",
                    "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()),
                    workDir, workDir.resolve("storage-format.log"), options.startTimeout());
        }
        return ChildProcess.start("Kafka broker",
                command(jvm, ParentWatchdog.class.getName(), Long.toString(ProcessHandle.current().pid()),
                        "kafka.Kafka", config.toString()),
                workDir, workDir.resolve("broker.log"));
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public long pid() {
        return broker.pid();
    }

    public Path workDir() {
        return workDir;
    }

    /** Creates each topic (name to partition count) with replication factor 1; topics that exist are kept. */
    public void createTopics(Map<String, Integer> partitionsByTopic) throws InterruptedException {
        createTopics(partitionsByTopic, Map.of());
    }

    /** Like {@link #createTopics(Map)}, with topic settings (e.g. {@code max.message.bytes}) for some topics. */
    public void createTopics(Map<String, Integer> partitionsByTopic, Map<String, Map<String, String>> configsByTopic)
            throws InterruptedException {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)
                .configs(configsByTopic.getOrDefault(name, Map.of()))));
        try (Admin admin = admin()) {
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + result.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Creating topic " + result.getKey() + " timed out after "
                            + ADMIN_TIMEOUT, e);
                }
            }
        }
    }

    /** Stops the broker (SIGTERM, then SIGKILL after a grace period) and deletes a temporary work dir. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long stoppingAt = System.nanoTime();
        LOG.info("Stopping embedded Kafka (pid {})", broker.pid());
        boolean polite = broker.stop(STOP_GRACE);
        if (temporaryWorkDir) {
            deleteRecursively(workDir);
        }
        removeShutdownHook();
        LOG.info("Embedded Kafka stopped in {} ms{}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt),
                polite ? "" : " (killed after " + STOP_GRACE.toSeconds() + " s)");
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hooks are running, this one included.
        }
    }

    /** Waits for the client port to accept connections, then for the cluster to describe itself. */
    private void awaitReady(long deadlineNanos) throws IOException, InterruptedException {
        while (!portAccepts()) {
            checkProgress(deadlineNanos);
            Thread.sleep(100);
        }
        try (Admin admin = admin()) {
            while (true) {
                checkProgress(deadlineNanos);
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // Not ready yet: checkProgress decides when to give up.
                }
                Thread.sleep(200);
            }
        }
    }

    private void checkProgress(long deadlineNanos) {
        if (!broker.isAlive()) {
            throw new IllegalStateException("Kafka broker exited with code " + broker.exitValue()
                    + " during start-up; end of " + workDir.resolve("broker.log") + ":\n" + broker.outputTail(40));
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new IllegalStateException("Kafka broker did not answer on " + bootstrapServers()
                    + " in time; end of " + workDir.resolve("broker.log") + ":\n" + broker.outputTail(40));
        }
    }

    private boolean portAccepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(ADMIN_TIMEOUT.toMillis()));
        return Admin.create(props);
    }

    private static void requireBrokerLibs(Path libsDir) throws IOException {
        if (!Files.isDirectory(libsDir)) {
            throw new IllegalStateException("Kafka broker libraries not found in " + libsDir
                    + "; build them with ./mvnw -DskipTests package");
        }
        try (Stream<Path> jars = Files.list(libsDir)) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw new IllegalStateException("No kafka_2.13 jar in " + libsDir
                        + "; build them with ./mvnw -DskipTests package");
            }
        }
    }

    private static List<String> childJvm(Options options, Path logConfig) {
        return List.of(ChildProcess.javaLauncher(),
                "-Xms64m", "-Xmx" + options.maxHeap(),
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig,
                "-cp", options.libsDir().resolve("*") + File.pathSeparator + absoluteClassPath());
    }

    /** This JVM's class path with every entry made absolute: the broker runs in its own working directory. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> command(List<String> jvm, String mainClass, String... args) {
        List<String> command = new ArrayList<>(jvm);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static Path writeServerProperties(Path workDir, int port, int controllerPort) throws IOException {
        // Single-node settings: every internal topic with replication factor 1 and few partitions, so the
        // broker and the first consumer group come up in seconds.
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + workDir.resolve("data"),
                "num.partitions=1",
                "num.network.threads=2",
                "num.io.threads=2",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        Path file = workDir.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    private static Path writeLogConfig(Path workDir) throws IOException {
        // Console output of the child is redirected to broker.log, so this one appender covers everything.
        String config = String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.console.ref = console",
                "logger.kafka-request.name = kafka.request.logger",
                "logger.kafka-request.level = WARN",
                "logger.state-change.name = state.change.logger",
                "logger.state-change.level = WARN",
                "");
        Path file = workDir.resolve("log4j2.properties");
        Files.writeString(file, config);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** Fails fast on a taken port: otherwise the health check could be answered by whatever holds it. */
    private static int requireFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return port;
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " on " + HOST + " is in use; pick another Kafka port", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete Kafka work dir {}: {}", dir, e.getMessage());
        }
    }
}
