package io.undercurrent.jobs.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseDataTest {

    private static final GrafanaTarget SHARE_BY_COMMUNITY = GrafanaTarget.of(Json.parse("""
            {"refId": "A", "query": "*",
             "metrics": [{"id": "1", "type": "sum", "field": "negative_count", "hide": true},
                         {"id": "4", "type": "avg", "field": "sentiment_mean"}],
             "bucketAggs": [{"id": "2", "type": "terms", "field": "community"},
                            {"id": "3", "type": "date_histogram", "field": "window_start"}]}
            """));
    private static final GrafanaTarget LISTING = GrafanaTarget.of(Json.parse("""
            {"refId": "A", "query": "*", "metrics": [{"id": "1", "type": "raw_data"}], "bucketAggs": []}
            """));

    @Test
    void aBucketWithDocumentsAndEveryShownMetricIsData() {
        assertThat(ResponseData.missing(Json.parse("""
                {"hits": {"hits": []}, "aggregations": {"2": {"buckets": [
                  {"key": "acme", "doc_count": 4, "3": {"buckets": [
                    {"key": 1, "doc_count": 0, "4": {"value": null}},
                    {"key": 2, "doc_count": 4, "4": {"value": -0.4}}]}}]}}}
                """), SHARE_BY_COMMUNITY)).isEmpty();
    }

    @Test
    void bucketsWithoutValuesForTheShownMetricAreNoData() {
        assertThat(ResponseData.missing(Json.parse("""
                {"aggregations": {"2": {"buckets": [
                  {"key": "acme", "doc_count": 4, "3": {"buckets": [{"key": 1, "doc_count": 4, "4": {"value": null}}]}}]}}}
                """), SHARE_BY_COMMUNITY)).hasValueSatisfying(problem -> assertThat(problem).contains("1 buckets", "[4]"));
        assertThat(ResponseData.missing(Json.parse("{\"aggregations\": {\"2\": {\"buckets\": []}}}"), SHARE_BY_COMMUNITY))
                .hasValue("no buckets");
    }

    @Test
    void aListingNeedsDocuments() {
        assertThat(ResponseData.missing(Json.parse("{\"hits\": {\"hits\": [{\"_id\": \"p1\"}]}}"), LISTING)).isEmpty();
        assertThat(ResponseData.missing(Json.parse("{\"hits\": {\"hits\": []}}"), LISTING)).hasValue("no documents");
    }

    @Test
    void refusedSearchesAndFailedShardsAreReported() {
        assertThat(ResponseData.missing(Json.parse("{\"error\": {\"type\": \"query_shard_exception\"}, \"status\": 400}"), LISTING))
                .hasValueSatisfying(problem -> assertThat(problem).contains("refused", "query_shard_exception"));
        assertThat(ResponseData.missing(Json.parse("""
                {"_shards": {"failed": 1, "failures": [{"reason": "boom"}]}, "hits": {"hits": [{"_id": "p1"}]}}
                """), LISTING)).hasValueSatisfying(problem -> assertThat(problem).contains("boom"));
    }
}
