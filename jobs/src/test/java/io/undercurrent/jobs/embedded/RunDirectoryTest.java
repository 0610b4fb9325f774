package io.undercurrent.jobs.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Leftovers of a JVM that died without closing its server are cleaned up by the next start; live runs are not. */
class RunDirectoryTest {

    @TempDir
    Path runs;

    @Test
    void stopsTheServerOfADeadOwnerAndRemovesItsDirectory() throws Exception {
        Process deadOwner = new ProcessBuilder("true").start();
        ProcessHandle owner = deadOwner.toHandle();
        RunDirectory orphan = RunDirectory.create(runs, "server-", owner);
        deadOwner.waitFor(10, TimeUnit.SECONDS);
        Process leftoverServer = new ProcessBuilder("sleep", "600").start();
        orphan.recordServer(leftoverServer.toHandle());

        RunDirectory.reapStale(runs);

        assertThat(leftoverServer.waitFor(30, TimeUnit.SECONDS)).as("leftover server stopped").isTrue();
        assertThat(orphan.path()).doesNotExist();
    }

    @Test
    void leavesRunsOfLiveOwnersAlone() throws Exception {
        Process server = new ProcessBuilder("sleep", "600").start();
        try {
            RunDirectory mine = RunDirectory.create(runs, "server-");
            mine.recordServer(server.toHandle());

            RunDirectory.reapStale(runs);

            assertThat(mine.path()).isDirectory();
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void aRecordedPidNowUsedByAnotherProcessIsNotKilled() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "600").start();
        try {
            Process deadOwner = new ProcessBuilder("true").start();
            RunDirectory orphan = RunDirectory.create(runs, "server-", deadOwner.toHandle());
            deadOwner.waitFor(10, TimeUnit.SECONDS);
            // Same pid as a live process, but a start time that does not match it.
            Files.writeString(orphan.path().resolve(RunDirectory.SERVER_FILE), unrelated.pid() + " 1");

            RunDirectory.reapStale(runs);

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(orphan.path()).doesNotExist();
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }
}
