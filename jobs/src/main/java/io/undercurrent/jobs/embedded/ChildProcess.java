package io.undercurrent.jobs.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child OS process whose output goes to a file, stopped together with its descendants: politely first
 * (SIGTERM), forcibly (SIGKILL) when it does not exit in time.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path outputFile;

    private ChildProcess(String name, Process process, Path outputFile) {
        this.name = name;
        this.process = process;
        this.outputFile = outputFile;
    }

    /** Starts {@code command} in {@code workDir}, appending its stdout and stderr to {@code outputFile}. */
    static ChildProcess start(String name, List<String> command, Path workDir, Path outputFile) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputFile.toFile()))
                .start();
        return new ChildProcess(name, process, outputFile);
    }

    /** Runs {@code command} to completion; fails with the tail of its output when it fails or overruns. */
    static void run(String name, List<String> command, Path workDir, Path outputFile, Duration timeout)
            throws IOException, InterruptedException {
        try (ChildProcess child = start(name, command, workDir, outputFile)) {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + "; output:\n"
                        + child.outputTail(30));
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue()
                        + "; output:\n" + child.outputTail(30));
            }
        }
    }

    /** The path of the running JVM's java launcher, for starting child JVMs on the same runtime. */
    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The last {@code lines} lines of the child's output, for error messages. */
    String outputTail(int lines) {
        try {
            if (!Files.exists(outputFile)) {
                return "(no output)";
            }
            List<String> all = Files.readAllLines(outputFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + outputFile + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the process and its descendants: SIGTERM, up to {@code grace} to exit, then SIGKILL. Returns whether
     * everything exited within the grace period.
     */
    boolean stop(Duration grace) {
        return ProcessTree.stop(process.toHandle(), grace);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ZERO);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
