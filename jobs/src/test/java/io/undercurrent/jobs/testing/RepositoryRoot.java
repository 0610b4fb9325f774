package io.undercurrent.jobs.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's top-level folder, found from the module folder Maven runs the tests in. */
public final class RepositoryRoot {

    private RepositoryRoot() {}

    public static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("dashboards")) && Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no dashboards/ and docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
