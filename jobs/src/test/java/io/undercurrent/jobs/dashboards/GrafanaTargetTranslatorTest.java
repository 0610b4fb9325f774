package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Grafana panel queries in, the searches Grafana's Elasticsearch backend sends out. */
class GrafanaTargetTranslatorTest {

    private static final GrafanaDatasource POSTS = new GrafanaDatasource("undercurrent-posts", "Undercurrent posts",
            "elasticsearch", "${ELASTICSEARCH_URL}", "[undercurrent-posts-]YYYY.MM.DD", "Daily", "created_at", "10s");
    /** Four hours across a UTC midnight: two daily indices. */
    private static final TimeRange ACROSS_MIDNIGHT = new TimeRange(Instant.parse("2026-03-01T22:00:00Z"),
            Instant.parse("2026-03-02T02:00:00Z"));
    private static final String FILTERS = """
            "query": {"bool": {"filter": [
              {"range": {"created_at": {"gte": 1772402400000, "lte": 1772416800000, "format": "epoch_millis"}}},
              {"query_string": {"analyze_wildcard": true, "query": "%s"}}]}}
            """;

    @Test
    void termsThenDateHistogramWithTheMetricInTheInnermostBuckets() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "NOT sentiment.label:unsupported AND platform:$platform",
                 "metrics": [{"id": "1", "type": "avg", "field": "sentiment.score"}],
                 "bucketAggs": [
                   {"id": "2", "type": "terms", "field": "community",
                    "settings": {"size": "10", "order": "desc", "orderBy": "_count", "min_doc_count": "1"}},
                   {"id": "3", "type": "date_histogram", "field": "created_at",
                    "settings": {"interval": "auto", "min_doc_count": "0", "trimEdges": "0"}}],
                 "timeField": "created_at"}
                """));

        ElasticsearchSearch search = GrafanaTargetTranslator.translate(
                target, "NOT sentiment.label:unsupported AND platform:*", POSTS, ACROSS_MIDNIGHT);

        assertThat(search.indices()).containsExactly("undercurrent-posts-2026.03.01", "undercurrent-posts-2026.03.02");
        assertThat(search.body()).isEqualTo(Json.parse("{" + FILTERS.formatted("NOT sentiment.label:unsupported AND platform:*")
                + """
                , "size": 0,
                  "aggs": {"2": {
                    "terms": {"field": "community", "size": 10, "min_doc_count": 1, "order": {"_count": "desc"}},
                    "aggs": {"3": {
                      "date_histogram": {"field": "created_at", "fixed_interval": "30000ms", "min_doc_count": 0,
                                         "extended_bounds": {"min": 1772402400000, "max": 1772416800000},
                                         "format": "epoch_millis"},
                      "aggs": {"1": {"avg": {"field": "sentiment.score"}}}}}}}}
                """));
    }

    @Test
    void termsOrderedByAMetricComputeThatMetricInsideTheirBuckets() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "*",
                 "metrics": [{"id": "1", "type": "count"}, {"id": "3", "type": "min", "field": "created_at"}],
                 "bucketAggs": [{"id": "2", "type": "terms", "field": "terms",
                                 "settings": {"size": "15", "order": "desc", "orderBy": "3", "min_doc_count": "3"}}]}
                """));

        ElasticsearchSearch search = GrafanaTargetTranslator.translate(target, "*", POSTS, ACROSS_MIDNIGHT);

        assertThat(search.body().path("aggs")).isEqualTo(Json.parse("""
                {"2": {"terms": {"field": "terms", "size": 15, "min_doc_count": 3, "order": {"3": "desc"}},
                       "aggs": {"3": {"min": {"field": "created_at"}}}}}
                """));
    }

    @Test
    void rawDataListsTheNewestDocumentsFirst() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "sentiment.label:negative",
                 "metrics": [{"id": "1", "type": "raw_data", "settings": {"size": "500"}}], "bucketAggs": []}
                """));

        ElasticsearchSearch search = GrafanaTargetTranslator.translate(target, "sentiment.label:negative", POSTS,
                ACROSS_MIDNIGHT);

        assertThat(search.body()).isEqualTo(Json.parse("{" + FILTERS.formatted("sentiment.label:negative") + """
                , "size": 500,
                  "sort": [{"created_at": {"order": "desc", "unmapped_type": "boolean"}}, {"_doc": {"order": "desc"}}],
                  "docvalue_fields": ["created_at"],
                  "script_fields": {}}
                """));
    }

    @Test
    void aTermsVariableListsTheFieldsValuesInTermOrder() {
        ElasticsearchSearch search = GrafanaTargetTranslator.translateTermsVariable(
                Json.parse("{\"find\": \"terms\", \"field\": \"community\", \"query\": \"platform:$platform\", \"size\": 500}"),
                "platform:*", POSTS, ACROSS_MIDNIGHT);

        assertThat(search.body()).isEqualTo(Json.parse("{" + FILTERS.formatted("platform:*") + """
                , "size": 0,
                  "aggs": {"1": {"terms": {"field": "community", "size": 500, "order": {"_key": "asc"}}}}}
                """));
    }

    @Test
    void anEmptyQueryFiltersOnTimeOnly() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "", "metrics": [{"id": "1", "type": "count"}],
                 "bucketAggs": [{"id": "2", "type": "date_histogram", "field": "created_at", "settings": {"interval": "1m"}}]}
                """));

        ElasticsearchSearch search = GrafanaTargetTranslator.translate(target, "", POSTS, ACROSS_MIDNIGHT);

        assertThat(search.body().path("query").path("bool").path("filter")).hasSize(1);
        assertThat(search.body().path("aggs").path("2").path("date_histogram").path("fixed_interval").asText()).isEqualTo("1m");
        assertThat(search.body().path("aggs").path("2").path("aggs")).isEmpty();
    }

    @Test
    void theMultiSearchHeaderNamesTheIndicesAndSkipsMissingOnes() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "*", "metrics": [{"id": "1", "type": "count"}],
                 "bucketAggs": [{"id": "2", "type": "terms", "field": "platform", "settings": {}}]}
                """));

        String msearch = GrafanaTargetTranslator.translate(target, "*", POSTS, ACROSS_MIDNIGHT).toMultiSearch();

        String[] lines = msearch.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(Json.parse(lines[0])).isEqualTo(Json.parse("""
                {"search_type": "query_then_fetch", "ignore_unavailable": true,
                 "index": "undercurrent-posts-2026.03.01,undercurrent-posts-2026.03.02"}
                """));
        assertThat(Json.parse(lines[1]).path("aggs").path("2").path("terms").path("size").asInt()).isEqualTo(500);
    }

    @Test
    void metricsThatNeedScriptingAreRefused() {
        GrafanaTarget target = GrafanaTarget.of(Json.parse("""
                {"refId": "A", "query": "*",
                 "metrics": [{"id": "1", "type": "sum", "field": "likes"},
                             {"id": "2", "type": "bucket_script", "pipelineVariables": [{"name": "l", "pipelineAgg": "1"}],
                              "settings": {"script": "params.l * 2"}}],
                 "bucketAggs": [{"id": "3", "type": "date_histogram", "field": "created_at", "settings": {}}]}
                """));

        assertThatThrownBy(() -> GrafanaTargetTranslator.translate(target, "*", POSTS, ACROSS_MIDNIGHT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket_script");
    }

    @Test
    void theAutoIntervalFollowsTheRangeAndNeverGoesBelowTheDatasourceMinimum() {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        assertThat(GrafanaTargetTranslator.autoInterval(new TimeRange(start, start.plusSeconds(7 * 86400)), "10s"))
                .isEqualTo("1800000ms");
        assertThat(GrafanaTargetTranslator.autoInterval(new TimeRange(start, start.plusSeconds(600)), "1m"))
                .isEqualTo("60000ms");
    }

    @Test
    void indexPatternsExpandLikeGrafanas() {
        assertThat(new IndexPattern("undercurrent-alerts-*", "").indices(ACROSS_MIDNIGHT))
                .containsExactly("undercurrent-alerts-*");
        assertThat(POSTS.indexPattern().wildcard()).isEqualTo("undercurrent-posts-*");
        assertThat(POSTS.indexPattern().indices(new TimeRange(Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-01T11:00:00Z")))).containsExactly("undercurrent-posts-2026.03.01");
        assertThatThrownBy(() -> new IndexPattern("undercurrent-posts-*", "Daily").wildcard())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexPattern("[undercurrent-posts-]YYYY.MM.DD.HH", "Hourly").wildcard())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
