package io.undercurrent.jobs.embedded;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the build put the embedded servers' artifacts (Kafka broker libraries, Elasticsearch zip):
 * {@code jobs/target/embedded}, found through the system property {@value #PROPERTY} (set for tests) or next to
 * the jar or classes directory this class was loaded from.
 */
public final class EmbeddedArtifacts {

    public static final String PROPERTY = "undercurrent.embedded.dir";

    private EmbeddedArtifacts() {}

    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            // jobs/target/undercurrent.jar or jobs/target/classes: both sit beside jobs/target/embedded.
            Path codeSource = Path.of(EmbeddedArtifacts.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return codeSource.toAbsolutePath().getParent().resolve("embedded");
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot tell where the embedded artifacts are; set -D" + PROPERTY, e);
        }
    }
}
