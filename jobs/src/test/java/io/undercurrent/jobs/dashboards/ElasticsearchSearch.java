package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One search as Grafana sends it: a multi-search header naming the indices, and the request body. */
record ElasticsearchSearch(List<String> indices, ObjectNode body) {

    ObjectNode header() {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("search_type", "query_then_fetch");
        header.put("ignore_unavailable", true);
        header.put("index", String.join(",", indices));
        return header;
    }

    /** The body of a {@code POST /_msearch}: header line, body line. */
    String toMultiSearch() {
        try {
            return Json.MAPPER.writeValueAsString(header()) + "\n" + Json.MAPPER.writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
