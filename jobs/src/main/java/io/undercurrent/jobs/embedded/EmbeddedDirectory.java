package io.undercurrent.jobs.embedded;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the build put the embedded demo's artifacts (Kafka broker libraries, Elasticsearch zip):
 * {@code jobs/target/embedded}, found from the system property {@value #PROPERTY} (set by the Maven test
 * plugins) or else next to the running jar ({@code jobs/target/undercurrent.jar}) or classes directory.
 */
public final class EmbeddedDirectory {

    public static final String PROPERTY = "undercurrent.embedded.dir";

    private EmbeddedDirectory() {}

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return codeLocation().resolveSibling("embedded");
    }

    /** The jar or classes directory this class was loaded from: both sit in {@code jobs/target}. */
    private static Path codeLocation() {
        try {
            return Path.of(EmbeddedDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot tell where the jobs jar is; set -D" + PROPERTY
                    + " to the build's jobs/target/embedded directory", e);
        }
    }
}
