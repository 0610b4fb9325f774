package io.undercurrent.jobs.sinks.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Installs the composable index templates of the posts, micro-map and health indices before the job starts. PUT
 * replaces a template, so installing again is harmless and brings an older version up to date. The mappings use
 * only core field types and the standard analyzer: they work on a core-only node as on a full one.
 */
public final class IndexTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);
    /** Each name is a template, its resource {@code elasticsearch/<name>.json}, and the prefix of its indices. */
    public static final List<String> NAMES = List.of(PostDocuments.INDEX_PREFIX, MicroMapDocuments.INDEX_PREFIX,
            HealthDocuments.INDEX_PREFIX, AlertDocuments.INDEX_PREFIX);
    public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(2);
    private static final ExponentialBackoff BACKOFF = new ExponentialBackoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    private IndexTemplates() {}

    /** Installs the templates, waiting up to {@link #DEFAULT_PATIENCE} for a cluster that is still starting. */
    public static void install(List<String> hosts) throws IOException {
        install(hosts, DEFAULT_PATIENCE);
    }

    /** Installs the templates; connection failures, 429 and 5xx are retried until {@code patience} runs out. */
    public static void install(List<String> hosts, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        try (RestClientTransport transport = ElasticsearchClients.transport(hosts)) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            for (String name : NAMES) {
                put(client, name, hosts, deadline);
            }
        }
        LOG.info("Installed index templates {} on {}", NAMES, hosts);
    }

    static InputStream body(String name) {
        InputStream body = IndexTemplates.class.getResourceAsStream("/elasticsearch/" + name + ".json");
        if (body == null) {
            throw new IllegalStateException("Index template resource elasticsearch/" + name + ".json is missing");
        }
        return body;
    }

    private static void put(ElasticsearchClient client, String name, List<String> hosts, long deadline)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (InputStream body = body(name)) {
                client.indices().putIndexTemplate(PutIndexTemplateRequest.of(t -> t.name(name).withJson(body)));
                return;
            } catch (IOException | RuntimeException e) {
                Duration wait = BACKOFF.delayAfter(attempt);
                if (!ElasticsearchFailures.isRetryable(e) || System.nanoTime() + wait.toNanos() > deadline) {
                    throw new IOException("Could not install index template " + name + " on " + hosts + ": "
                            + ElasticsearchFailures.describe(e), e);
                }
                sleep(wait);
            }
        }
    }

    private static void sleep(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while installing index templates", e);
        }
    }
}
