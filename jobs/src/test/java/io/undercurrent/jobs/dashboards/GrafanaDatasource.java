package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One provisioned Elasticsearch datasource: where its documents are ({@code index}, with Grafana's date pattern
 * when {@code interval} is set), which field is their time, and the smallest histogram interval.
 */
record GrafanaDatasource(String uid, String name, String type, String url, String index, String interval,
        String timeField, String minInterval) {

    static GrafanaDatasource of(JsonNode yaml) {
        JsonNode data = yaml.path("jsonData");
        return new GrafanaDatasource(
                yaml.path("uid").asText(null),
                yaml.path("name").asText(null),
                yaml.path("type").asText(null),
                yaml.path("url").asText(null),
                data.path("index").asText(null),
                data.path("interval").asText(""),
                data.path("timeField").asText(null),
                data.path("timeInterval").asText("10s"));
    }

    IndexPattern indexPattern() {
        return new IndexPattern(index, interval);
    }
}
