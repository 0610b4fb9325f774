package io.undercurrent.jobs.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the real node from the zip the build fetched, and checks it leaves nothing behind. */
class EmbeddedElasticsearchITCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void startsACoreOnlyNodeAsAnUnprivilegedUserAndStopsEveryProcess() throws Exception {
        List<ProcessHandle> tree;
        try (EmbeddedElasticsearch es = EmbeddedElasticsearch.builder().start()) {
            // The core-only distribution has no GET / (rest-root module); the nodes API tells the version.
            JsonNode node = get(es.url() + "/_nodes/_local").path("nodes").elements().next();
            assertThat(node.path("version").asText()).isEqualTo("8.19.21");
            assertThat(node.path("modules").findValuesAsText("name")).doesNotContain("analysis-common", "x-pack-ilm");
            assertThat(get(es.url() + "/_cluster/health").path("status").asText()).isIn("green", "yellow");

            ProcessHandle launcher = ProcessHandle.of(es.pid()).orElseThrow();
            tree = Stream.concat(Stream.of(launcher), launcher.descendants()).collect(Collectors.toList());
            assertThat(tree).as("launcher and server JVM").hasSizeGreaterThanOrEqualTo(2);
            if (ServiceUser.runningAsRoot()) {
                assertThat(tree).allSatisfy(p -> assertThat(p.info().user()).contains("undercurrent"));
            }
        }
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aNodeThatCannotStartFailsWithItsLogAndLeavesNoProcess() throws Exception {
        // A work directory of its own, so that only this node's processes are looked for: other nodes on the
        // machine (another build, a demo) may come and go meanwhile.
        Path workDir = Files.createTempDirectory("undercurrent-es-it-");
        Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedElasticsearch.builder()
                            .workDir(workDir)
                            .httpPort(taken.getLocalPort())
                            .start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Elasticsearch exited with code")
                    .hasMessageContaining("BindHttpException")
                    .hasMessageNotContaining("\tat ");
            assertThat(ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains(workDir.toString())))
                    .isEmpty();
        } finally {
            Directories.deleteRecursively(workDir);
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
