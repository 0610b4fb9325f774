package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.undercurrent.jobs.dashboards.GrafanaTarget.BucketAgg;
import io.undercurrent.jobs.dashboards.GrafanaTarget.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a search answer gives a panel something to draw: documents for a listing, or at least one innermost
 * bucket with documents in which every metric the panel shows has a value.
 */
final class ResponseData {

    private ResponseData() {}

    /** Empty when the answer has data; otherwise what is missing. */
    static Optional<String> missing(JsonNode response, GrafanaTarget target) {
        if (response.has("error")) {
            return Optional.of("Elasticsearch refused the search: " + response.path("error"));
        }
        if (response.path("_shards").path("failed").asInt(0) > 0) {
            return Optional.of("shards failed: " + response.path("_shards").path("failures"));
        }
        if (target.isDocumentQuery()) {
            return response.path("hits").path("hits").isEmpty() ? Optional.of("no documents") : Optional.empty();
        }
        List<JsonNode> leaves = leafBuckets(response.path("aggregations"), target.bucketAggs());
        List<Metric> shown = target.metrics().stream()
                .filter(metric -> !metric.hide() && !"count".equals(metric.type()))
                .toList();
        boolean drawable = leaves.stream().anyMatch(bucket -> bucket.path("doc_count").asLong() > 0
                && shown.stream().allMatch(metric -> hasValue(bucket.path(metric.id()))));
        return drawable ? Optional.empty()
                : Optional.of(leaves.isEmpty() ? "no buckets"
                        : "none of " + leaves.size() + " buckets has documents and a value for every metric shown "
                                + shown.stream().map(Metric::id).toList());
    }

    private static List<JsonNode> leafBuckets(JsonNode aggregations, List<BucketAgg> bucketAggs) {
        List<JsonNode> level = List.of(aggregations);
        for (BucketAgg agg : bucketAggs) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode parent : level) {
                parent.path(agg.id()).path("buckets").forEach(next::add);
            }
            level = next;
        }
        return level;
    }

    private static boolean hasValue(JsonNode metric) {
        JsonNode value = metric.path("value");
        return !metric.isMissingNode() && (value.isMissingNode() ? !metric.isEmpty() : value.isNumber());
    }
}
