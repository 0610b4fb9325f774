package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The few Elasticsearch calls Grafana makes for a dashboard, over plain HTTP as Grafana makes them. */
final class ElasticsearchHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ElasticsearchHttp(URI base) {
        this.base = base;
    }

    /** The first (only) answer of a multi-search: either a search response or one with an "error". */
    JsonNode search(ElasticsearchSearch search) {
        JsonNode answer = send(HttpRequest.newBuilder(base.resolve("/_msearch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(search.toMultiSearch())));
        return answer.path("responses").path(0);
    }

    /** Field capabilities of the named indices; missing ones are skipped, as Grafana's searches skip them. */
    MappingChecks fieldCaps(List<String> indices) {
        String path = "/" + String.join(",", indices) + "/_field_caps?fields=*&ignore_unavailable=true&allow_no_indices=true";
        return MappingChecks.fromFieldCaps(send(HttpRequest.newBuilder(base.resolve(path)).GET()));
    }

    JsonNode post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(built.method() + " " + built.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return Json.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
