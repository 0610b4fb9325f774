package io.undercurrent.jobs.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The private directory of one embedded server run. It records which JVM owns it and which process serves it,
 * so a later start can stop servers whose JVM died without closing them (kill -9, a crashed test fork) and
 * remove their directories.
 */
final class RunDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(RunDirectory.class);
    private static final String OWNER_FILE = "owner.pid";
    static final String SERVER_FILE = "server.pid";
    private static final Duration STALE_SERVER_GRACE = Duration.ofSeconds(30);

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    /** Creates a fresh run directory under {@code runsRoot}, owned by this JVM. */
    static RunDirectory create(Path runsRoot, String prefix) throws IOException {
        return create(runsRoot, prefix, ProcessHandle.current());
    }

    static RunDirectory create(Path runsRoot, String prefix, ProcessHandle owner) throws IOException {
        Files.createDirectories(runsRoot);
        Path dir = Files.createTempDirectory(runsRoot, prefix);
        Files.writeString(dir.resolve(OWNER_FILE), identity(owner), StandardCharsets.UTF_8);
        return new RunDirectory(dir);
    }

    Path path() {
        return path;
    }

    void recordServer(ProcessHandle server) throws IOException {
        Files.writeString(path.resolve(SERVER_FILE), identity(server), StandardCharsets.UTF_8);
    }

    void delete() throws IOException {
        Directories.deleteRecursively(path);
    }

    /** Stops the servers of runs whose owning JVM is gone and removes their directories. */
    static void reapStale(Path runsRoot) throws IOException {
        if (!Files.isDirectory(runsRoot)) {
            return;
        }
        List<Path> runs;
        try (Stream<Path> children = Files.list(runsRoot)) {
            runs = children.filter(Files::isDirectory).collect(Collectors.toList());
        }
        for (Path run : runs) {
            if (recorded(run.resolve(OWNER_FILE)).isPresent() || !Files.exists(run.resolve(OWNER_FILE))) {
                continue; // owner alive, or a run still being set up
            }
            Optional<ProcessHandle> server = recorded(run.resolve(SERVER_FILE));
            if (server.isPresent()) {
                LOG.info("Stopping leftover server pid {} of a JVM that exited without closing it", server.get().pid());
                ProcessTree.stop(server.get(), STALE_SERVER_GRACE);
            }
            LOG.info("Removing stale run directory {}", run);
            Directories.deleteRecursively(run);
        }
    }

    /** "pid start-instant": the start instant tells a live process apart from a later one reusing the pid. */
    private static String identity(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The process a pid file names, if it is still the same process and alive. */
    private static Optional<ProcessHandle> recorded(Path pidFile) {
        try {
            String[] parts = Files.readString(pidFile, StandardCharsets.UTF_8).trim().split(" ");
            return ProcessHandle.of(Long.parseLong(parts[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> identity(process).equals(parts[0] + " " + parts[1]));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
