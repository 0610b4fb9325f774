package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undercurrent.jobs.dashboards.GrafanaTarget.BucketAgg;
import io.undercurrent.jobs.dashboards.GrafanaTarget.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Turns a Grafana Elasticsearch query into the search request Grafana's backend sends for it
 * (pkg/tsdb/elasticsearch in Grafana 11/12): the time range and Lucene query as filters, bucket aggregations
 * nested outermost first with the metrics in the innermost one, or a sorted document listing for raw data.
 * Template variables must already be filled into the query. Metrics that need Elasticsearch scripting
 * (bucket_script and other pipelines) are refused: the embedded Elasticsearch the queries are proven on has no
 * Painless, so the dashboards divide with Grafana expressions instead.
 */
final class GrafanaTargetTranslator {

    /** Grafana's size for terms without one, and for raw data without one. */
    private static final int DEFAULT_SIZE = 500;
    /** Metrics aggregating one field; "count" needs no aggregation, it is the bucket's doc_count. */
    private static final Set<String> FIELD_METRICS =
            Set.of("avg", "sum", "min", "max", "cardinality", "extended_stats", "percentiles");
    /** Roughly the width in pixels of a panel: Grafana asks for about one point per pixel. */
    private static final int MAX_DATA_POINTS = 1000;
    private static final List<Duration> NICE_INTERVALS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));

    private GrafanaTargetTranslator() {}

    static ElasticsearchSearch translate(GrafanaTarget target, String query, GrafanaDatasource datasource,
            TimeRange range) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("query", filters(datasource.timeField(), range, query));
        if (target.isDocumentQuery()) {
            documentListing(body, target, datasource.timeField());
        } else {
            if (target.bucketAggs().isEmpty()) {
                throw new IllegalArgumentException("query " + target.refId() + " has neither bucket aggregations nor raw data");
            }
            body.put("size", 0);
            body.set("aggs", aggregations(target, datasource, range));
        }
        return new ElasticsearchSearch(datasource.indexPattern().indices(range), body);
    }

    /** A query variable's {@code {"find": "terms", ...}}: the values of a field, in term order. */
    static ElasticsearchSearch translateTermsVariable(JsonNode find, String query, GrafanaDatasource datasource,
            TimeRange range) {
        if (!"terms".equals(find.path("find").asText())) {
            throw new IllegalArgumentException("only terms variable queries are supported: " + find);
        }
        ObjectNode terms = Json.MAPPER.createObjectNode();
        terms.put("field", find.path("field").asText());
        terms.put("size", find.path("size").asInt(DEFAULT_SIZE));
        boolean byCount = "doc_count".equals(find.path("orderBy").asText());
        terms.putObject("order").put(byCount ? "_count" : "_key", find.path("order").asText(byCount ? "desc" : "asc"));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("size", 0);
        body.set("query", filters(datasource.timeField(), range, query));
        body.putObject("aggs").putObject("1").set("terms", terms);
        return new ElasticsearchSearch(datasource.indexPattern().indices(range), body);
    }

    private static ObjectNode filters(String timeField, TimeRange range, String query) {
        ObjectNode bool = Json.MAPPER.createObjectNode();
        ArrayNode filter = bool.putObject("bool").putArray("filter");
        ObjectNode time = filter.addObject().putObject("range").putObject(timeField);
        time.put("gte", range.from().toEpochMilli());
        time.put("lte", range.to().toEpochMilli());
        time.put("format", "epoch_millis");
        if (!query.isBlank()) {
            ObjectNode queryString = filter.addObject().putObject("query_string");
            queryString.put("analyze_wildcard", true);
            queryString.put("query", query);
        }
        return bool;
    }

    private static void documentListing(ObjectNode body, GrafanaTarget target, String timeField) {
        Metric listing = target.metrics().get(0);
        body.put("size", size(listing.settings().path("size"), DEFAULT_SIZE));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(timeField).put("order", "desc").put("unmapped_type", "boolean");
        sort.addObject().putObject("_doc").put("order", "desc");
        body.putArray("docvalue_fields").add(timeField);
        body.putObject("script_fields");
    }

    private static ObjectNode aggregations(GrafanaTarget target, GrafanaDatasource datasource, TimeRange range) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode level = root;
        for (BucketAgg agg : target.bucketAggs()) {
            ObjectNode node = level.putObject(agg.id());
            ObjectNode children = Json.MAPPER.createObjectNode();
            switch (agg.type()) {
                case "terms" -> node.set("terms", terms(agg, target, children));
                case "date_histogram" -> node.set("date_histogram", dateHistogram(agg, datasource, range));
                case "histogram" -> node.set("histogram", histogram(agg));
                default -> throw new IllegalArgumentException("bucket aggregation " + agg.type() + " is not supported");
            }
            node.set("aggs", children);
            level = children;
        }
        for (Metric metric : target.metrics()) {
            if (!"count".equals(metric.type())) {
                level.set(metric.id(), metric(metric));
            }
        }
        return root;
    }

    private static ObjectNode terms(BucketAgg agg, GrafanaTarget target, ObjectNode children) {
        ObjectNode terms = Json.MAPPER.createObjectNode();
        terms.put("field", agg.field());
        terms.put("size", size(agg.settings().path("size"), DEFAULT_SIZE));
        if (agg.settings().has("min_doc_count")) {
            terms.put("min_doc_count", agg.settings().path("min_doc_count").asInt());
        }
        String orderBy = agg.settings().path("orderBy").asText("");
        String order = agg.settings().path("order").asText("desc");
        if (!orderBy.isEmpty()) {
            Metric byMetric = target.metric(orderBy);
            if (byMetric == null) {
                terms.putObject("order").put("_term".equals(orderBy) ? "_key" : orderBy, order);
            } else if ("count".equals(byMetric.type())) {
                terms.putObject("order").put("_count", order);
            } else {
                // Elasticsearch can only order buckets by a metric computed inside them.
                terms.putObject("order").put(orderBy, order);
                children.set(byMetric.id(), metric(byMetric));
            }
        }
        return terms;
    }

    private static ObjectNode dateHistogram(BucketAgg agg, GrafanaDatasource datasource, TimeRange range) {
        ObjectNode histogram = Json.MAPPER.createObjectNode();
        histogram.put("field", agg.field() == null ? datasource.timeField() : agg.field());
        String interval = agg.settings().path("interval").asText("auto");
        histogram.put("fixed_interval", "auto".equals(interval) ? autoInterval(range, datasource.minInterval()) : interval);
        histogram.put("min_doc_count", agg.settings().path("min_doc_count").asInt(0));
        histogram.putObject("extended_bounds")
                .put("min", range.from().toEpochMilli())
                .put("max", range.to().toEpochMilli());
        histogram.put("format", "epoch_millis");
        return histogram;
    }

    private static ObjectNode histogram(BucketAgg agg) {
        ObjectNode histogram = Json.MAPPER.createObjectNode();
        histogram.put("field", agg.field());
        histogram.put("interval", size(agg.settings().path("interval"), 1000));
        histogram.put("min_doc_count", agg.settings().path("min_doc_count").asInt(0));
        return histogram;
    }

    private static ObjectNode metric(Metric metric) {
        if (!FIELD_METRICS.contains(metric.type())) {
            throw new IllegalArgumentException("metric type " + metric.type() + " is not supported");
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode aggregation = node.putObject(metric.type());
        aggregation.put("field", metric.field());
        aggregation.setAll(settings(metric.settings()));
        return node;
    }

    private static ObjectNode settings(JsonNode settings) {
        return settings.isObject() ? ((ObjectNode) settings).deepCopy() : Json.MAPPER.createObjectNode();
    }

    private static int size(JsonNode value, int fallback) {
        int size = value.isNumber() ? value.asInt() : parseInt(value.asText(""), fallback);
        return size == 0 ? fallback : size; // Grafana treats 0 as "not set"
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Grafana's "auto" interval: about one bucket per pixel, rounded to a readable step, never below the minimum. */
    static String autoInterval(TimeRange range, String minInterval) {
        Duration perPoint = range.length().dividedBy(MAX_DATA_POINTS);
        Duration minimum = parseInterval(minInterval);
        Duration interval = NICE_INTERVALS.stream()
                .filter(nice -> nice.compareTo(perPoint) >= 0)
                .findFirst()
                .orElse(NICE_INTERVALS.get(NICE_INTERVALS.size() - 1));
        return (interval.compareTo(minimum) >= 0 ? interval : minimum).toMillis() + "ms";
    }

    private static Duration parseInterval(String interval) {
        String number = interval.replaceAll("[a-z]+$", "");
        String unit = interval.substring(number.length());
        long amount = Long.parseLong(number);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("interval unit " + unit + " of " + interval);
        };
    }
}
