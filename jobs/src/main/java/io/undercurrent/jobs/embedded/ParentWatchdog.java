package io.undercurrent.jobs.embedded;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of an embedded child JVM: runs the real main class and exits (running the child's own shutdown
 * hooks) as soon as the parent process is gone, so a parent killed without a chance to clean up (SIGKILL, a
 * crash) does not leave an orphaned broker holding ports.
 *
 * <p>Arguments: {@code <parent pid> <main class> [main arguments...]}.
 */
public final class ParentWatchdog {

    private ParentWatchdog() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ParentWatchdog <parent pid> <main class> [args...]");
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(args[0]));
        if (parent.isEmpty()) {
            System.err.println("Parent process " + args[0] + " is gone; not starting " + args[1]);
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("Parent process " + args[0] + " exited; shutting down");
            System.exit(1);
        });
        try {
            Class.forName(args[1])
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
