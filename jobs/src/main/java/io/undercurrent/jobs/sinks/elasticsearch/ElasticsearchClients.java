package io.undercurrent.jobs.sinks.elasticsearch;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.util.List;

/** Clients for the configured Elasticsearch endpoints, e.g. {@code http://localhost:9200}. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {}

    /** A transport over the low-level REST client; closing it closes the HTTP connections. */
    public static RestClientTransport transport(List<String> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("No Elasticsearch hosts configured");
        }
        HttpHost[] httpHosts = hosts.stream().map(HttpHost::create).toArray(HttpHost[]::new);
        return new RestClientTransport(RestClient.builder(httpHosts).build(), new JacksonJsonpMapper());
    }
}
