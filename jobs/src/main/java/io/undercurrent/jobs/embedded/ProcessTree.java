package io.undercurrent.jobs.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stops a process and everything it started: a polite SIGTERM to the root first (launcher scripts forward it and
 * shut their servers down cleanly), then SIGKILL for whatever is still alive after the grace period.
 */
public final class ProcessTree {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private ProcessTree() {}

    /** Returns true when every process of the tree ended within the grace period, without being killed. */
    public static boolean stop(ProcessHandle root, Duration grace) {
        // Taken before the root dies: orphans are re-parented and no longer show up as its descendants.
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).collect(Collectors.toList());
        root.destroy();
        if (awaitExit(tree, grace)) {
            return true;
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(tree, KILL_WAIT)) {
            throw new IllegalStateException("Processes survived SIGKILL: " + alive(tree));
        }
        return false;
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception timedOut) {
                return false;
            }
        }
        return true;
    }

    private static List<Long> alive(List<ProcessHandle> processes) {
        return processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toList());
    }
}
