package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query model of Grafana's Elasticsearch datasource, as panels and alert rules store it: a Lucene query,
 * metrics (each with an id other metrics and bucket orders refer to) and bucket aggregations, outermost first.
 */
record GrafanaTarget(String refId, String query, List<Metric> metrics, List<BucketAgg> bucketAggs) {

    /** Metric types that list documents instead of aggregating them. */
    private static final Set<String> DOCUMENT_TYPES = Set.of("raw_data", "raw_document", "logs");
    private static final Set<String> NUMERIC_FIELD_TYPES = Set.of("avg", "sum", "extended_stats", "percentiles");
    private static final Set<String> NUMERIC_OR_DATE_FIELD_TYPES = Set.of("min", "max");

    record Metric(String id, String type, String field, boolean hide, JsonNode settings) {}

    record BucketAgg(String id, String type, String field, JsonNode settings) {}

    static GrafanaTarget of(JsonNode target) {
        List<Metric> metrics = new ArrayList<>();
        for (JsonNode metric : target.path("metrics")) {
            metrics.add(new Metric(metric.path("id").asText(), metric.path("type").asText(),
                    metric.path("field").asText(null), metric.path("hide").asBoolean(false), metric.path("settings")));
        }
        List<BucketAgg> buckets = new ArrayList<>();
        for (JsonNode agg : target.path("bucketAggs")) {
            buckets.add(new BucketAgg(agg.path("id").asText(), agg.path("type").asText(),
                    agg.path("field").asText(null), agg.path("settings")));
        }
        return new GrafanaTarget(target.path("refId").asText("A"), target.path("query").asText(""), metrics, buckets);
    }

    boolean isDocumentQuery() {
        return !metrics.isEmpty() && DOCUMENT_TYPES.contains(metrics.get(0).type());
    }

    Metric metric(String id) {
        return metrics.stream().filter(metric -> metric.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The fields this query needs, each with what Elasticsearch must be able to do with it. A document query
     * uses the fields its panel shows.
     */
    List<FieldUse> fieldUses(String timeField, List<String> shownFields) {
        List<FieldUse> uses = new ArrayList<>();
        uses.add(new FieldUse(timeField, FieldUse.Role.DATE, "time field"));
        for (BucketAgg agg : bucketAggs) {
            String field = agg.field() == null ? timeField : agg.field();
            switch (agg.type()) {
                case "date_histogram" -> uses.add(new FieldUse(field, FieldUse.Role.DATE, "date histogram " + agg.id()));
                case "histogram" -> uses.add(new FieldUse(field, FieldUse.Role.NUMERIC, "histogram " + agg.id()));
                case "terms" -> uses.add(new FieldUse(field, FieldUse.Role.AGGREGATABLE, "terms " + agg.id()));
                default -> { } // filters and the like name no field
            }
        }
        if (isDocumentQuery()) {
            shownFields.forEach(field -> uses.add(new FieldUse(field, FieldUse.Role.PRESENT, "shown column")));
            return uses;
        }
        for (Metric metric : metrics) {
            String usedBy = metric.type() + " metric " + metric.id();
            if (NUMERIC_FIELD_TYPES.contains(metric.type())) {
                uses.add(new FieldUse(metric.field(), FieldUse.Role.NUMERIC, usedBy));
            } else if (NUMERIC_OR_DATE_FIELD_TYPES.contains(metric.type())) {
                uses.add(new FieldUse(metric.field(), FieldUse.Role.NUMERIC_OR_DATE, usedBy));
            } else if ("cardinality".equals(metric.type())) {
                uses.add(new FieldUse(metric.field(), FieldUse.Role.AGGREGATABLE, usedBy));
            }
        }
        return uses;
    }
}
